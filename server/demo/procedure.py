"""Procedure wording (eligibility, documents, fees, time, place, forms, progress) for each kind of service.

The texts are generic on purpose: the demo shows realistic structure and language, while fees, times
and documents are illustrative, not the departments' official figures.
"""

# Trilingual data tables: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

T = tuple[str, str, str]  # (zh, pt, en)


@dataclass(frozen=True, slots=True)
class Kind:
    eligibility: T
    documents: T
    #: Working days to process (lowest, highest); (0, 0) = at once.
    days: tuple[int, int]
    #: Usually done at a counter (so an appointment can be booked), rather than purely online.
    counter: bool
    #: Second sentence of a generic summary.
    summary: T
    #: Words a resident may search for.
    words: T


_APPLICANT: T = (
    "申請人須為{who}，並符合相關法規的要求。",
    "O requerente deve ser {who} e cumprir os requisitos da legislação aplicável.",
    "Applicants must be {who} and meet the requirements of the applicable law.",
)
_HOLDER: T = (
    "持有人本人或其授權代表。",
    "O titular ou um representante por ele autorizado.",
    "The holder or a representative they authorise.",
)
_CONCERNED: T = (
    "當事人或其授權代表。",
    "O interessado ou o seu representante.",
    "The person concerned or their representative.",
)
_ANYONE: T = ("任何人士。", "Qualquer pessoa.", "Anyone.")
_OPEN_TO: T = (
    "適用於{who}；部分項目設有年齡或其他限制。",
    "Destina-se a {who}; algumas actividades têm limites de idade ou outros requisitos.",
    "Open to {who}; some activities have age or other limits.",
)
_APPLY_DOCS: T = (
    "身份證明文件；申請表；證明符合資格的文件",
    "Documento de identificação; impresso de requerimento; documentos comprovativos das condições exigidas",
    "Identity document; application form; documents proving eligibility",
)
_NO_DOCS: T = (
    "毋須遞交文件；部分項目須出示身份證明文件",
    "Não é necessário entregar documentos; algumas actividades exigem documento de identificação",
    "No documents needed; some activities ask for an identity document",
)
_APPLY_SUMMARY: T = (
    "申請人須符合資格並附同所需文件。",
    "O requerente deve reunir as condições exigidas e juntar os documentos necessários.",
    "Applicants must meet the conditions and attach the required documents.",
)

# fmt: off
KINDS: dict[str, Kind] = {
    "apply": Kind(_APPLICANT, _APPLY_DOCS, (5, 30), True, _APPLY_SUMMARY,
                  ("申請", "pedido candidatura", "application apply")),
    "first": Kind(_APPLICANT, _APPLY_DOCS, (10, 15), True, _APPLY_SUMMARY,
                  ("首次 申請", "primeiro pedido", "first application")),
    "issue": Kind(_CONCERNED, _APPLY_DOCS, (1, 5), True, _APPLY_SUMMARY,
                  ("發出 簽發", "emissão", "issue")),
    "renew": Kind(_HOLDER,
                  ("現持有的證件或准照；身份證明文件", "Documento ou licença actual; documento de identificação",
                   "Current document or licence; identity document"),
                  (5, 15), True,
                  ("須於有效期屆滿前辦理。", "Deve ser tratada antes do fim do prazo de validade.",
                   "Must be done before the expiry date."),
                  ("續期 到期", "renovação validade", "renewal renew expiry")),
    "replace": Kind(_HOLDER,
                    ("身份證明文件；如遺失或被盜，須附報失證明",
                     "Documento de identificação; em caso de extravio ou furto, comprovativo da participação",
                     "Identity document; if lost or stolen, proof that the loss was reported"),
                    (5, 15), True,
                    ("原件遺失、損毀或被盜時辦理。", "Tratada em caso de extravio, danificação ou furto do original.",
                     "For when the original is lost, damaged or stolen."),
                    ("補發 遺失 損毀", "segunda via extravio", "replacement lost damaged")),
    "change": Kind(_HOLDER,
                   ("身份證明文件；證明新資料的文件", "Documento de identificação; documentos comprovativos dos novos dados",
                    "Identity document; documents proving the new particulars"),
                   (3, 10), True,
                   ("資料變更後須盡快辦理。", "Deve ser tratada logo que os dados se alterem.",
                    "Should be done as soon as the particulars change."),
                   ("更改 資料 地址", "alteração dados morada", "change particulars address")),
    "cancel": Kind(_HOLDER,
                   ("原證件或准照；身份證明文件", "Original do documento ou da licença; documento de identificação",
                    "The original document or licence; identity document"),
                   (1, 5), True,
                   ("註銷後不可恢復。", "O cancelamento é definitivo.", "Cancellation is final."),
                   ("註銷 取消", "cancelamento", "cancellation cancel")),
    "transfer": Kind(("現持有人及承讓人。", "O titular actual e o adquirente.", "The current holder and the new holder."),
                     ("雙方身份證明文件；轉讓合同或聲明書；原准照",
                      "Documentos de identificação de ambas as partes; contrato ou declaração de transmissão;"
                      " licença original",
                      "Identity documents of both parties; transfer contract or declaration; the original licence"),
                     (5, 15), True,
                     ("轉讓人及承讓人均須簽署申請。", "O pedido é assinado pelo transmitente e pelo adquirente.",
                      "Both parties sign the application."),
                     ("轉名 過戶 轉讓", "transmissão trespasse", "transfer change of holder")),
    "progress": Kind(("申請人或其授權代表。", "O requerente ou o seu representante.",
                      "The applicant or their representative."),
                     ("申請編號或身份證明文件", "Número do pedido ou documento de identificação",
                      "Application number or identity document"),
                     (0, 0), False,
                     ("可憑申請編號查詢。", "A consulta é feita com o número do pedido.",
                      "Use the application number to check."),
                     ("進度 查詢 狀態", "andamento consulta situação", "progress status enquiry")),
    "pay": Kind(("須繳款的個人或企業。", "Pessoas singulares ou colectivas obrigadas ao pagamento.",
                 "Individuals or companies liable to pay."),
                ("繳款通知或繳款編號", "Aviso de pagamento ou referência de pagamento",
                 "Payment notice or payment reference"),
                (0, 0), False,
                ("可透過一戶通、自助服務機或指定銀行繳付。",
                 "O pagamento pode ser feito na Conta Única de Macau, em quiosques de autoatendimento ou nos bancos"
                 " indicados.",
                 "Pay through Macao One Account, self-service kiosks or designated banks."),
                ("繳費 付款 交費", "pagamento pagar", "payment pay bill")),
    "exempt": Kind(_APPLICANT,
                   ("身份證明文件；證明符合豁免條件的文件", "Documento de identificação; comprovativos das condições de isenção",
                    "Identity document; evidence that the exemption conditions are met"),
                   (10, 30), True, _APPLY_SUMMARY, ("豁免 減免", "isenção", "exemption")),
    "refund": Kind(("已繳款且有權獲退還款項的人士。", "Quem pagou e tem direito à restituição.",
                    "Whoever paid and is entitled to the refund."),
                   ("身份證明文件；繳款收據；銀行賬戶資料", "Documento de identificação; recibo de pagamento; dados da conta"
                    " bancária", "Identity document; payment receipt; bank account details"),
                   (15, 30), True,
                   ("退款將存入申請人指定的銀行賬戶。", "A restituição é depositada na conta bancária indicada.",
                    "Refunds are paid into the bank account given."),
                   ("退款 退還 退稅", "restituição reembolso", "refund")),
    "book": Kind(_OPEN_TO, _NO_DOCS, (0, 0), False,
                 ("可透過一戶通選擇日期及時段。", "A data e a hora são escolhidas na Conta Única de Macau.",
                  "Choose the date and time in Macao One Account."),
                 ("預約 約期", "marcação agendamento", "booking appointment")),
    "report": Kind(_ANYONE,
                   ("事件描述；相片或其他證據（如有）", "Descrição do sucedido; fotografias ou outras provas (se houver)",
                    "Description of what happened; photos or other evidence (if any)"),
                   (3, 10), False,
                   ("可隨時透過一戶通通報，部門會跟進處理。",
                    "A comunicação pode ser feita a qualquer hora na Conta Única e é acompanhada pelo serviço.",
                    "Report at any time in Macao One Account; the department follows it up."),
                   ("舉報 通報 報失", "comunicação participação", "report")),
    "register": Kind(_APPLICANT,
                     ("身份證明文件；登記申請書；相關證明文件", "Documento de identificação; requerimento de registo;"
                      " documentos comprovativos", "Identity document; registration request; supporting documents"),
                     (3, 15), True,
                     ("完成登記後可申請發出登記證明。", "Após o registo pode ser pedida a respectiva certidão.",
                      "A certificate can be requested once registered."),
                     ("登記 註冊", "registo inscrição", "registration register")),
    "certificate": Kind(_CONCERNED,
                        ("身份證明文件；如由他人代辦，須附授權書", "Documento de identificação; procuração, se o pedido for"
                         " feito por terceiro", "Identity document; a power of attorney if someone else applies"),
                        (1, 5), True,
                        ("證明可選擇紙本或電子版本，電子版本可於一戶通下載。",
                         "A certidão é emitida em papel ou em formato electrónico, descarregável na Conta Única.",
                         "Issued on paper or electronically; electronic copies can be downloaded in Macao One Account."),
                        ("證明 證明書", "certidão certificado declaração", "certificate proof")),
    "declare": Kind(_APPLICANT,
                    ("申報表；相關證明文件", "Impresso de declaração; documentos comprovativos",
                     "Declaration form; supporting documents"),
                    (0, 0), True,
                    ("須於法定期限內申報。", "A declaração deve ser entregue dentro do prazo legal.",
                     "Declarations must be made within the legal time limit."),
                    ("申報 遞交", "declaração entrega", "declaration return")),
    "collect": Kind(_HOLDER,
                    ("收據；身份證明文件", "Recibo; documento de identificação", "Receipt; identity document"),
                    (0, 0), True,
                    ("領取時須出示收據及身份證明文件。",
                     "No levantamento é necessário apresentar o recibo e o documento de identificação.",
                     "Bring the receipt and your identity document to collect."),
                    ("領取", "levantamento", "collection collect")),
    "notary": Kind(_CONCERNED,
                   ("身份證明文件；須公證或認證的文件", "Documento de identificação; documentos objecto do acto notarial",
                    "Identity document; the documents to be notarised or certified"),
                   (0, 1), True,
                   ("須由當事人親身辦理並出示身份證明文件。",
                    "O acto é praticado na presença do interessado, mediante apresentação do documento de identificação.",
                    "Done in the presence of the person concerned, who shows an identity document."),
                   ("公證 認證", "notariado notarial", "notary notarial")),
    "enquiry": Kind(("任何已登入一戶通的用戶。", "Qualquer utilizador com sessão iniciada na Conta Única.",
                     "Any signed-in Macao One Account user."),
                    ("毋須文件", "Não são necessários documentos", "No documents needed"),
                    (0, 0), False,
                    ("可透過一戶通即時查詢。", "Consulta imediata através da Conta Única de Macau.",
                     "Check instantly in Macao One Account."),
                    ("查詢", "consulta", "enquiry check")),
    "venue": Kind(_OPEN_TO, _NO_DOCS, (0, 0), False,
                  ("可預約的場地及時段以系統顯示為準，預約成功後須按時使用。",
                   "Os espaços e horários disponíveis são os indicados no sistema; a reserva confirmada deve ser"
                   " utilizada no horário marcado.",
                   "Available venues and time slots are shown in the system; confirmed bookings must be used on time."),
                  ("場地 預約 訂場", "reserva espaço instalações", "venue booking facility")),
    "enrol": Kind(_OPEN_TO, _NO_DOCS, (0, 0), False,
                  ("名額有限，額滿即止；部分活動以抽籤分配名額。",
                   "As vagas são limitadas; algumas actividades atribuem as vagas por sorteio.",
                   "Places are limited; some activities allocate places by lot."),
                  ("報名 活動 課程", "inscrição actividade curso", "sign-up enrolment course activity")),
    "complaint": Kind(_ANYONE,
                      ("事件描述；相關單據或相片（如有）", "Descrição do sucedido; documentos ou fotografias (se houver)",
                       "Description of what happened; receipts or photos (if any)"),
                      (10, 30), False,
                      ("部門收到後會跟進，並以書面回覆。", "O serviço acompanha o caso e responde por escrito.",
                       "The department follows up and replies in writing."),
                      ("投訴 意見", "queixa reclamação", "complaint feedback")),
    "inspection": Kind(("業權人、管理機構或其代表。",
                        "O proprietário, a administração do condomínio ou o seu representante.",
                        "The owner, the building management or their representative."),
                       ("申請書；物業資料或圖則", "Requerimento; dados do imóvel ou plantas", "Request; property details or plans"),
                       (10, 20), True,
                       ("部門會與申請人約定檢驗日期。", "O serviço combina a data da vistoria com o requerente.",
                        "The department agrees an inspection date with the applicant."),
                       ("檢驗 檢查 驗樓", "vistoria inspecção", "inspection check")),
}
# fmt: on

#: Kinds whose result is immediate and needs no form.
INSTANT_KINDS = frozenset({"progress", "pay", "book", "venue", "enrol", "enquiry"})
