"""Demo services of the economy, tourism, culture, sport, consumer and foundation departments, and the
seven Hengqin government services."""

# Trilingual data tables: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

from server.demo.text import I, Item, S, Subject

# fmt: off
DSEDT: list[Subject | Item] = [
    I("商標註冊申請", "Pedido de registo de marca", "Trademark registration", "register", fee=1200,
      keywords=("商標 品牌", "marca registo", "trademark brand")),
    I("商標註冊續期", "Renovação do registo de marca", "Trademark renewal", "renew", fee=1000),
    I("發明專利申請", "Pedido de patente de invenção", "Invention patent application", "register", fee=1500),
    I("設計及新型註冊申請", "Pedido de registo de desenho ou modelo industrial",
      "Industrial design registration", "register", fee=800),
    S("工業准照", "Licença industrial", "f", "industrial licence", "apply renew change cancel", fee=500),
    S("進口准照", "Licença de importação", "f", "import licence", "apply cancel", fee=100),
    S("出口准照", "Licença de exportação", "f", "export licence", "apply cancel", fee=100),
    I("申請產地來源證", "Pedido de certificado de origem", "Certificate of origin", "certificate", fee=100,
      online=True),
    I("申請中小企業援助計劃", "Candidatura ao Plano de Apoio a Pequenas e Médias Empresas",
      "SME Aid Scheme application", "apply"),
    I("申請中小企業信用保證計劃", "Candidatura ao Plano de Garantia de Créditos a Pequenas e Médias Empresas",
      "SME Credit Guarantee Scheme application", "apply"),
    I("申請青年創業援助計劃", "Candidatura ao Plano de Apoio a Jovens Empreendedores",
      "Young Entrepreneurs Aid Scheme application", "apply"),
    I("申請科技企業認定", "Pedido de certificação de empresa de tecnologia",
      "Certification as a technology enterprise", "apply"),
    I("查詢知識產權登記資料", "Consulta de registos de propriedade intelectual",
      "Intellectual property register search", "enquiry", online=True),
]

DST: list[Subject | Item] = [
    S("旅行社准照", "Alvará de agência de viagens", "m", "travel agency licence",
      "apply renew change cancel", fee=2000),
    S("導遊證", "Cartão de guia turístico", "m", "tour guide card", "apply renew replace", fee=100, photo=True),
    S("酒店場所牌照", "Licença de estabelecimento hoteleiro", "f", "hotel establishment licence",
      "apply renew transfer", fee=3000),
    S("飲食場所牌照（旅遊局）", "Licença de estabelecimento de comidas e bebidas (DST)", "f",
      "restaurant licence (tourism)", "apply renew", fee=1000),
    I("旅遊投訴", "Queixa turística", "Tourism complaint", "complaint", online=True),
    I("報名參加旅遊業從業員培訓", "Inscrição em formação para profissionais de turismo",
      "Tourism trade training sign-up", "enrol"),
    I("申請旅遊推廣活動資助", "Pedido de apoio a actividades de promoção turística",
      "Support for tourism promotion events", "apply"),
]

IC: list[Subject | Item] = [
    S("公共圖書館讀者證", "Cartão de leitor das bibliotecas públicas", "m", "public library card",
      "apply replace", keywords=("圖書證 借書", "biblioteca livros", "library books")),
    I("預約公共圖書館設施", "Reserva de instalações das bibliotecas públicas", "Booking library facilities",
      "venue", online=True),
    I("報名參加文化局活動及課程", "Inscrição em actividades e cursos do IC",
      "Sign-up for Cultural Affairs Bureau activities and courses", "enrol", online=True),
    I("申請使用文化局場地", "Reserva de espaços culturais do IC", "Booking Cultural Affairs Bureau venues",
      "venue"),
    I("申請文物建築工程意見", "Pedido de parecer sobre obras em bens imóveis classificados",
      "Opinion on works to listed heritage buildings", "apply"),
    I("申請查閱澳門檔案館檔案", "Pedido de consulta de documentos do Arquivo de Macau",
      "Consulting records at the Macao Archives", "apply", online=True),
    I("申請複製澳門檔案館檔案", "Pedido de reprodução de documentos do Arquivo de Macau",
      "Copies of Macao Archives records", "certificate", fee=50),
    I("申請國際標準書號", "Pedido de ISBN", "ISBN application", "register", online=True),
    I("申請國際標準期刊號", "Pedido de ISSN", "ISSN application", "register", online=True),
    I("申請在文物建築拍攝", "Pedido de filmagem em património classificado", "Filming at heritage sites",
      "apply"),
    I("預約博物館導賞", "Marcação de visitas guiadas a museus", "Booking guided museum tours", "book",
      online=True),
]

ID: list[Subject | Item] = [
    I("預約體育局體育設施", "Reserva de instalações desportivas do ID", "Booking Sports Bureau facilities",
      "venue", high_frequency=True, online=True, keywords=("場地預約 球場 運動場", "reserva pavilhão", "sports booking")),
    I("報名參加大眾體育健身課程", "Inscrição nos cursos de Desporto para Todos",
      "Sport for All fitness course sign-up", "enrol", online=True),
    S("體育設施使用證", "Cartão de utente das instalações desportivas", "m", "sports facility user card",
      "apply renew replace", photo=True),
    S("公共泳池月票", "Passe mensal das piscinas públicas", "m", "public swimming pool monthly pass",
      "apply renew", fee=150),
    I("報名參加市民體質監測", "Inscrição na avaliação da condição física", "Fitness assessment sign-up",
      "enrol"),
    I("報名參加澳門國際馬拉松", "Inscrição na Maratona Internacional de Macau",
      "Macao International Marathon registration", "enrol", fee=200, online=True),
    I("申請體育社團活動資助", "Pedido de apoio financeiro a actividades de associações desportivas",
      "Grants for sports association activities", "apply"),
    I("報名參加游泳班", "Inscrição em cursos de natação", "Swimming course sign-up", "enrol", online=True),
]

CC: list[Subject | Item] = [
    I("消費爭議投訴", "Queixa de consumo", "Consumer complaint", "complaint", online=True),
    I("申請消費爭議仲裁", "Pedido de arbitragem de conflitos de consumo", "Consumer dispute arbitration",
      "apply"),
    I("申請誠信店", "Candidatura a «Loja Certificada»", "Certified Shop application", "apply",
      category="business"),
    I("誠信店續期", "Renovação da «Loja Certificada»", "Certified Shop renewal", "renew", category="business"),
    I("消費諮詢", "Pedido de informações sobre consumo", "Consumer enquiry", "enquiry", online=True),
    I("預約消費者權益講座", "Marcação de palestras sobre os direitos do consumidor",
      "Booking a consumer rights talk", "book"),
]

FM: list[Subject | Item] = [
    I("申請澳門基金會資助", "Pedido de apoio financeiro da Fundação Macau", "Macao Foundation grant",
      "apply", category="culture_sport"),
    I("報名參加澳門基金會活動", "Inscrição em actividades da Fundação Macau",
      "Sign-up for Macao Foundation activities", "enrol", category="culture_sport", high_frequency=True),
    I("申請學術研究資助", "Pedido de apoio à investigação académica", "Academic research grant", "apply",
      category="education"),
    I("申請學術出版資助", "Pedido de apoio à publicação académica", "Academic publication subsidy", "apply",
      category="education"),
    I("提交資助項目報告", "Entrega do relatório de projecto subsidiado", "Submitting a funded project report",
      "declare", category="culture_sport", online=True),
    I("申請獎學金", "Candidatura a bolsa de estudo", "Scholarship application", "apply", category="education"),
]

# The seven Hengqin government services bookable through Macao One Account.
HQ: list[Subject | Item] = [
    I("橫琴商事登記", "Registo comercial em Hengqin", "Business registration in Hengqin", "register",
      bookable=True),
    I("橫琴社會保險登記", "Inscrição na segurança social em Hengqin", "Social insurance registration in Hengqin",
      "register", bookable=True),
    I("橫琴公證服務", "Serviços notariais em Hengqin", "Notarial services in Hengqin", "notary", bookable=True),
    I("橫琴不動產登記", "Registo predial em Hengqin", "Real estate registration in Hengqin", "register",
      bookable=True),
    I("橫琴食品經營許可（飲食場所）", "Licença de exploração de estabelecimento de comidas em Hengqin",
      "Food business permit for restaurants in Hengqin", "apply", bookable=True),
    I("橫琴藥品零售許可", "Licença de venda a retalho de medicamentos em Hengqin",
      "Drug retail permit in Hengqin", "apply", bookable=True),
    I("橫琴商標註冊", "Registo de marcas em Hengqin", "Trademark registration in Hengqin", "register",
      bookable=True),
]

# Added later: numbered after the whole first catalogue (see services.py), so no earlier id moves. The
# Hengqin Executive Committee keeps its seven services.
DSEDT_ADDED: list[Subject | Item] = [
    I("商標轉讓登記", "Registo de transmissão de marca", "Registration of a trademark transfer", "register",
      fee=500),
    I("商標註冊資料更改", "Averbamento de alteração de dados do titular da marca",
      "Recording a change to a trademark owner's details", "change", fee=300),
    I("實用專利申請", "Pedido de patente de utilidade", "Utility model patent application", "register", fee=800),
    I("內地發明專利延伸申請", "Pedido de extensão de patente de invenção do Interior da China",
      "Extending a Mainland invention patent to Macao", "register", fee=1000),
    I("繳交專利年費", "Pagamento das taxas anuais de patente", "Payment of annual patent fees", "pay", online=True),
    I("申請CEPA原產地證書", "Pedido de certificado de origem CEPA", "CEPA certificate of origin", "certificate",
      fee=100),
    S("貨物轉運准照", "Licença de trânsito de mercadorias", "f", "goods transit licence", "apply cancel", fee=100),
    I("申請中小企業銀行貸款利息補貼", "Candidatura ao Plano de Bonificação de Juros de Créditos Bancários para PME",
      "SME bank loan interest subsidy", "apply"),
    I("申請工商業發展基金資助", "Pedido de apoio do Fundo para o Desenvolvimento Industrial e de Comercialização",
      "Industrial and Commercial Development Fund support", "apply"),
    I("申請電子商務推廣資助", "Pedido de apoio à promoção do comércio electrónico", "E-commerce promotion support",
      "apply"),
]

DST_ADDED: list[Subject | Item] = [
    I("旅行社分社登記", "Registo de filial de agência de viagens", "Registering a travel agency branch",
      "register", fee=500),
    I("申請退還旅行社保證金", "Pedido de restituição da caução de agência de viagens",
      "Refund of a travel agency's deposit", "refund"),
    I("更改導遊證資料", "Alteração de dados do cartão de guia turístico", "Change of particulars on tour guide card",
      "change"),
    I("報考導遊資格考試", "Inscrição no exame de guia turístico", "Tour guide exam registration", "enrol", fee=200),
    I("申請酒店評級", "Pedido de classificação de estabelecimento hoteleiro", "Hotel classification", "apply"),
    I("申請酒店場所改建許可", "Pedido de autorização de obras em estabelecimento hoteleiro",
      "Approval of alterations to a hotel", "apply"),
    S("卡拉OK場所准照", "Licença de estabelecimento de karaoke", "f", "karaoke establishment licence",
      "apply renew", fee=2000),
    I("申請延長營業時間", "Pedido de prolongamento do horário de funcionamento",
      "Extended opening hours for a licensed establishment", "apply"),
    I("申請星級旅遊服務認可", "Candidatura ao reconhecimento de serviços turísticos de excelência",
      "Application for the Star Tourism Service Award", "apply"),
]

IC_ADDED: list[Subject | Item] = [
    I("申請文化藝術活動資助", "Pedido de apoio financeiro a actividades culturais e artísticas",
      "Grants for cultural and artistic activities", "apply"),
    I("申請文物建築維修資助", "Pedido de apoio financeiro à reparação de imóveis classificados",
      "Grant for repairing listed buildings", "apply"),
    I("申請不動產文物評定", "Pedido de classificação de bem imóvel", "Proposing a building for heritage listing",
      "apply"),
    I("申請列入非物質文化遺產清單", "Pedido de inscrição no inventário do património cultural intangível",
      "Listing in the intangible cultural heritage inventory", "apply"),
    I("申請使用文物建築影像", "Pedido de autorização de uso de imagens de património cultural",
      "Permission to use images of heritage buildings", "apply"),
    I("申請檔案核證副本", "Pedido de certidão de documentos de arquivo", "Certified copies of archive records",
      "certificate", fee=80),
    I("申請捐贈檔案予澳門檔案館", "Pedido de doação de documentos ao Arquivo de Macau",
      "Donating records to the Macao Archives", "apply"),
    I("出版物法定送存", "Depósito legal de publicações", "Legal deposit of publications", "declare"),
    I("申請公共圖書館館際互借", "Pedido de empréstimo interbibliotecas", "Interlibrary loan", "apply"),
    I("報名參加澳門演藝學院課程", "Inscrição nos cursos do Conservatório de Macau",
      "Macao Conservatory course enrolment", "enrol"),
]

ID_ADDED: list[Subject | Item] = [
    I("運動員登記", "Registo de atletas", "Athlete registration", "register"),
    I("體育教練員註冊", "Registo de treinadores desportivos", "Sports coach registration", "register"),
    I("申請運動員證明", "Pedido de declaração de atleta", "Athlete certificate", "certificate"),
    I("申請精英運動員資助", "Pedido de apoio a atletas de elite", "Support for elite athletes", "apply"),
    I("申請舉辦體育賽事資助", "Pedido de apoio à organização de eventos desportivos",
      "Grants for organising sports events", "apply"),
    I("申請長期使用體育設施", "Pedido de utilização regular de instalações desportivas",
      "Regular use of sports facilities", "apply"),
    I("申請運動醫學檢查", "Pedido de exame de medicina desportiva", "Sports medicine examination", "apply", fee=100),
    I("提交體育資助活動報告", "Entrega do relatório de actividade desportiva subsidiada",
      "Report on a funded sports activity", "declare"),
    I("報名參加運動醫學講座", "Inscrição em palestras de medicina desportiva", "Sports medicine talk sign-up",
      "enrol"),
]

CC_ADDED: list[Subject | Item] = [
    I("申請消費爭議調解", "Pedido de mediação de conflito de consumo", "Consumer dispute mediation", "apply",
      keywords=("調解 糾紛", "mediação conflito", "mediation dispute")),
    I("申請跨境消費爭議協助", "Pedido de apoio em conflitos de consumo transfronteiriços",
      "Help with a cross-border consumer dispute", "apply"),
    I("撤回消費投訴", "Desistência de queixa de consumo", "Withdrawing a consumer complaint", "cancel"),
    I("提交消費仲裁答辯", "Contestação em processo de arbitragem de conflitos de consumo",
      "Reply to a consumer arbitration claim", "declare"),
    I("商戶預先接受消費仲裁聲明", "Adesão prévia à arbitragem de conflitos de consumo",
      "Advance acceptance of consumer arbitration (traders)", "declare", category="business"),
    I("申請消費爭議案件文件副本", "Pedido de cópia de documentos de processo de consumo",
      "Copies of consumer case documents", "certificate"),
    I("更改誠信店資料", "Alteração de dados da «Loja Certificada»", "Changing Certified Shop details", "change",
      category="business"),
    I("補發誠信店標誌", "Segunda via do dístico de «Loja Certificada»", "Replacement Certified Shop sticker",
      "replace", category="business"),
    I("退出誠信店計劃", "Cancelamento da «Loja Certificada»", "Withdrawing from the Certified Shop scheme",
      "cancel", category="business"),
    I("申請消費者權益推廣活動資助", "Pedido de apoio a actividades de promoção dos direitos do consumidor",
      "Grants for consumer rights promotion activities", "apply"),
]

FM_ADDED: list[Subject | Item] = [
    I("申請資助款項發放", "Pedido de libertação de verbas de apoio financeiro", "Release of grant funds", "apply",
      category="culture_sport"),
    I("申請更改資助項目", "Pedido de alteração de projecto subsidiado", "Changing a funded project", "change",
      category="culture_sport"),
    I("申請延長資助項目期限", "Pedido de prorrogação do prazo de projecto subsidiado",
      "Extending a funded project's deadline", "apply", category="culture_sport"),
    I("取消資助項目", "Cancelamento de projecto subsidiado", "Cancelling a funded project", "cancel",
      category="culture_sport"),
    I("退還資助餘款", "Restituição de verbas não utilizadas do apoio financeiro", "Returning unused grant money",
      "declare", category="culture_sport"),
    I("申請學術交流資助", "Pedido de apoio a intercâmbio académico", "Academic exchange grant", "apply",
      category="education"),
    I("申請舉辦國際會議資助", "Pedido de apoio à realização de conferências internacionais",
      "Grant for hosting an international conference", "apply", category="education"),
    I("申請文學作品出版資助", "Pedido de apoio à publicação de obras literárias", "Literary publication grant",
      "apply", category="culture_sport"),
    I("申請社團會址裝修資助", "Pedido de apoio para obras na sede de associação",
      "Grant for refurbishing an association's premises", "apply", category="culture_sport"),
]
# fmt: on

CATALOGUE: dict[str, tuple[str, list[Subject | Item]]] = {
    "DSEDT": ("business", DSEDT),
    "DST": ("tourism", DST),
    "IC": ("culture_sport", IC),
    "ID": ("culture_sport", ID),
    "CC": ("consumer", CC),
    "FM": ("culture_sport", FM),
    "HQ": ("hengqin", HQ),
}

#: Services added later, numbered after the whole first catalogue.
ADDED: dict[str, list[Subject | Item]] = {
    "DSEDT": DSEDT_ADDED,
    "DST": DST_ADDED,
    "IC": IC_ADDED,
    "ID": ID_ADDED,
    "CC": CC_ADDED,
    "FM": FM_ADDED,
}
