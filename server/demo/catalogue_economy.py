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
