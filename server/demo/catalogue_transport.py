"""Demo services of the transport and the marine and water departments."""

# Trilingual data tables: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

from server.demo.text import I, Item, S, Subject

# fmt: off
DSAT: list[Subject | Item] = [
    S("駕駛執照", "Carta de condução", "f", "Driving Licence", "renew replace change", fee=200,
      photo=True, keywords=("車牌 駕照", "carta condução", "driving licence")),
    S("學習駕駛執照", "Licença de aprendizagem de condução", "f", "Learner's Driving Licence",
      "apply renew", fee=100, photo=True),
    I("報考駕駛執照", "Inscrição no exame de condução", "Driving test registration", "enrol", fee=300),
    I("以外地駕駛執照換領澳門駕駛執照", "Troca de carta de condução do exterior por carta de Macau",
      "Exchanging an overseas driving licence", "apply", fee=300),
    I("申請國際駕駛執照", "Pedido de licença internacional de condução", "International Driving Permit",
      "apply", fee=150),
    S("的士司機資格證", "Cartão de identificação de condutor de táxi", "m", "Taxi driver's permit",
      "apply renew replace", fee=100, photo=True),
    I("新車登記", "Matrícula de veículo novo", "Registration of a new vehicle", "register", fee=500),
    I("車輛註銷登記", "Cancelamento da matrícula de veículo", "Cancellation of a vehicle registration",
      "cancel"),
    I("車輛轉名", "Transmissão da propriedade de veículo", "Transfer of vehicle ownership", "transfer",
      fee=300, keywords=("車輛過戶", "transmissão veículo", "vehicle transfer")),
    S("車輛登記摺", "Livrete do veículo", "m", "Vehicle registration document", "replace change", fee=100),
    S("車輛號碼牌", "Chapas de matrícula", "fp", "Licence plates", "replace", fee=150),
    S("車輛年檢", "Inspecção periódica de veículos", "f", "Periodic vehicle inspection", "book", fee=100),
    S("公共泊車場月票", "Passe mensal de parque de estacionamento", "m", "Monthly car park pass",
      "apply renew cancel", fee=1000),
    I("申請殘疾人士泊車證", "Pedido de cartão de estacionamento para pessoas com deficiência",
      "Disabled parking permit", "apply"),
    I("查詢泊車咪錶欠費", "Consulta de dívidas de parquímetros", "Parking meter arrears enquiry",
      "enquiry", online=True),
    I("預約駕駛路試", "Marcação do exame prático de condução", "Booking a road driving test", "book"),
    I("提交交通違例書面辯護", "Apresentação de defesa escrita sobre infracção de trânsito",
      "Written defence against a traffic offence", "declare", online=True),
    I("申請車輛登記資料證明", "Pedido de certidão de registo de veículo", "Vehicle registration certificate",
      "certificate", fee=100),
    I("申請駕駛執照資料證明", "Pedido de certidão de carta de condução", "Driving licence record certificate",
      "certificate", fee=100),
]

DSAMA: list[Subject | Item] = [
    I("繳交水費", "Pagamento da factura de água", "Water bill payment", "pay", category="utilities",
      high_frequency=True, online=True, keywords=("水費 水單", "água factura", "water bill")),
    S("船舶登記", "Registo de embarcação", "m", "Vessel registration", "apply change cancel", fee=500,
      category="maritime"),
    S("海員證", "Cédula de inscrição marítima", "f", "Seafarer's book", "apply renew replace", fee=100,
      photo=True, category="maritime"),
    S("遊艇駕駛執照", "Carta de navegador de recreio", "f", "Pleasure craft licence", "apply renew replace",
      fee=200, photo=True, category="maritime"),
    I("報考遊艇駕駛執照考試", "Inscrição no exame de navegador de recreio", "Pleasure craft licence exam",
      "enrol", fee=300, category="maritime"),
    I("申請海上活動許可", "Pedido de autorização para actividades marítimas", "Permit for activities at sea",
      "apply", category="maritime"),
    I("申請船舶檢驗", "Pedido de vistoria de embarcação", "Vessel inspection", "inspection", fee=400,
      category="maritime"),
    I("申請節水器具資助", "Pedido de apoio à aquisição de dispositivos de poupança de água",
      "Subsidy for water-saving devices", "apply", category="utilities"),
]

# Added later: numbered after the whole first catalogue (see services.py), so no earlier id moves.
DSAT_ADDED: list[Subject | Item] = [
    S("駕駛教練執照", "Licença de instrutor de condução", "f", "driving instructor licence",
      "apply renew replace", fee=300, photo=True),
    S("駕駛學校准照", "Alvará de escola de condução", "m", "driving school licence", "apply renew cancel",
      fee=2000),
    S("的士營業執照", "Licença de táxi", "f", "taxi licence", "renew transfer", fee=500),
    I("報考的士司機資格考試", "Inscrição no exame de condutor de táxi", "Taxi driver exam registration", "enrol",
      fee=200),
    I("車輛更改顏色登記", "Registo de alteração da cor do veículo", "Recording a change of vehicle colour",
      "change", fee=100),
    I("申請車輛改裝許可", "Pedido de autorização de modificação de veículo", "Approval of vehicle modifications",
      "apply", fee=200),
    I("車輛型號認可", "Homologação de modelo de veículo", "Vehicle type approval", "apply", fee=1000),
    I("申請車輛臨時行駛許可", "Pedido de licença temporária de circulação de veículo",
      "Temporary circulation permit for a vehicle", "apply", fee=100),
    I("申請重型車輛通行許可", "Pedido de autorização de circulação de veículos pesados",
      "Heavy vehicle access permit", "apply"),
]

DSAMA_ADDED: list[Subject | Item] = [
    S("遊艇泊位使用准照", "Licença de utilização de lugar de amarração para embarcações de recreio", "f",
      "pleasure craft berth permit", "apply renew cancel", fee=800, category="maritime"),
    S("捕魚准照", "Licença de pesca", "f", "fishing licence", "apply renew", fee=200, category="maritime"),
    I("船舶所有權轉移登記", "Registo de transmissão da propriedade de embarcação",
      "Registration of a change of vessel ownership", "register", fee=300, category="maritime"),
    I("申請船舶適航證書", "Pedido de certificado de navegabilidade", "Certificate of seaworthiness", "certificate",
      fee=300, category="maritime"),
    I("申請船舶噸位證書", "Pedido de certificado de arqueação", "Tonnage certificate", "certificate", fee=200,
      category="maritime"),
    I("申請船員訓練證書", "Pedido de certificado de formação de marítimos", "Seafarer training certificate",
      "certificate", fee=100, category="maritime"),
    I("報名參加船員培訓課程", "Inscrição em cursos de formação de marítimos", "Seafarer training course sign-up",
      "enrol", category="maritime"),
    I("申請海上工程許可", "Pedido de licença de obras marítimas", "Permit for marine works", "apply",
      category="maritime"),
    I("申請遊艇臨時入境許可", "Pedido de autorização de entrada temporária de embarcação de recreio",
      "Temporary entry permit for a visiting pleasure craft", "apply", category="maritime"),
    I("申請水質檢測", "Pedido de análise da qualidade da água", "Water quality testing", "apply", fee=300,
      category="utilities"),
]
# fmt: on

CATALOGUE: dict[str, tuple[str, list[Subject | Item]]] = {
    "DSAT": ("transport", DSAT),
    "DSAMA": ("maritime", DSAMA),
}

#: Services added later, numbered after the whole first catalogue.
ADDED: dict[str, list[Subject | Item]] = {
    "DSAT": DSAT_ADDED,
    "DSAMA": DSAMA_ADDED,
}
