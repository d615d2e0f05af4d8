"""Build the demo service catalogue (1,000+ services, ids ``ps-1001``…) from the department catalogues.

Deterministic: the same seed gives the same rows, so a re-seeded demo matches the old one. Each catalogue
module has ``CATALOGUE`` (the first 618 services, ``ps-1001``…``ps-1618``) and ``ADDED`` (services added
later): the added ones are numbered after the whole first catalogue, department by department, so the
first services keep their ids and their rows.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from server.demo import (
    catalogue_city,
    catalogue_civic,
    catalogue_economy,
    catalogue_health,
    catalogue_social,
    catalogue_transport,
)
from server.demo.actions import ACTIONS, VARIANT_ACTIONS, VARIANTS
from server.demo.categories import CATEGORIES
from server.demo.departments import DEPARTMENTS, Department
from server.demo.procedure import INSTANT_KINDS, KINDS, T
from server.demo.text import Item, Subject, loc, pt_a, pt_de, pt_the

SEED = 1480
FIRST_NUMBER = 1001

_CATALOGUES = (
    catalogue_civic,
    catalogue_social,
    catalogue_health,
    catalogue_city,
    catalogue_transport,
    catalogue_economy,
)

_HOURS: T = (
    "星期一至四 9:00–13:00、14:30–17:45，星期五 9:00–13:00、14:30–17:30",
    "segunda a quinta-feira, 9h00–13h00 e 14h30–17h45; sexta-feira, 9h00–13h00 e 14h30–17h30",
    "Monday to Thursday 9:00–13:00 and 14:30–17:45, Friday 9:00–13:00 and 14:30–17:30",
)


@dataclass(frozen=True, slots=True)
class Spec:
    """One service before it becomes a row."""

    title: T
    kind: str
    category: str
    high_frequency: bool = False
    online: bool | None = None
    bookable: bool | None = None
    fee: int | None = None
    photo: bool = False
    keywords: T = ("", "", "")
    summary: T | None = None


def _lower_first(text: str) -> str:
    # Keep acronyms ("SME Aid Scheme", "ISBN") as they are.
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _subject_specs(subject: Subject, dept: Department, category: str) -> Iterator[Spec]:
    d_zh, d_a, d_en = dept.zh, pt_a(dept.pt_gender, dept.pt_short), dept.en
    actions = list(subject.actions)
    # Anything applied for also gets a progress enquiry.
    if {"apply", "first"} & set(actions) and "progress" not in actions:
        actions.append("progress")
    # A generic subject ("dog licence") is written in lower case inside titles and sentences.
    pt, en = (
        (subject.pt, subject.en)
        if subject.proper_name
        else (_lower_first(subject.pt), _lower_first(subject.en))
    )
    hf_actions = set(subject.hf.split())
    for name in actions:
        action = ACTIONS[name]
        fields = {
            "z": subject.zh,
            "p": pt,
            "dp": pt_de(subject.gender, pt),
            "e": en,
            "D_zh": d_zh,
            "D_a": d_a,
            "D_en": d_en,
        }
        title = (
            action.title_zh.format(**fields),
            action.title_pt.format(**fields),
            action.title_en.format(**fields),
        )
        summary = (
            action.summary_zh.format(**fields),
            action.summary_pt.format(**fields),
            action.summary_en.format(**fields),
        )
        suffixes: tuple[T, ...] = (("", "", ""),)
        if subject.variants and name in VARIANT_ACTIONS[subject.variants]:
            suffixes = VARIANTS[subject.variants]
        for zh_s, pt_s, en_s in suffixes:
            yield Spec(
                title=(title[0] + zh_s, title[1] + pt_s, title[2] + en_s),
                kind=name,
                category=subject.category or category,
                high_frequency=name in hf_actions,
                fee=subject.fee if name not in INSTANT_KINDS else None,
                photo=subject.photo and name in {"apply", "first", "renew", "replace"},
                keywords=subject.keywords,
                summary=summary,
            )


def _item_specs(item: Item, category: str) -> Iterator[Spec]:
    yield Spec(
        title=(item.zh, item.pt, item.en),
        kind=item.kind,
        category=item.category or category,
        high_frequency=item.high_frequency,
        online=item.online,
        bookable=item.bookable,
        fee=item.fee,
        keywords=item.keywords,
        summary=None
        if item.summary is None
        else (item.summary["zh"], item.summary["pt"], item.summary["en"]),
    )
    # "申請X" / "Pedido de X": its progress can be checked too.
    if (
        item.kind == "apply"
        and item.zh.startswith("申請")
        and item.pt.startswith(("Pedido de ", "Candidatura"))
    ):
        zh = f"查詢{item.zh[2:]}申請進度"
        if item.pt.startswith("Pedido de "):
            pt = "Consulta do andamento do pedido de " + item.pt.removeprefix("Pedido de ")
        else:
            pt = "Consulta do andamento da candidatura " + item.pt.removeprefix("Candidatura ")
        en = "Progress enquiry: " + _lower_first(item.en)
        yield Spec(
            title=(zh, pt, en),
            kind="progress",
            category=item.category or category,
            online=True,
            bookable=False,
            keywords=item.keywords,
        )


def _specs() -> Iterator[tuple[Department, Spec]]:
    merged: dict[str, tuple[str, list[Subject | Item]]] = {}
    added: dict[str, list[Subject | Item]] = {}
    for module in _CATALOGUES:
        merged.update(module.CATALOGUE)
        added.update(module.ADDED)
    first = {dept_id: entries for dept_id, (_, entries) in merged.items()}
    # The first catalogue, then the added services: in department order within each.
    for edition in (first, added):
        for dept in DEPARTMENTS:
            category = merged[dept.id][0]
            for entry in edition.get(dept.id, ()):
                specs = (
                    _subject_specs(entry, dept, category)
                    if isinstance(entry, Subject)
                    else _item_specs(entry, category)
                )
                for spec in specs:
                    yield dept, spec


def _days(n: int) -> T:
    if n == 0:
        return ("即時辦理", "Imediato", "Immediate")
    return (f"{n}個工作日", f"{n} dias úteis", f"{n} working days")


def _procedure(
    dept: Department, spec: Spec, online: bool, bookable: bool, rng: random.Random
) -> dict[str, Any]:
    kind = KINDS[spec.kind]
    category = CATEGORIES[spec.category]
    who = category.who
    d_de, d_the = pt_de(dept.pt_gender, dept.pt_short), pt_the(dept.pt_gender, dept.pt_short)

    eligibility = loc(
        *(text.format(who=who[lang]) for text, lang in zip(kind.eligibility, ("zh", "pt", "en"), strict=True))
    )
    docs = list(kind.documents)
    if spec.photo:
        docs = [
            docs[0] + "；近照一張",
            docs[1] + "; uma fotografia recente",
            docs[2] + "; one recent photograph",
        ]

    if spec.kind == "pay":
        fees = loc(
            "按繳款通知所列金額",
            "Montante indicado no aviso de pagamento",
            "The amount on the payment notice",
        )
    elif spec.kind == "venue":
        fees = loc(
            "按場地收費表", "Conforme a tabela de preços do espaço", "According to the venue's price list"
        )
    elif spec.kind == "enrol" and spec.fee is None:
        fees = loc(
            "視乎活動而定（部分免費）",
            "Consoante a actividade (algumas são gratuitas)",
            "Depends on the activity (some are free)",
        )
    elif spec.fee:
        fees = loc(f"澳門元 {spec.fee}", f"MOP {spec.fee}", f"MOP {spec.fee}")
    else:
        fees = loc("免費", "Gratuito", "Free")

    low, high = kind.days
    processing = loc(*_days(rng.randint(low, high)))

    if bookable:
        where = [
            f"{dept.zh}服務櫃枱（可透過一戶通預約取籌，到場掃描二維碼取票）；{_HOURS[0]}。",
            f"Balcão de atendimento {d_de} (marcação na Conta Única de Macau; no local, leia o código QR para"
            f" tirar a senha); {_HOURS[1]}.",
            f"Service counter of the {dept.en} (book in Macao One Account, then scan the QR code on site"
            f" to take a ticket); {_HOURS[2]}.",
        ]
        if online:
            where[0] += "亦可透過一戶通網上辦理（24小時）。"
            where[1] += " Também pode ser tratado online na Conta Única (24 horas)."
            where[2] += " Also available online in Macao One Account (24 hours)."
    elif online:
        where = [
            "透過一戶通網上辦理，24小時開放。",
            "Online, na Conta Única de Macau, 24 horas por dia.",
            "Online in Macao One Account, 24 hours a day.",
        ]
    else:
        where = [
            f"{dept.zh}服務櫃枱；{_HOURS[0]}。",
            f"Balcão de atendimento {d_de}; {_HOURS[1]}.",
            f"Service counter of the {dept.en}; {_HOURS[2]}.",
        ]

    if spec.kind in INSTANT_KINDS:
        forms = loc("毋須表格。", "Não é necessário impresso.", "No form needed.")
        progress = loc(
            "結果即時顯示，並記錄於一戶通「我的辦事」。",
            "O resultado é apresentado de imediato e fica registado em «Os meus assuntos».",
            "The result is shown at once and recorded under 'My transactions'.",
        )
    else:
        forms = loc(
            f"申請表可於{dept.zh}網頁下載或於櫃枱索取。",
            f"O impresso pode ser descarregado do sítio electrónico {d_de} ou obtido no balcão.",
            f"Download the form from the {dept.en} website or pick it up at the counter.",
        )
        if online:
            forms["zh"] += "透過一戶通網上辦理毋須填寫紙本表格。"
            forms["pt"] += " Os pedidos feitos na Conta Única dispensam o impresso em papel."
            forms["en"] += " Applications made in Macao One Account need no paper form."
        progress = loc(
            f"可於一戶通「我的辦事」查看進度，或憑收據編號向{dept.zh}查詢。",
            f"Acompanhe o pedido em «Os meus assuntos» na Conta Única ou contacte {d_the} indicando o"
            " número do recibo.",
            f"Follow it under 'My transactions' in Macao One Account, or ask the {dept.en} quoting your"
            " receipt number.",
        )
    return {
        "eligibility": eligibility,
        "documents": loc(*docs),
        "fees": fees,
        "processing_time": processing,
        "where_when": loc(*where),
        "forms": forms,
        "progress": progress,
    }


def _keywords(dept: Department, spec: Spec) -> dict[str, str]:
    kind = KINDS[spec.kind]
    category = CATEGORIES[spec.category]
    parts = zip(spec.keywords, kind.words, (category.name[lang] for lang in ("zh", "pt", "en")), strict=True)
    words = [" ".join(w for w in (dept.id, *texts) if w) for texts in parts]
    # A word appears once per language, in first-seen order.
    return loc(*(" ".join(dict.fromkeys(w.split())) for w in words))


def _service_row(number: int, dept: Department, spec: Spec, rng: random.Random) -> dict[str, Any]:
    kind = KINDS[spec.kind]
    online = spec.online if spec.online is not None else (not kind.counter or rng.random() < 0.5)
    bookable = spec.bookable if spec.bookable is not None else (kind.counter and rng.random() < 0.9)
    if spec.summary is not None:
        summary = loc(*spec.summary)
    else:
        d_de = pt_de(dept.pt_gender, dept.pt_short)
        summary = loc(
            f"{dept.zh}服務：{spec.title[0]}。{kind.summary[0]}",
            f"Serviço {d_de}: {_lower_first(spec.title[1])}. {kind.summary[1]}",
            f"{spec.title[2]}, a service of the {dept.en}. {kind.summary[2]}",
        )
    popularity = rng.randint(700, 1000) if spec.high_frequency else rng.randint(1, 600)
    return {
        "id": f"ps-{number}",
        "department_id": dept.id,
        "category": spec.category,
        "category_name": dict(CATEGORIES[spec.category].name),
        "title": loc(*spec.title),
        "summary": summary,
        "keywords": _keywords(dept, spec),
        "high_frequency": spec.high_frequency,
        "bookable": bookable,
        "online": online,
        "popularity": popularity,
        "procedure": _procedure(dept, spec, online, bookable, rng),
    }


def build_services(seed: int = SEED) -> list[dict[str, Any]]:
    """Every demo service row: the first catalogue in department order, then the added services."""
    rng = random.Random(seed)
    return [
        _service_row(number, dept, spec, rng)
        for number, (dept, spec) in enumerate(_specs(), start=FIRST_NUMBER)
    ]
