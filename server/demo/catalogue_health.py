"""Demo services of the health and pharmaceutical departments."""

# Trilingual data tables: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

from server.demo.text import I, Item, S, Subject

# fmt: off
SSM: list[Subject | Item] = [
    I("預約衛生中心門診", "Marcação de consultas nos centros de saúde", "Health centre appointment", "book",
      online=True, keywords=("睇醫生 門診 健康中心", "médico consulta", "doctor clinic")),
    I("預約接種疫苗", "Marcação de vacinação", "Vaccination booking", "book", online=True),
    I("領取醫療券", "Plano de comparticipação nos cuidados de saúde", "Health care vouchers", "collect",
      online=True, high_frequency=True, keywords=("醫療券 醫療補貼", "vale de saúde", "health voucher")),
    I("申請醫療報告", "Pedido de relatório médico", "Medical report", "certificate", fee=150),
    I("申請複印病歷", "Pedido de cópia do processo clínico", "Copy of medical records", "certificate",
      fee=100),
    I("申請工作用健康證明書", "Pedido de atestado médico para fins laborais", "Health certificate for work",
      "certificate", fee=80),
    S("醫療人員執照", "Licença para o exercício de actividade de profissional de saúde", "f",
      "Healthcare professional licence", "apply renew replace cancel", fee=500),
    S("私人醫療場所准照", "Licença de unidade privada de prestação de cuidados de saúde", "f",
      "Private healthcare facility licence", "apply renew change cancel", fee=1500, variants="entity"),
    I("產前檢查登記", "Inscrição em consultas pré-natais", "Antenatal check-up registration", "register"),
    I("預約兒童健康檢查", "Marcação de exame de saúde infantil", "Child health check booking", "book"),
    I("預約戒煙門診", "Marcação de consulta de cessação tabágica", "Smoking cessation clinic", "book"),
    I("器官捐贈登記", "Registo de dador de órgãos", "Organ donor registration", "register", online=True),
    I("醫療事故投訴", "Queixa sobre incidentes médicos", "Medical incident complaint", "complaint"),
    I("申請豁免醫療費用", "Pedido de isenção do pagamento de cuidados de saúde", "Exemption from medical fees",
      "apply"),
    I("預約捐血", "Marcação de dádiva de sangue", "Booking a blood donation", "book", online=True),
    I("申請預防接種證明", "Pedido de certificado de vacinação", "Vaccination certificate", "certificate",
      online=True),
    I("申請國際預防接種證書", "Pedido de Certificado Internacional de Vacinação",
      "International Certificate of Vaccination", "certificate", fee=50),
    I("預約婦女健康檢查", "Marcação de exame de saúde da mulher", "Women's health check booking", "book"),
    I("預約長者健康檢查", "Marcação de exame de saúde para idosos", "Senior health check booking", "book"),
]

ISAF: list[Subject | Item] = [
    S("藥房准照", "Alvará de farmácia", "m", "Pharmacy licence", "apply renew change transfer cancel",
      fee=2000, variants="entity", category="health"),
    S("藥劑師執照", "Licença de farmacêutico", "f", "Pharmacist licence", "apply renew", fee=500,
      category="health"),
    S("藥物進口准照", "Licença de importação de medicamentos", "f", "Medicine import licence", "apply",
      fee=300, category="health"),
    I("中成藥登記", "Registo de medicamentos tradicionais chineses manipulados",
      "Registration of proprietary Chinese medicines", "register", category="health", fee=1000),
    I("西藥產品登記", "Registo de medicamentos", "Registration of medicines", "register", category="health",
      fee=1000),
    I("醫療器械登記", "Registo de dispositivos médicos", "Registration of medical devices", "register",
      category="health", fee=800),
    I("藥物不良反應報告", "Notificação de reacções adversas a medicamentos", "Reporting adverse drug reactions",
      "report", category="health", online=True),
]

# Added later: numbered after the whole first catalogue (see services.py), so no earlier id moves.
SSM_ADDED: list[Subject | Item] = [
    I("衛生中心登記", "Inscrição num centro de saúde", "Registering with a health centre", "register",
      keywords=("健康中心 登記", "centro de saúde inscrição", "health centre registration")),
    I("申請醫療費用收據副本", "Pedido de segunda via de recibo de despesas médicas",
      "Duplicate receipt for medical fees", "certificate", fee=20),
    I("申請病假證明副本", "Pedido de segunda via de atestado de doença", "Duplicate sick leave certificate",
      "certificate", fee=20),
    I("申請複製醫學影像", "Pedido de cópia de exames imagiológicos", "Copies of medical imaging", "certificate",
      fee=100),
    I("申請化驗報告副本", "Pedido de cópia de relatório de análises clínicas", "Copy of laboratory test results",
      "certificate", fee=50),
    I("申請出生醫學證明", "Pedido de certificado médico de nascimento", "Medical certificate of birth",
      "certificate", fee=50),
    I("申請死亡醫學證明副本", "Pedido de segunda via de certificado de óbito",
      "Duplicate medical certificate of death", "certificate", fee=50),
    I("申請健康檢查委員會檢查", "Pedido de apresentação à Junta de Saúde", "Examination by the Health Board",
      "apply"),
    I("申請駕駛執照體格檢查", "Pedido de exame médico para a carta de condução",
      "Medical examination for a driving licence", "apply", fee=100),
    I("申請轉介外地就醫", "Pedido de encaminhamento para tratamento no exterior",
      "Referral for medical treatment outside Macao", "apply"),
    I("申請醫療人員臨時執照", "Pedido de licença provisória de profissional de saúde",
      "Temporary healthcare professional licence", "apply", fee=300),
    S("電離輻射設備准照", "Licença de equipamento de radiação ionizante", "f",
      "ionising radiation equipment licence", "apply renew cancel", fee=800),
]

ISAF_ADDED: list[Subject | Item] = [
    S("藥物批發商准照", "Alvará de distribuidor por grosso de produtos farmacêuticos", "m",
      "pharmaceutical wholesaler licence", "apply renew cancel", fee=2000, category="health"),
    S("中藥房准照", "Alvará de farmácia chinesa", "m", "traditional Chinese medicine pharmacy licence",
      "apply renew transfer cancel", fee=1500, category="health"),
    S("藥物出口准照", "Licença de exportação de medicamentos", "f", "medicine export licence", "apply",
      fee=300, category="health"),
    S("藥房技術助理執照", "Licença de ajudante técnico de farmácia", "f", "pharmacy technician licence",
      "apply renew", fee=300, category="health"),
    I("申請臨床試驗許可", "Pedido de autorização de ensaio clínico", "Clinical trial authorisation", "apply",
      category="health"),
    I("申請中成藥製造准照", "Pedido de licença de fabrico de medicamentos tradicionais chineses manipulados",
      "Licence to manufacture proprietary Chinese medicines", "apply", category="health", fee=3000),
    I("申請藥物登記證明書", "Pedido de certificado de registo de medicamento",
      "Certificate of medicine registration", "certificate", category="health", fee=200),
    I("麻醉藥品及精神藥物進口許可", "Autorização de importação de estupefacientes e substâncias psicotrópicas",
      "Import authorisation for narcotic and psychotropic drugs", "apply", category="health"),
]
# fmt: on

CATALOGUE: dict[str, tuple[str, list[Subject | Item]]] = {
    "SSM": ("health", SSM),
    "ISAF": ("health", ISAF),
}

#: Services added later, numbered after the whole first catalogue.
ADDED: dict[str, list[Subject | Item]] = {
    "SSM": SSM_ADDED,
    "ISAF": ISAF_ADDED,
}
