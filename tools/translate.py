"""Keep the Qt Linguist catalogues in step with the code, and fill in translations.

    python -m tools.translate update            # scan desktop/ with lupdate into all three .ts files
    python -m tools.translate fill FILE.tsv     # update, then add the translations listed in FILE.tsv
    python -m tools.translate missing           # list messages still without a translation

FILE.tsv: one message per line, tab-separated: ``context  source  zh-Hant  pt  [en]``. ``context`` may be
``*`` (any context with that source text). Plural messages (``%n``) give their forms separated by ``|``
(Chinese has one form; Portuguese and English two). ``en`` defaults to the source text.
A file lock serialises runs, so two people translating at once do not overwrite each other.
"""

from __future__ import annotations

import fcntl
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
CATALOGUES = {"zh_Hant": "zh_TW", "pt": "pt_PT", "en": "en_GB"}


@contextmanager
def _locked() -> Iterator[None]:
    with open(I18N / ".translate.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _ts(lang: str) -> Path:
    return I18N / f"oneaccount_{lang}.ts"


def update() -> None:
    import subprocess

    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    for lang, qt_lang in CATALOGUES.items():
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-extensions",
                "py",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                qt_lang,
                str(ROOT / "desktop"),
                "-ts",
                str(_ts(lang)),
            ],
            check=True,
        )


def _read_tsv(path: Path) -> dict[tuple[str, str], dict[str, str | None]]:
    rows: dict[tuple[str, str], dict[str, str | None]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) not in (4, 5):
            raise SystemExit(f"{path.name}:{number}: expected 4 or 5 tab-separated fields")
        context, source, zh, pt = parts[:4]
        rows[(context, source)] = {"zh_Hant": zh, "pt": pt, "en": parts[4] if len(parts) == 5 else None}
    return rows


def fill(path: Path) -> list[tuple[str, str]]:
    rows = _read_tsv(path)
    missing: list[tuple[str, str]] = []
    for lang in CATALOGUES:
        tree = ET.parse(_ts(lang))
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for message in ctx.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                entry = rows.get((name, source)) or rows.get(("*", source))
                if lang == "en":
                    text = (entry or {}).get("en") or source
                elif entry is not None:
                    text = entry[lang] or ""
                else:
                    if translation.get("type") == "unfinished" and (lang, source) not in missing:
                        missing.append((name, source))
                    continue
                if message.get("numerus") == "yes":
                    for child in list(translation):
                        translation.remove(child)
                    translation.text = None
                    for form in text.split("|"):
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
        tree.write(_ts(lang), encoding="utf-8", xml_declaration=True)
        content = _ts(lang).read_text(encoding="utf-8")
        if "<!DOCTYPE TS>" not in content:
            _ts(lang).write_text(content.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")
    return missing


def missing() -> list[tuple[str, str, str]]:
    found = []
    for lang in CATALOGUES:
        for ctx in ET.parse(_ts(lang)).getroot().iter("context"):
            for message in ctx.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    found.append((lang, ctx.findtext("name") or "", message.findtext("source") or ""))
    return found


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "fill", "missing"):
        print(__doc__, file=sys.stderr)
        return 2
    with _locked():
        if argv[0] in ("update", "fill"):
            update()
        if argv[0] == "fill":
            if len(argv) != 2:
                print("usage: python -m tools.translate fill FILE.tsv", file=sys.stderr)
                return 2
            fill(Path(argv[1]))
        left = missing()
    for lang, context, source in left:
        print(f"untranslated [{lang}] {context}: {source}")
    return 1 if left and argv[0] == "missing" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
