"""The 28 public departments of the demo: current names in Chinese, Portuguese and English.

Which departments really take part in counter appointments (28) and in the address service (23)
has not been published; the demo's membership is an assumption (see docs/API.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from server.demo.text import loc


@dataclass(frozen=True, slots=True)
class Department:
    id: str
    zh: str
    pt: str
    en: str
    #: Portuguese gender/number of the short name, for "da DSI", "do IAM", "dos SAFP".
    pt_gender: str
    #: Short name used inside Portuguese sentences (the abbreviation, or a short form).
    pt_short: str
    address_change: bool = True
    appointment: bool = True

    def row(self, sort: int) -> dict[str, Any]:
        return {
            "id": self.id,
            "abbr": self.id,
            "name": loc(self.zh, self.pt, self.en),
            "appointment": self.appointment,
            "address_change": self.address_change,
            "sort": sort,
        }


def _d(
    id: str, zh: str, pt: str, en: str, gender: str, *, address: bool = True, short: str = ""
) -> Department:
    return Department(id, zh, pt, en, gender, short or id, address_change=address)


DEPARTMENTS: tuple[Department, ...] = (
    _d("DSI", "身份證明局", "Direcção dos Serviços de Identificação", "Identification Services Bureau", "f"),
    _d("DSF", "財政局", "Direcção dos Serviços de Finanças", "Financial Services Bureau", "f"),
    _d("DSAT", "交通事務局", "Direcção dos Serviços para os Assuntos de Tráfego", "Transport Bureau", "f"),
    _d("IAM", "市政署", "Instituto para os Assuntos Municipais", "Municipal Affairs Bureau", "m"),
    _d("FSS", "社會保障基金", "Fundo de Segurança Social", "Social Security Fund", "m"),
    _d("DSAL", "勞工事務局", "Direcção dos Serviços para os Assuntos Laborais", "Labour Affairs Bureau", "f"),
    _d("IAS", "社會工作局", "Instituto de Acção Social", "Social Welfare Bureau", "m"),
    _d("SSM", "衛生局", "Serviços de Saúde", "Health Bureau", "mp"),
    _d(
        "DSEDJ",
        "教育及青年發展局",
        "Direcção dos Serviços de Educação e de Desenvolvimento da Juventude",
        "Education and Youth Development Bureau",
        "f",
    ),
    _d("CPSP", "治安警察局", "Corpo de Polícia de Segurança Pública", "Public Security Police Force", "m"),
    _d("DSAJ", "法務局", "Direcção dos Serviços de Assuntos de Justiça", "Legal Affairs Bureau", "f"),
    _d("IH", "房屋局", "Instituto de Habitação", "Housing Bureau", "m"),
    _d(
        "DSEDT",
        "經濟及科技發展局",
        "Direcção dos Serviços de Economia e Desenvolvimento Tecnológico",
        "Economic and Technological Development Bureau",
        "f",
    ),
    _d(
        "SAFP",
        "行政公職局",
        "Direcção dos Serviços de Administração e Função Pública",
        "Public Administration and Civil Service Bureau",
        "mp",
    ),
    _d("FP", "退休基金會", "Fundo de Pensões", "Pension Fund", "m"),
    _d("IC", "文化局", "Instituto Cultural", "Cultural Affairs Bureau", "m"),
    _d("ID", "體育局", "Instituto do Desporto", "Sports Bureau", "m"),
    _d(
        "DSSCU",
        "土地工務局",
        "Direcção dos Serviços de Solos e Construção Urbana",
        "Land and Urban Construction Bureau",
        "f",
    ),
    _d(
        "CTT",
        "郵電局",
        "Direcção dos Serviços de Correios e Telecomunicações",
        "Macao Post and Telecommunications Bureau",
        "mp",
    ),
    _d(
        "DSAMA",
        "海事及水務局",
        "Direcção dos Serviços de Assuntos Marítimos e de Água",
        "Marine and Water Bureau",
        "f",
    ),
    _d(
        "DSPA",
        "環境保護局",
        "Direcção dos Serviços de Protecção Ambiental",
        "Environmental Protection Bureau",
        "f",
    ),
    _d(
        "ISAF",
        "藥物監督管理局",
        "Instituto para a Supervisão e Administração Farmacêutica",
        "Pharmaceutical Administration Bureau",
        "m",
    ),
    _d("FM", "澳門基金會", "Fundação Macau", "Macao Foundation", "f"),
    # The five below are assumed not to take part in the address service.
    _d(
        "DST",
        "旅遊局",
        "Direcção dos Serviços de Turismo",
        "Macao Government Tourism Office",
        "f",
        address=False,
    ),
    _d(
        "DSCC",
        "地圖繪製暨地籍局",
        "Direcção dos Serviços de Cartografia e Cadastro",
        "Cartography and Cadastre Bureau",
        "f",
        address=False,
    ),
    _d("CB", "消防局", "Corpo de Bombeiros", "Fire Services Bureau", "m", address=False),
    _d("CC", "消費者委員會", "Conselho de Consumidores", "Consumer Council", "m", address=False),
    # The body through which the demo offers the seven Hengqin government services.
    _d(
        "HQ",
        "橫琴粵澳深度合作區執行委員會",
        "Comissão Executiva da Zona de Cooperação Aprofundada entre Guangdong e Macau em Hengqin",
        "Executive Committee of the Guangdong-Macao In-Depth Cooperation Zone in Hengqin",
        "f",
        address=False,
        short="Comissão Executiva da Zona de Cooperação",
    ),
)

BY_ID: dict[str, Department] = {d.id: d for d in DEPARTMENTS}


def department_rows() -> list[dict[str, Any]]:
    return [d.row(sort) for sort, d in enumerate(DEPARTMENTS, start=1)]
