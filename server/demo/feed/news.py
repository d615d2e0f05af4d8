"""Government news items of the demo feed."""

# Trilingual texts: long strings stay whole (Chinese counts double in line width).
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

from server.demo.feed.common import MINUTE, feed_item
from server.demo.text import loc

# (id, source, hours ago, zh title, pt title, en title, zh body, pt body, en body)
_NEWS = (
    (
        "news-appointments-28",
        "SAFP",
        20,
        "一戶通預約櫃枱服務擴展至28個部門",
        "Marcação de atendimento na Conta Única alargada a 28 serviços públicos",
        "Counter appointments in Macao One Account now cover 28 departments",
        "市民可透過一戶通預約28個公共部門逾600項服務，包括7項橫琴政務服務；到場後掃描二維碼即可取票，毋須再填寫個人資料。",
        "Os residentes podem marcar na Conta Única mais de 600 serviços de 28 serviços públicos, incluindo 7 serviços"
        " de Hengqin; no local basta ler o código QR para tirar a senha, sem voltar a preencher dados pessoais.",
        "Residents can book more than 600 services of 28 public departments in Macao One Account, including 7 Hengqin"
        " government services; on site, scanning the QR code takes a ticket with no personal details to fill in.",
    ),
    (
        "news-address-23",
        "DSI",
        30,
        "一次過向23個部門登記或更改通訊地址",
        "Registo ou alteração da morada junto de 23 serviços de uma só vez",
        "Register or change your address with 23 departments at once",
        "「登記及更改地址」服務可一鍵全選23個部門，亦可包括未成年子女的地址，部門約於3個工作日內處理。",
        "O serviço «Registo e alteração de morada» permite escolher os 23 serviços de uma só vez, incluindo a morada"
        " dos filhos menores; os serviços tratam o pedido em cerca de 3 dias úteis.",
        "The 'Register and change address' service can select all 23 departments at once, including minor children's"
        " addresses; departments process the change in about 3 working days.",
    ),
    (
        "news-vehicle-tax",
        "DSF",
        48,
        "車輛使用牌照稅繳納期開始",
        "Início do prazo de pagamento do Imposto de Circulação",
        "Vehicle Licence Tax payment period begins",
        "車主可透過一戶通、自助服務機或指定銀行繳納本年度車輛使用牌照稅，逾期繳納須加收附加費。",
        "Os proprietários podem pagar o Imposto de Circulação deste ano na Conta Única, em quiosques de autoatendimento"
        " ou nos bancos indicados; o pagamento fora de prazo está sujeito a sobretaxa.",
        "Owners can pay this year's Vehicle Licence Tax in Macao One Account, at self-service kiosks or at designated"
        " banks; late payment carries a surcharge.",
    ),
    (
        "news-summer-activities",
        "DSEDJ",
        60,
        "暑期活動即日起接受報名",
        "Abertas as inscrições nas actividades de Verão",
        "Summer activities open for sign-up",
        "今年暑期活動涵蓋體育、藝術、科技及義工服務，學生可透過一戶通報名，熱門活動以抽籤分配名額。",
        "As actividades de Verão deste ano abrangem desporto, artes, tecnologia e voluntariado; os estudantes inscrevem-se"
        " na Conta Única e as vagas das actividades mais procuradas são sorteadas.",
        "This year's summer activities cover sport, arts, technology and volunteering; students sign up in Macao One"
        " Account, and places in popular activities are drawn by lot.",
    ),
    (
        "news-flu-vaccine",
        "SSM",
        72,
        "季節性流感疫苗接種計劃開始",
        "Começa o plano de vacinação contra a gripe sazonal",
        "Seasonal flu vaccination programme begins",
        "居民可透過一戶通預約於衛生中心接種流感疫苗，長者、兒童及長期病患者優先。",
        "Os residentes podem marcar a vacina contra a gripe nos centros de saúde através da Conta Única; idosos,"
        " crianças e doentes crónicos têm prioridade.",
        "Residents can book a flu vaccination at health centres in Macao One Account; older people, children and"
        " people with chronic illness come first.",
    ),
    (
        "news-health-vouchers",
        "SSM",
        96,
        "醫療券可於一戶通查閱餘額及轉贈家人",
        "Saldo dos vales de saúde consultável na Conta Única, com transferência para familiares",
        "Check and share health care vouchers in Macao One Account",
        "新一期醫療券已存入合資格居民的帳戶，可於一戶通查閱餘額，並可轉贈予家團成員使用。",
        "Os novos vales de saúde já foram creditados às contas dos residentes elegíveis; o saldo pode ser consultado"
        " na Conta Única e transferido para membros do agregado familiar.",
        "This year's health care vouchers have been credited to eligible residents; check the balance in Macao One"
        " Account and transfer vouchers to members of your household.",
    ),
    (
        "news-bus-diversion",
        "DSAT",
        110,
        "部分巴士路線因道路工程改道",
        "Alteração de percursos de autocarros devido a obras",
        "Some bus routes diverted for road works",
        "因道路工程，數條途經新馬路的巴士路線將暫時改道，詳情可於交通事務局網頁查閱。",
        "Devido a obras na via pública, algumas carreiras de autocarro que passam pela Avenida de Almeida Ribeiro"
        " serão temporariamente desviadas; os pormenores estão no sítio electrónico da DSAT.",
        "Because of road works, several bus routes along Avenida de Almeida Ribeiro are temporarily diverted; details"
        " are on the Transport Bureau website.",
    ),
    (
        "news-continuing-education",
        "DSEDJ",
        130,
        "持續進修發展計劃新一期課程開放報名",
        "Novos cursos do Programa de Desenvolvimento e Aperfeiçoamento Contínuo",
        "New courses under the Continuing Education Development Programme",
        "合資格居民可使用計劃資助報讀認可課程，並可於一戶通查閱資助餘額。",
        "Os residentes elegíveis podem usar o apoio do programa em cursos reconhecidos e consultar o saldo na Conta"
        " Única.",
        "Eligible residents can use the programme's subsidy for approved courses and check their balance in Macao One"
        " Account.",
    ),
    (
        "news-economic-housing",
        "IH",
        150,
        "經濟房屋接受申請",
        "Abertas as candidaturas a habitação económica",
        "Economic housing applications open",
        "房屋局開始接受經濟房屋申請，申請人可透過一戶通遞交申請及查詢輪候排序。",
        "O Instituto de Habitação começou a aceitar candidaturas a habitação económica; os candidatos podem"
        " candidatar-se e consultar a ordenação na Conta Única.",
        "The Housing Bureau is accepting applications for economic housing; applicants can apply and check their"
        " queue position in Macao One Account.",
    ),
    (
        "news-library-hours",
        "IC",
        170,
        "公共圖書館考試期間延長開放時間",
        "Bibliotecas públicas com horário alargado em época de exames",
        "Public libraries open longer during exam season",
        "考試期間，多間公共圖書館的自修室將延長開放至午夜，座位可透過一戶通預約。",
        "Durante a época de exames, as salas de estudo de várias bibliotecas públicas ficam abertas até à meia-noite;"
        " os lugares podem ser reservados na Conta Única.",
        "During exam season, study rooms in several public libraries stay open until midnight; seats can be booked in"
        " Macao One Account.",
    ),
)


def news(now: float) -> list[dict[str, Any]]:
    return [
        feed_item(
            id,
            "news",
            "government_news",
            loc(zt, pt, et),
            loc(zb, pb, eb),
            published=now - hours * 60 * MINUTE,
            source=source,
        )
        for id, source, hours, zt, pt, et, zb, pb, eb in _NEWS
    ]
