"""Entry point: parses the command line, builds the QApplication, the context and the main window.

Start-up path discipline: nothing heavy (httpx, sqlite-utils, keyring, cv2, the server) is imported
before the first window is painted; the sync worker loads those in the background.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.config import AppConfig, ConfigError, build_config
from desktop.domain.text import LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from desktop.notify import AlertNotifier
    from desktop.reminders import ReminderScheduler

log = logging.getLogger("desktop")

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def _common_options(parser: argparse.ArgumentParser) -> None:
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--kiosk", action="store_true", help="public kiosk: full screen, session wiped at sign-out"
    )
    mode.add_argument(
        "--assisted", action="store_true", help="community-centre PC: session wiped at sign-out"
    )
    parser.add_argument("--server", metavar="URL", help="One Account server (default: embedded demo server)")
    parser.add_argument("--data-dir", metavar="DIR", help="where the resident profile keeps its data")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: zh-Hant)")
    parser.add_argument("--config", metavar="FILE", help="administrator's config file (JSON)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oneaccount",
        description="Macao One Account desktop client (澳門公共服務一戶通).",
        epilog="Headless commands (no window): 'sync --once' sends what is waiting and updates the cache; "
        "'outbox list' shows the operations saved on this computer. Add --help after either for details.",
    )
    _common_options(parser)
    parser.add_argument("--demo", action="store_true", help="run with the embedded demo server (the default)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    shot = sub.add_parser("screenshot", help="render one section with demo data to a PNG and exit")
    _common_options(shot)
    from desktop.views_catalogue import PAGE_NAMES, SUB_PAGES

    shot.add_argument("--page", required=True, choices=(*PAGE_NAMES, *SUB_PAGES))
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--size", default="1280x800", metavar="WxH")
    shot.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for demo data")
    return parser


def config_from_args(args: argparse.Namespace) -> AppConfig:
    return build_config(
        kiosk=args.kiosk,
        assisted=args.assisted,
        server=args.server,
        data_dir=args.data_dir,
        language=args.lang,
        config_file=args.config,
    )


def setup_logging(profile_dir: Path | None) -> None:
    """Log to stderr; a resident also gets a log file. Nothing personal or secret is ever logged."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if profile_dir is not None:
        try:
            profile_dir.mkdir(parents=True, exist_ok=True)
            handlers.append(logging.FileHandler(profile_dir / "oneaccount.log", encoding="utf-8"))
        except OSError:
            pass
    logging.basicConfig(
        level=os.environ.get("ONEACCOUNT_LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )
    # httpx logs every request URL at INFO; URLs carry no secrets, but the noise helps nobody.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def create_qapplication(argv: Sequence[str]) -> QApplication:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("One Account Desktop")
    app.setOrganizationName("Macao One Account")
    app.setApplicationDisplayName("澳門公共服務一戶通")
    font = QFont(app.font())
    # Prefer fonts that carry Traditional Chinese glyphs; Qt falls back per glyph anyway.
    font.setFamilies(
        ["Microsoft JhengHei UI", "PingFang TC", "Noto Sans CJK TC", "WenQuanYi Micro Hei", *font.families()]
    )
    app.setFont(font)
    return app


class Application:
    """One run of the GUI: QApplication, translations, context, main window."""

    def __init__(self, config: AppConfig, argv: Sequence[str] = ()) -> None:
        from desktop.context import AppContext
        from desktop.i18n import Translations
        from desktop.views.main_window import MainWindow

        self.qapp = create_qapplication(argv or [sys.argv[0]])
        self.ctx = AppContext(config)
        # The cache opens on the DB worker while the window is being built.
        self.ctx.db.warm_up()
        self.translations = Translations(self.qapp)
        self.translations.apply(self.ctx.language)
        self.ctx.language_changed.connect(self._on_language_changed)
        self.ctx.settings.subscribe(self._on_setting_changed)
        from desktop.theme import apply_theme

        apply_theme(self.qapp, bool(self.ctx.settings.get("high_contrast")))
        self.window = MainWindow(self.ctx)
        self._background_started = False
        self._services_started = False
        # Built by start_services(), once the window shows its content: the first frame needs none.
        self._tray: QSystemTrayIcon | None = None
        self.notifier: AlertNotifier | None = None
        self.reminders: ReminderScheduler | None = None

    def _make_tray(self) -> QSystemTrayIcon | None:
        """A tray icon where the desktop has a tray (never on a kiosk: nothing outside the app)."""
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QSystemTrayIcon

        if self.ctx.config.profile.value == "kiosk" or not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(QIcon(str(ICONS_DIR / "app.svg")), self.window)
        tray.setToolTip(self.window.windowTitle())
        tray.activated.connect(self._on_tray_activated)
        tray.show()
        return tray

    def _on_tray_activated(self, _reason: object) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _on_language_changed(self, lang: str) -> None:
        self.translations.apply(lang)

    def _on_setting_changed(self, key: str, value: object) -> None:
        if key == "high_contrast":
            from desktop.theme import apply_theme

            apply_theme(self.qapp, bool(value))

    def show(self) -> None:
        from PySide6.QtCore import QTimer

        if self.ctx.config.profile.value == "kiosk":
            self.window.showFullScreen()
        else:
            self.window.show()
        # Background work (sync, the demo server) starts once the first section has painted its cached
        # content, so it never competes with the first paint; the timer is a fallback.
        self.window.content_ready.connect(self._on_content_ready)
        self._fallback = QTimer(self.window)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._start_background)
        self._fallback.start(1500)

    def _on_content_ready(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._start_background)  # after the paint the new content asked for

    def _start_background(self) -> None:
        if not self._background_started:
            self._background_started = True
            self._fallback.stop()
            _calm_the_garbage_collector()
            _hand_the_interpreter_over_sooner()
            self.start_services()

    def start_services(self, *, reminders: bool = True) -> None:
        """Sync, alert notifications, memo reminders and the tray icon (once)."""
        if self._services_started:
            return
        self._services_started = True
        from desktop.notify import AlertNotifier
        from desktop.reminders import ReminderScheduler

        self._tray = self._make_tray()
        self.notifier = AlertNotifier(self.ctx, self._tray)
        self.notifier.alert_shown.connect(self.window.show_alert)
        self.reminders = ReminderScheduler(self.ctx, self._tray)
        self.reminders.reminder_due.connect(self.window.show_reminder)
        self.ctx.start()
        if reminders:
            self.reminders.start()

    def close(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
        self.window.close()
        self.ctx.shutdown()
        self.translations.remove()


def _calm_the_garbage_collector() -> None:
    """Fewer, shorter collector pauses on the GUI thread.

    A pull decodes tens of thousands of short-lived objects; with the default thresholds a full
    collection (30–100 ms holding the interpreter) runs many times per big pull and stalls the window.
    Everything alive after start-up is frozen out of future collections, and young collections wait
    for more allocations. Memory stays bounded: reference counting frees almost everything at once.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    gc.enable()


def _hand_the_interpreter_over_sooner() -> None:
    """Shorter waits for the GUI thread when a worker is busy in Python.

    Every model and delegate callback (``rowCount``, ``data``, ``paint``) takes the interpreter lock
    again, and a painting view makes hundreds of them. While the sync worker decodes a pull page,
    each of those waits for the switch interval (5 ms by default) before the worker is asked to let
    go: a repaint that costs 15 ms of work took 40–50 ms. At 1 ms the longest stall during a
    100,000-change pull fell to ~30 ms (bench.pull), with the same pull rate.
    """
    sys.setswitchinterval(0.001)


def run(config: AppConfig) -> int:
    # No collector passes while the window is built: start-up creates objects that live as long as
    # the app, and scanning them again and again bought nothing (about 1 % of the start-up). It comes
    # back, tuned, once the first content is painted (_calm_the_garbage_collector).
    gc.disable()
    setup_logging(None)
    app = Application(config)
    if not app.ctx.profile.ephemeral:
        setup_logging(app.ctx.profile.data_dir)
    _install_bench_probe(app)
    app.show()
    try:
        return int(app.qapp.exec())
    finally:
        app.close()


def _install_bench_probe(app: Application) -> None:
    """``ONEACCOUNT_BENCH_FIRST_PAINT=1``: print when the feed is painted with cached content, then quit."""
    if os.environ.get("ONEACCOUNT_BENCH_FIRST_PAINT") != "1":
        return
    from desktop.bench_probe import FirstPaintProbe

    app._probe = FirstPaintProbe(app.window)  # type: ignore[attr-defined]


#: Headless commands handled by desktop.cli_sync (no Qt); kept off the GUI's start path.
HEADLESS_COMMANDS = ("sync", "outbox")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in HEADLESS_COMMANDS:
        from desktop.cli_sync import main as headless_main

        return headless_main(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    try:
        config = config_from_args(args)
    except ConfigError as exc:
        parser.error(str(exc))  # exits 2 with the message
    if args.command == "screenshot":
        from desktop.screenshot import take_screenshot

        return take_screenshot(
            config, page=args.page, out=Path(args.out), size=args.size, timeout_s=args.timeout
        )
    return run(config)


if __name__ == "__main__":
    sys.exit(main())
