"""Interface languages: our Qt Linguist catalogues plus Qt's own (dialog buttons and the like).

``.ts`` files in ``resources/i18n`` are the source; ``.qm`` files are built from them by
``python -m desktop.i18n build`` (the install step runs it) and, if missing, on first use.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.text import LANGUAGES

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CATALOGUE = "oneaccount"
#: Our language code -> (file suffix of our catalogue, Qt's catalogue locale, QLocale name).
_LOCALES = {
    "zh-Hant": ("zh_Hant", "zh_TW", "zh_Hant_MO"),
    "pt": ("pt", "pt_BR", "pt_PT"),  # Qt ships Brazilian Portuguese for its own strings only
    "en": ("en", "en", "en_GB"),
}


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{_LOCALES[lang][0]}.ts"


def qm_path(lang: str) -> Path:
    return ts_path(lang).with_suffix(".qm")


def locale_for(lang: str) -> QLocale:
    return QLocale(_LOCALES[lang][2])


def _lrelease() -> list[str]:
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return [str(binary)]


def build(langs: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Compile the ``.ts`` catalogues to ``.qm`` (only those older than their source)."""
    import subprocess  # only when building; this module is on the start path

    built = []
    for lang in langs:
        src, out = ts_path(lang), qm_path(lang)
        if out.exists() and out.stat().st_mtime >= src.stat().st_mtime:
            continue
        done = subprocess.run([*_lrelease(), "-silent", str(src), "-qm", str(out)], check=False)
        if done.returncode != 0:
            raise RuntimeError(f"lrelease failed on {src.name} (exit {done.returncode})")
        built.append(out)
    return built


class Translations:
    """Installs the translators of one language into the application, replacing the previous ones."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def remove(self) -> None:
        """Uninstall this object's translators (the app is closing, or a test is done)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = None

    def apply(self, lang: str) -> None:
        if lang not in _LOCALES:
            raise ValueError(f"unknown language {lang!r}")
        if lang == self.language:
            return
        self.remove()
        qm = qm_path(lang)
        if not qm.exists() or qm.stat().st_mtime < ts_path(lang).stat().st_mtime:
            try:
                build((lang,))
            except (OSError, RuntimeError) as exc:
                log.error("Could not build the %s translations: %s", lang, exc)
        ours = QTranslator(self._app)
        if ours.load(str(qm_path(lang))):
            self._installed.append(ours)
        else:
            log.error("Translations for %s are missing (%s)", lang, qm_path(lang).name)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self._app)
        if qt_own.load(f"qtbase_{_LOCALES[lang][1]}", qt_dir):
            self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(locale_for(lang))
        self.language = lang


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] != ["build"]:
        print("usage: python -m desktop.i18n build", file=sys.stderr)
        return 2
    for path in build():
        print(f"built {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
