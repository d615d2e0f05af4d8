"""Server-shaped rows and changes for store tests."""

from __future__ import annotations

import sqlite3
from typing import Any


def loc(zh: str, pt: str = "", en: str = "") -> dict[str, str]:
    return {"zh": zh, "pt": pt or zh, "en": en or zh}


def department(dep_id: str = "DSI", **over: Any) -> dict[str, Any]:
    row = {
        "id": dep_id,
        "abbr": dep_id,
        "name": loc(f"{dep_id}局", f"Direcção {dep_id}", f"Bureau {dep_id}"),
        "appointment": True,
        "address_change": False,
        "sort": 1,
    }
    row.update(over)
    return row


def service(service_id: str = "ps-1", **over: Any) -> dict[str, Any]:
    row = {
        "id": service_id,
        "department_id": "DSI",
        "category": "identity",
        "category_name": loc("身份證明", "Identificação", "Identity"),
        "title": loc(f"服務 {service_id}", f"Serviço {service_id}", f"Service {service_id}"),
        "summary": loc("摘要", "Resumo", "Summary"),
        "keywords": loc("", "", ""),
        "high_frequency": False,
        "bookable": True,
        "online": True,
        "popularity": 10,
        "procedure": {"fees": loc("免費", "Gratuito", "Free")},
    }
    row.update(over)
    return row


def feed_item(item_id: str = "f-1", **over: Any) -> dict[str, Any]:
    row = {
        "id": item_id,
        "category": "news",
        "kind": "press",
        "severity": 0,
        "level": "",
        "pinned": False,
        "title": loc(f"新聞 {item_id}", f"Notícia {item_id}", f"News {item_id}"),
        "body": loc("內容", "Texto", "Body"),
        "published_at": "2026-11-27T18:30:00+08:00",
        "expires_at": None,
        "source": "GCS",
        "data": {"n": 1},
    }
    row.update(over)
    return row


def put(entity: str, row: dict[str, Any], version: int = 1) -> dict[str, Any]:
    return {"entity": entity, "id": row["id"], "op": "put", "row": row, "version": version}


def delete(entity: str, row_id: str, version: int = 2) -> dict[str, Any]:
    return {"entity": entity, "id": row_id, "op": "delete", "row": None, "version": version}


def gram_postings(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every ``(token, search key)`` of the gram index (contentless: read through fts5vocab)."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.gram_vocab USING fts5vocab(main, search_grams, row)"
    )
    out: list[tuple[Any, ...]] = []
    for (token,) in conn.execute("SELECT term FROM temp.gram_vocab ORDER BY term").fetchall():
        sql = "SELECT rowid FROM search_grams WHERE search_grams MATCH ? ORDER BY rowid"
        out.extend(("search_grams", token, key) for (key,) in conn.execute(sql, (f'"{token}"',)))
    return out
