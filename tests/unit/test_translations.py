"""Every visible string has a translation in all three languages, and the catalogues match the code."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.domain.text import LANGUAGES
from desktop.i18n import I18N_DIR, _lrelease, ts_path

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def _messages(path: Path) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            if translation.get("type") == "unfinished":
                forms = []
            found[(name, source)] = forms
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(ts_path(lang))
    assert messages, "empty catalogue"
    untranslated = [key for key, forms in messages.items() if not forms or not all(f.strip() for f in forms)]
    assert untranslated == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang: str) -> None:
    for (context, source), forms in _messages(ts_path(lang)).items():
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == expected, (context, source, form)


def test_catalogues_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """Run lupdate over the code into a scratch catalogue: it must hold nothing the real ones lack."""
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    scratch = tmp_path / "scan.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", str(ROOT / "desktop"), "-ts", str(scratch)],
        check=True,
        cwd=ROOT,
    )
    in_code = set(_messages(scratch))
    for lang in LANGUAGES:
        missing = in_code - set(_messages(ts_path(lang)))
        assert missing == set(), f"run lupdate and translate for {lang}: {sorted(missing)[:5]}"


def test_catalogues_compile(tmp_path: Path) -> None:
    for lang in LANGUAGES:
        out = tmp_path / f"{lang}.qm"
        subprocess.run([*_lrelease(), "-silent", str(ts_path(lang)), "-qm", str(out)], check=True)
        assert out.stat().st_size > 100
    assert I18N_DIR.is_dir()


def test_no_translated_text_hides_inside_an_f_string() -> None:
    """lupdate cannot see tr() inside an f-string: such text would silently stay in English."""
    pattern = re.compile(r"""\bf(["']).*\btr\(""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "desktop").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []
