"""What can be done with a :class:`~server.demo.text.Subject`: title and summary wording per action.

Placeholders: ``{z}`` Chinese subject, ``{p}`` Portuguese subject, ``{dp}`` "do/da…" + subject,
``{e}`` English subject; ``{D_zh}``, ``{D_a}`` ("à DSI"), ``{D_en}`` the department.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Action:
    title_zh: str
    title_pt: str
    title_en: str
    summary_zh: str
    summary_pt: str
    summary_en: str


ACTIONS: dict[str, Action] = {
    "apply": Action(
        "申請{z}",
        "Pedido de {p}",
        "Application for {e}",
        "向{D_zh}申請{z}。符合資格的申請人可於網上或櫃枱遞交申請及所需文件。",
        "Pedido de {p} dirigido {D_a}. Quem reúna as condições pode entregar o pedido e os documentos"
        " necessários online ou no balcão.",
        "Apply to the {D_en} for {e}. Eligible applicants can submit the application and supporting"
        " documents online or at the counter.",
    ),
    "first": Action(
        "首次申請{z}",
        "Primeiro pedido {dp}",
        "First application for {e}",
        "首次向{D_zh}申請{z}，須親身辦理並核實身份。",
        "Primeiro pedido {dp}, apresentado pessoalmente {D_a} para verificação da identidade.",
        "First application for {e}, made in person at the {D_en} so that identity can be verified.",
    ),
    "issue": Action(
        "申請發出{z}",
        "Emissão {dp}",
        "Issue of {e}",
        "向{D_zh}申請發出{z}，可選擇以紙本或電子方式領取。",
        "Pedido de emissão {dp} dirigido {D_a}, em papel ou em formato electrónico.",
        "Ask the {D_en} to issue {e}, on paper or electronically.",
    ),
    "renew": Action(
        "{z}續期",
        "Renovação {dp}",
        "Renewal of {e}",
        "{z}有效期屆滿前，可向{D_zh}申請續期；逾期辦理或須繳付附加費。",
        "Renovação {dp} antes do fim do prazo de validade; a renovação fora de prazo pode estar sujeita"
        " a taxa adicional.",
        "Renew your {e} with the {D_en} before it expires; late renewal may incur a surcharge.",
    ),
    "replace": Action(
        "補發{z}",
        "Emissão de segunda via {dp}",
        "Replacement of {e}",
        "{z}遺失、損毀或被盜時，可向{D_zh}申請補發。",
        "Emissão de segunda via {dp} em caso de extravio, danificação ou furto.",
        "Apply for a replacement {e} if the original is lost, damaged or stolen.",
    ),
    "change": Action(
        "更改{z}資料",
        "Alteração de dados {dp}",
        "Change of particulars on {e}",
        "{z}所載資料有變更時，須向{D_zh}申報並辦理更改。",
        "Comunicação {D_a} da alteração dos dados constantes {dp}.",
        "Report changes to the particulars on your {e} to the {D_en}.",
    ),
    "cancel": Action(
        "註銷{z}",
        "Cancelamento {dp}",
        "Cancellation of {e}",
        "不再需要{z}時，可向{D_zh}申請註銷。",
        "Pedido de cancelamento {dp} que já não seja necessário, dirigido {D_a}.",
        "Ask the {D_en} to cancel {e} that is no longer needed.",
    ),
    "transfer": Action(
        "{z}轉名",
        "Transmissão {dp}",
        "Transfer of {e}",
        "辦理{z}轉名手續，轉讓人及承讓人均須簽署申請。",
        "Transmissão {dp} para um novo titular; o pedido é assinado pelo transmitente e pelo adquirente.",
        "Transfer {e} to a new holder; both the current and the new holder sign the application.",
    ),
    "progress": Action(
        "查詢{z}申請進度",
        "Consulta do andamento do pedido de {p}",
        "Progress enquiry: {e}",
        "查詢已遞交的{z}申請的處理進度。",
        "Consulta do ponto de situação de um pedido de {p} já entregue.",
        "Check the progress of a submitted application for {e}.",
    ),
    "pay": Action(
        "繳交{z}",
        "Pagamento {dp}",
        "Payment of {e}",
        "繳交{z}，可透過一戶通、自助服務機或指定銀行繳付。",
        "Pagamento {dp} através da Conta Única de Macau, de quiosques de autoatendimento ou de bancos"
        " indicados.",
        "Pay {e} through Macao One Account, self-service kiosks or designated banks.",
    ),
    "exempt": Action(
        "申請豁免{z}",
        "Pedido de isenção {dp}",
        "Exemption from {e}",
        "符合法定條件者可向{D_zh}申請豁免{z}。",
        "Pedido de isenção {dp} dirigido {D_a} por quem reúna as condições legais.",
        "Apply to the {D_en} for exemption from {e} if you meet the legal conditions.",
    ),
    "refund": Action(
        "申請退還{z}",
        "Pedido de restituição {dp}",
        "Refund of {e}",
        "多繳或不應繳的{z}，可向{D_zh}申請退還。",
        "Restituição das importâncias pagas em excesso ou indevidamente a título {dp}.",
        "Claim back {e} paid in excess or unduly.",
    ),
    "book": Action(
        "預約{z}",
        "Marcação {dp}",
        "Booking: {e}",
        "透過一戶通預約{z}的日期及時段。",
        "Marcação da data e hora {dp} através da Conta Única de Macau.",
        "Book a date and time for {e} in Macao One Account.",
    ),
}

#: Title suffixes of Subject.variants: one service per suffix.
VARIANTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # The plain service stays, and an under-18 version joins it.
    "age": (("", "", ""), ("（未滿18歲）", " (menores de 18 anos)", " (under 18)")),
    # The plain service is replaced by an individual and a company version.
    "entity": (
        ("（個人）", " (pessoa singular)", " (individual)"),
        ("（公司）", " (pessoa colectiva)", " (company)"),
    ),
}
#: Actions each variant applies to.
VARIANT_ACTIONS: dict[str, frozenset[str]] = {
    "age": frozenset({"apply", "first", "renew", "replace"}),
    "entity": frozenset({"apply", "renew", "transfer"}),
}
