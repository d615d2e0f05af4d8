"""PSP border-checkpoint status (出入境事務站實時資訊) → one ``border`` / ``checkpoint`` item per checkpoint.

The endpoint answers with an ASP.NET envelope ``{"d": "<JSON string>"}`` whose inner JSON is
``{"Rs": true, "Rt": [{"Pn", "Id", "St", "Ti", "Vt", "Os", "Mp", "Mc"}, …]}``, all strings: ``Pn`` a
post number, ``Id`` the direction (``E`` entering Macao, ``D`` departing), ``St`` the status, ``Ti``
``YYYY/MM/DD HH:mm``. Status codes as two independent public consumers read them: 1 smooth (~10 min),
2 busy (~30), 3 congested (~45), 4 crowd diversion (over an hour), 5 suspended, 0 / 100 no data;
others are shown as their code. ``Os`` == "1" is taken as "not current" (one consumer does so).

Posts are grouped into checkpoints by their ``Pn``; a checkpoint's direction shows its worst post.
An unknown ``Pn`` becomes a checkpoint of its own, named by its number.
"""

from __future__ import annotations

import json
from typing import Any

from server.feeds.items import Item, ParseContext, Text, later, make_item, parse_time, tri
from server.feeds.safe import FeedError

STALE_AFTER_MINUTES = 30

# checkpoint code -> (post numbers, zh, pt, en)
CHECKPOINTS: dict[str, tuple[tuple[str, ...], str, str, str]] = {
    "BG": (("2", "7"), "關閘", "Portas do Cerco", "Border Gate"),
    "HQ": (("5", "263", "264", "265"), "橫琴口岸", "Posto Fronteiriço de Hengqin", "Hengqin Port"),
    "HZMB": (
        ("16", "17", "18", "19", "22", "23", "25", "261", "262"),
        "港珠澳大橋口岸",
        "Posto Fronteiriço da Ponte Hong Kong-Zhuhai-Macau",
        "Hong Kong-Zhuhai-Macao Bridge Port",
    ),
    "QM": (("55",), "青茂口岸", "Posto Fronteiriço Qingmao", "Qingmao Port"),
    "CBIZ": (
        ("8", "271", "281"),
        "跨境工業區口岸",
        "Posto Fronteiriço do Parque Industrial Transfronteiriço",
        "Cross-border Industrial Zone Port",
    ),
    "OH": (("1",), "外港客運碼頭", "Terminal Marítimo do Porto Exterior", "Outer Harbour Ferry Terminal"),
    "TP": (("12",), "氹仔客運碼頭", "Terminal Marítimo de Passageiros da Taipa", "Taipa Ferry Terminal"),
    "IH": (("3",), "內港客運碼頭", "Terminal Marítimo do Porto Interior", "Inner Harbour Ferry Terminal"),
}
_BY_POST = {post: code for code, (posts, *_) in CHECKPOINTS.items() for post in posts}

# status code -> (rank for "worst", zh, pt, en, expected wait in minutes); the Portuguese agrees
# with the feminine "entrada" / "saída" it qualifies.
STATUSES: dict[str, tuple[int, str, str, str, int | None]] = {
    "1": (1, "暢通", "fluida", "smooth", 10),
    "2": (2, "繁忙", "movimentada", "busy", 30),
    "3": (3, "擠擁", "congestionada", "congested", 45),
    "4": (4, "分流", "com desvio de fluxo", "crowd diversion", 60),
    "5": (5, "暫停通行", "suspensa", "suspended", None),
}
_NO_DATA = ("0", "100", "")


def status_text(code: str) -> Text:
    if code in STATUSES:
        _, zh, pt, en, _ = STATUSES[code]
        return tri(zh, pt, en)
    if code in _NO_DATA:
        return tri("暫無資料", "sem dados", "no data")
    return tri(f"狀態代碼 {code}", f"código de estado {code}", f"status code {code}")


def unwrap(payload: Any) -> list[dict[str, Any]]:
    """The ``Rt`` rows of either the ASP.NET envelope or the bare inner object."""
    if isinstance(payload, dict) and "d" in payload:
        inner = payload["d"]
        if isinstance(inner, str):
            try:
                inner = json.loads(inner)
            except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
                raise FeedError("border status: the 'd' string is not valid JSON (truncated?)") from None
        payload = inner
    if not isinstance(payload, dict):
        raise FeedError("border status: expected an object with 'Rt'")
    if payload.get("Rs") is False or str(payload.get("Rs")).lower() == "false":
        raise FeedError("border status: the service reported failure (Rs=false)")
    rows = payload.get("Rt")
    if not isinstance(rows, list):
        raise FeedError("border status: 'Rt' list is missing")
    return [r for r in rows if isinstance(r, dict)]


def _worst(posts: list[dict[str, Any]]) -> str:
    """The worst current status code of ``posts``; a known code beats "no data", which beats nothing."""
    current = [p for p in posts if p["current"]] or posts
    known = [p["status"] for p in current if p["status"] in STATUSES]
    if known:
        return max(known, key=lambda c: STATUSES[c][0])
    other = [p["status"] for p in current if p["status"] not in _NO_DATA]
    return other[0] if other else (current[0]["status"] if current else "")


def parse_border(payload: Any, ctx: ParseContext) -> list[Item]:
    rows = unwrap(payload)
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        post = str(row.get("Pn") or "").strip()
        if not post:
            continue
        code = _BY_POST.get(post, f"PN{post}")
        groups.setdefault(code, []).append(
            {
                "post": post,
                "direction": str(row.get("Id") or "").strip().upper(),
                "status": str(row.get("St") if row.get("St") is not None else "").strip(),
                "time": parse_time(str(row.get("Ti") or "")),
                "current": str(row.get("Os") or "").strip() != "1",
                "raw": {k: row.get(k) for k in ("Vt", "Os", "Mp", "Mc") if k in row},
            }
        )
    if not groups:
        raise FeedError("border status holds no checkpoint")
    order = {code: i for i, code in enumerate(CHECKPOINTS)}
    return [
        _item(code, posts, ctx) for code, posts in sorted(groups.items(), key=lambda g: order.get(g[0], 99))
    ]


def _item(code: str, posts: list[dict[str, Any]], ctx: ParseContext) -> Item:
    if code in CHECKPOINTS:
        _, zh, pt, en = CHECKPOINTS[code]
    else:
        number = code[2:]
        zh, pt, en = f"口岸（編號 {number}）", f"Posto fronteiriço n.º {number}", f"Checkpoint no. {number}"
    entry = _worst([p for p in posts if p["direction"] == "E"])
    leave = _worst([p for p in posts if p["direction"] == "D"])
    e_text, d_text = status_text(entry), status_text(leave)
    e_wait = STATUSES[entry][4] if entry in STATUSES else None
    d_wait = STATUSES[leave][4] if leave in STATUSES else None
    worst_rank = max((STATUSES[c][0] for c in (entry, leave) if c in STATUSES), default=0)
    times = [p["time"] for p in posts if p["time"]]
    published = max(times, default=None) or ctx.now
    return make_item(
        f"border-{code.lower()}",
        "border",
        "checkpoint",
        tri(
            f"{zh}：入境{e_text['zh']}，出境{d_text['zh']}",
            f"{pt}: entrada {e_text['pt']}, saída {d_text['pt']}",
            f"{en}: arrivals {e_text['en']}, departures {d_text['en']}",
        ),
        _wait_text(e_wait, d_wait, entry, leave),
        published=published,
        expires=later(published, STALE_AFTER_MINUTES),
        severity={3: 1, 4: 1, 5: 2}.get(worst_rank, 0),
        source="CPSP",
        data={
            "checkpoint": code,
            "name": tri(zh, pt, en),
            # Ints 1-5 as docs/API.md shows them; None for "no data" or a code outside that table.
            "entry_status": int(entry) if entry in STATUSES else None,
            "exit_status": int(leave) if leave in STATUSES else None,
            "entry_code": entry or None,
            "exit_code": leave or None,
            "entry_status_text": e_text,
            "exit_status_text": d_text,
            "entry_wait_minutes": e_wait,
            "exit_wait_minutes": d_wait,
            "posts": [
                {
                    "post": p["post"],
                    "direction": p["direction"],
                    "status": p["status"],
                    "time": p["time"].isoformat(timespec="minutes") if p["time"] else None,
                    "current": p["current"],
                    **p["raw"],
                }
                for p in posts
            ],
        },
    )


def _wait_text(e_wait: int | None, d_wait: int | None, entry: str, leave: str) -> Text:
    def part(wait: int | None, code: str) -> tuple[str, str, str]:
        if code == "5":
            return "暫停通行", "suspensa", "suspended"
        if wait is None:
            return "未有預計時間", "sem previsão", "no estimate"
        if code == "4":
            return "一小時以上", "mais de uma hora", "over an hour"
        return f"約{wait}分鐘", f"cerca de {wait} minutos", f"about {wait} minutes"

    ez, ep, ee = part(e_wait, entry)
    dz, dp, de = part(d_wait, leave)
    return tri(
        f"預計輪候時間：入境{ez}，出境{dz}。",
        f"Tempo de espera previsto: entrada {ep}; saída {dp}.",
        f"Expected waiting time: arrivals {ee}; departures {de}.",
    )
