"""Make the screenshots in docs/screenshots from the real app, offscreen, with the reference server.

    python -m tools.docshots [NAME ...]      # all of them, or only those named

Each shot starts a reference server in test mode (demo data), runs the app against it on a throw-away
profile, drives it to the state worth showing, and saves the window as a PNG.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def _pump(seconds: float, until: Callable[[], bool] | None = None) -> bool:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until is None


class Session:
    """A test-mode reference server and the app signed in to it."""

    def __init__(self, lang: str, size: tuple[int, int] = (1366, 820)) -> None:
        import httpx

        from desktop.app import Application
        from desktop.config import AppConfig
        from desktop.demo import EmbeddedServer

        self.scratch = Path(tempfile.mkdtemp(prefix="oneaccount-docshots-"))
        self.server = EmbeddedServer(self.scratch / "server", extra_args=("--test-mode",))
        self.url = self.server.start()
        self.http = httpx.Client(base_url=self.url, timeout=30)
        config = AppConfig(
            server_url=self.url, data_dir=self.scratch / "data", language=lang, remember_sign_in=False
        )
        self.app = Application(config)
        self.app.window.resize(*size)
        self.app.window.show()
        self.app.ctx.start()
        status = self.app.ctx.sync.status
        _pump(30, lambda: self.app.ctx.sync.status.connection.value == "online")
        self.app.ctx.sync.sign_in("demo", "demo")
        if not _pump(60, lambda: self.app.ctx.sync.status.last_sync is not None):
            raise RuntimeError(f"no sync: {status}")

    def test_call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json() if response.content else None

    def sync(self) -> None:
        before = self.app.ctx.sync.status.last_sync
        self.app.ctx.sync.sync_now(manual=True)
        _pump(
            30,
            lambda: (
                self.app.ctx.sync.status.last_sync != before
                and self.app.ctx.sync.status.activity.value == "idle"
            ),
        )
        _pump(1.0)

    def save(self, name: str) -> Path:
        _pump(0.8)
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{name}.png"
        if not self.app.window.grab().save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        print(f"wrote {path.relative_to(ROOT)}")
        return path

    def close(self) -> None:
        self.app.close()
        self.http.close()
        self.server.stop()
        shutil.rmtree(self.scratch, ignore_errors=True)


def typhoon(lang: str = "zh-Hant") -> None:
    """My information while the scripted typhoon has signal No. 8 up."""
    session = Session(lang)
    try:
        session.test_call("POST", "/v1/_test/typhoon", json={"pace": 0.05})
        _pump(
            20, lambda: any("8" in label for label in session.test_call("GET", "/v1/_test/typhoon")["done"])
        )
        session.test_call("DELETE", "/v1/_test/typhoon")
        session.sync()
        session.app.window.show_page("feed")
        session.save(f"feed-typhoon-{lang}")
    finally:
        session.close()


def receipt(lang: str = "zh-Hant") -> None:
    """A traffic fine paid through the outbox, with its receipt."""
    session = Session(lang)
    try:
        window = session.app.window
        window.show_page("services")
        page = window.page("services")
        page.show_payments()
        panel = page.payments
        _pump(10, lambda: any(p.key == "fine:F-10001" for p in panel.model.items))
        item = next(p for p in panel.model.items if p.key == "fine:F-10001")
        panel.model.pay(item, "mpay")
        _pump(30, lambda: any(p.key == "fine:F-10001" and p.status == "paid" for p in panel.model.items))
        tree = panel.tree
        for top in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(top)
            for child in range(group.childCount() if group else 0):
                node = group.child(child) if group else None
                if node is not None and node.data(0, 0x0100) == "fine:F-10001":
                    tree.setCurrentItem(node)
        session.save(f"payment-receipt-{lang}")
    finally:
        session.close()


def search() -> None:
    """My services searched as a resident types, in each language, with the first result open."""
    for lang, query in (("zh-Hant", "出生"), ("pt", "certidao"), ("en", "certificate")):
        session = Session(lang, (1280, 800))
        try:
            window = session.app.window
            window.show_page("services")
            page = window.page("services")
            _pump(10, lambda page=page: page.model.total > 0)  # type: ignore[misc]
            page.search.setText(query)
            _pump(10, lambda page=page, q=query: page.model.query == q and bool(page.model.highlights))  # type: ignore[misc]
            page.list.setCurrentIndex(page.model.index(0, 0))
            session.save(f"search-{lang}")
        finally:
            session.close()


SHOTS: dict[str, Callable[[], None]] = {
    "feed-typhoon": typhoon,
    "payment-receipt": receipt,
    "search": search,
}


def main(argv: list[str]) -> int:
    names = argv or list(SHOTS)
    unknown = [n for n in names if n not in SHOTS]
    if unknown:
        print(f"unknown shots: {', '.join(unknown)}; known: {', '.join(SHOTS)}", file=sys.stderr)
        return 2
    for name in names:
        SHOTS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
