"""Service categories: names and who a service of the category is usually for."""

from __future__ import annotations

from dataclasses import dataclass

from server.demo.text import loc


@dataclass(frozen=True, slots=True)
class Category:
    slug: str
    name: dict[str, str]
    #: Completes "Applicants must be …" in each language.
    who: dict[str, str]


def _c(slug: str, zh: str, pt: str, en: str, who_zh: str, who_pt: str, who_en: str) -> Category:
    return Category(slug, loc(zh, pt, en), loc(who_zh, who_pt, who_en))


# fmt: off
CATEGORIES: dict[str, Category] = {
    c.slug: c
    for c in (
        _c("identity", "身份證明", "Identificação", "Identity documents",
           "澳門居民",
           "residente de Macau",
           "a Macao resident"),
        _c("tax", "稅務", "Impostos", "Taxation",
           "納稅人",
           "contribuinte",
           "a taxpayer"),
        _c("transport", "交通", "Trânsito e transportes", "Transport",
           "駕駛者或車主",
           "condutor ou proprietário de veículo",
           "a driver or vehicle owner"),
        _c("social_security", "社會保障", "Segurança social", "Social security",
           "社會保障制度受益人",
           "beneficiário do regime de segurança social",
           "a social security beneficiary"),
        _c("employment", "就業及勞工", "Emprego e trabalho", "Employment and labour",
           "澳門居民或僱主",
           "residente de Macau ou empregador",
           "a Macao resident or an employer"),
        _c("social_welfare", "社會福利", "Acção social", "Social welfare",
           "有需要的澳門居民",
           "residente de Macau em situação de carência",
           "a Macao resident in need"),
        _c("health", "醫療衛生", "Saúde", "Health",
           "澳門居民或醫療專業人員",
           "residente de Macau ou profissional de saúde",
           "a Macao resident or a healthcare professional"),
        _c("education", "教育及青年", "Educação e juventude", "Education and youth",
           "學生、家長或教學人員",
           "estudante, encarregado de educação ou docente",
           "a student, parent or teacher"),
        _c("housing", "房屋", "Habitação", "Housing",
           "符合資格的澳門居民家團",
           "agregado familiar de residentes de Macau elegível",
           "an eligible household of Macao residents"),
        _c("municipal", "市政", "Assuntos municipais", "Municipal affairs",
           "澳門居民或商戶",
           "residente de Macau ou comerciante",
           "a Macao resident or business"),
        _c("business", "工商業", "Economia e comércio", "Business and trade",
           "企業或商業企業主",
           "empresa ou empresário comercial",
           "a company or business owner"),
        _c("justice", "法務及登記", "Justiça e registos", "Justice and registries",
           "當事人或其代理人",
           "interessado ou o seu representante",
           "the person concerned or their representative"),
        _c("immigration", "出入境", "Migração", "Immigration",
           "澳門居民或非本地居民",
           "residente ou não residente de Macau",
           "a Macao resident or non-resident"),
        _c("culture_sport", "文化體育", "Cultura e desporto", "Culture and sport",
           "澳門居民或社團",
           "residente de Macau ou associação",
           "a Macao resident or association"),
        _c("public_works", "土地工務", "Solos e obras", "Land and public works",
           "業權人、建築商或技術員",
           "proprietário, construtor ou técnico",
           "an owner, builder or technician"),
        _c("civil_service", "公共行政", "Administração pública", "Public administration",
           "澳門居民或公務人員",
           "residente de Macau ou trabalhador dos serviços públicos",
           "a Macao resident or public servant"),
        _c("utilities", "公用事業", "Serviços de utilidade pública", "Utilities",
           "用戶",
           "utente",
           "a customer"),
        _c("environment", "環境保護", "Ambiente", "Environment",
           "個人、企業或社團",
           "pessoa singular, empresa ou associação",
           "an individual, company or association"),
        _c("tourism", "旅遊", "Turismo", "Tourism",
           "業界經營者",
           "operador do sector",
           "a trade operator"),
        _c("maritime", "海事", "Assuntos marítimos", "Maritime affairs",
           "船東或船員",
           "armador ou marítimo",
           "a vessel owner or seafarer"),
        _c("consumer", "消費者權益", "Direitos do consumidor", "Consumer rights",
           "消費者或商戶",
           "consumidor ou comerciante",
           "a consumer or trader"),
        _c("public_safety", "公共安全", "Segurança pública", "Public safety",
           "任何人士",
           "qualquer pessoa",
           "anyone"),
        _c("hengqin", "橫琴合作區", "Zona de Cooperação em Hengqin", "Hengqin Cooperation Zone",
           "在合作區辦理業務的澳門居民或企業",
           "residente ou empresa de Macau com actividade na Zona de Cooperação",
           "a Macao resident or company doing business in the Cooperation Zone"),
    )
}
# fmt: on
