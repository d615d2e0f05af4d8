"""``python -m desktop.eid`` and the QR round trip: token → PNG → decode → verify, exit codes, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop.capture import qr
from desktop.eid import qrcodes
from desktop.eid.__main__ import main
from desktop.eid.authority import Authority
from desktop.eid.demo import demo_wallet
from desktop.eid.holder import EidWallet
from desktop.eid.request import MadeRequest
from desktop.eid.verify import Verifier
from tests.unit.eid.samples import ASKED, BANK

ROOT = Path(__file__).resolve().parents[3]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any] | None, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


@pytest.fixture
def published(authority: Authority, tmp_path: Path, wallet: EidWallet) -> tuple[Path, Path]:
    keys, revocations = tmp_path / "published.json", tmp_path / "revocations.json"
    keys.write_text(authority.published_keys().to_json(), encoding="utf-8")
    revocations.write_text(authority.revocation_list().to_json(), encoding="utf-8")
    return keys, revocations


def iso(moment: datetime) -> str:
    return moment.isoformat()


def test_qr_round_trip_of_show_and_share(
    verifier: Verifier, wallet: EidWallet, request_qr: MadeRequest, tmp_path: Path, now: datetime
) -> None:
    show = wallet.show(now)
    assert qrcodes.read_png(qrcodes.write_png(show, tmp_path / "show.png")) == show
    share = wallet.share(BANK, request_qr.nonce, ASKED, now, user_verified=True)
    # 4 pixels a module, the smallest docs/EID.md allows on screen (at 3, OpenCV misses about 1 in 12).
    image = qr.matrix_image(qrcodes.token_matrix(share), module_px=4)
    decoded = qr.decode(np.ascontiguousarray(image))
    assert decoded == share
    assert verifier.verify(decoded, nonce=request_qr.nonce).fields["name_zh"] == "陳大文"
    assert verifier.verify(show).kind == "show"
    assert len(qrcodes.token_matrix(show)) < len(qrcodes.token_matrix(share))


def test_cli_verifies_a_share_from_a_png(
    capsys: pytest.CaptureFixture[str],
    published: tuple[Path, Path],
    wallet: EidWallet,
    request_qr: MadeRequest,
    tmp_path: Path,
    now: datetime,
) -> None:
    keys, revocations = published
    png = qrcodes.write_png(
        wallet.share(BANK, request_qr.nonce, ASKED, now, user_verified=True), tmp_path / "s.png"
    )
    common = ["--keys", str(keys), "--revocations", str(revocations), f"--nonce={request_qr.nonce}"]
    code, out, err = run(capsys, "verify", str(png), *common, "--institution", BANK, "--now", iso(now))
    assert code == 0 and out is not None and out["valid"] and out["type"] == "share"
    assert out["fields"] == {"name_zh": "陳大文", "name_pt": "Chan Tai Man", "id_number_masked": "1****67(8)",
                             "age_over_18": True}  # fmt: skip
    assert out["subject"]["resident_id"] == "usr-demo" and out["institution"]["name"]["en"] == "Demo Bank"
    assert out["revocation_checked"] and out["demo"] and out["issued_at"].endswith("+08:00")
    assert "DEMO keys" in err  # the key set says demo, so the command line says it too
    # Five minutes later the same image has expired.
    code, out, err = run(capsys, "verify", str(png), *common, "--now", iso(now + timedelta(minutes=5)))
    assert code == 1 and out == {"valid": False, "reason": "expired", "message": out["message"]}  # type: ignore[index]
    assert out["message"].startswith("expired") and "not valid: expired" in err  # type: ignore[index]


def test_cli_reasons_for_failing(
    capsys: pytest.CaptureFixture[str],
    authority: Authority,
    published: tuple[Path, Path],
    wallet: EidWallet,
    request_qr: MadeRequest,
    tmp_path: Path,
    now: datetime,
) -> None:
    keys, revocations = published
    share = wallet.share(BANK, request_qr.nonce, ASKED, now, user_verified=True)
    base = ["--keys", str(keys), "--now", iso(now)]

    def reason(token: str, *extra: str) -> str:
        code, out, _ = run(capsys, "verify", token, *base, *extra)
        assert code == 1 and out is not None and not out["valid"]
        return str(out["reason"])

    assert reason(share, "--nonce", "A" * 22) == "wrong-nonce"
    assert reason(share) == "nonce-required"
    assert reason(share, f"--nonce={request_qr.nonce}", "--fields", "name_zh") == "not-requested"
    cut = share.rsplit(".", 1)
    tampered = cut[0] + "." + cut[1][::-1]
    assert reason(tampered, f"--nonce={request_qr.nonce}") in ("bad-signature", "malformed")
    assert reason("OAE9.e30.AA") == "unsupported-version"
    # Revoked: the resident bound a new device; the old device's codes fail against the new list.
    old_show = wallet.show(now)
    demo_wallet(authority, now)
    revocations.write_text(authority.revocation_list().to_json(), encoding="utf-8")
    code, out, _ = run(capsys, "verify", old_show, *base, "--revocations", str(revocations))
    assert code == 1 and out is not None and out["reason"] == "revoked"
    assert out["message"].startswith("revoked key")


def test_cli_replay_cache_across_runs(
    capsys: pytest.CaptureFixture[str],
    published: tuple[Path, Path],
    wallet: EidWallet,
    tmp_path: Path,
    now: datetime,
) -> None:
    keys, _ = published
    show = wallet.show(now)
    args = [
        "verify",
        show,
        "--keys",
        str(keys),
        "--now",
        iso(now),
        "--replay-cache",
        str(tmp_path / "seen.db"),
    ]
    code, _, err = run(capsys, *args)
    assert code == 0 and "no --revocations" in err
    code, out, _ = run(capsys, *args)
    assert code == 1 and out is not None and out["reason"] == "replayed"


def test_cli_usage_errors(
    capsys: pytest.CaptureFixture[str],
    published: tuple[Path, Path],
    wallet: EidWallet,
    tmp_path: Path,
    now: datetime,
) -> None:
    keys, _ = published
    show = wallet.show(now)
    code, _, err = run(capsys, "verify", show)
    assert code == 2 and "--keys" in err  # no key set: nothing to trust
    (tmp_path / "junk.png").write_bytes(b"not an image")
    blank = tmp_path / "blank.png"
    qr.write_png(((False,) * 21,) * 21, blank)
    for args in (
        ["verify", str(tmp_path / "junk.png"), "--keys", str(keys)],
        ["verify", str(blank), "--keys", str(keys)],
        ["verify", show, "--keys", str(tmp_path / "missing.json")],
        ["verify", show, "--keys", str(keys), "--now", "2026-11-27T10:00:00"],
        ["verify", show, "--keys", str(keys), "--fields", "shoe_size"],
        ["request", "--institution", BANK, "--fields", "name_zh", "--purpose", "x"],
    ):
        code, out, err = run(capsys, *args)
        assert code == 2 and out is None and "error:" in err, args
    with pytest.raises(SystemExit) as exc:
        main(["verify"])
    assert exc.value.code == 2


def test_cli_for_institutions(capsys: pytest.CaptureFixture[str], tmp_path: Path, now: datetime) -> None:
    keys = tmp_path / "demo-keys.json"
    code, out, _ = run(capsys, "demo-keys", "--out", str(keys), "--revocations", str(tmp_path / "rev.json"))
    assert code == 0 and out is not None and out["demo"] is True
    png = tmp_path / "request.png"
    ask = ["request", "--institution", BANK, "--fields", "name_zh,age_over_18", "--purpose", "開戶"]
    ask += ["--purpose-en", "Opening an account", "--demo", "--out", str(png), "--now", iso(now)]
    code, made, _ = run(capsys, *ask)
    assert code == 0 and made is not None and made["fields"] == ["name_zh", "age_over_18"] and png.exists()
    code, out, _ = run(capsys, "verify", str(png), "--keys", str(keys), "--now", iso(now))
    assert code == 0 and out is not None and out["type"] == "request"
    assert out["request"]["nonce"] == made["nonce"]
    assert out["request"]["purpose"] == {"zh": "開戶", "pt": "開戶", "en": "Opening an account"}
    # A new institution's key pair: the private file stays private, the public half is for the authority.
    key_file = tmp_path / "shop.key.json"
    code, out, _ = run(capsys, "keys", "--institution", "shop-1", "--out", str(key_file))
    assert code == 0 and out is not None and set(out["register"]) == {"kty", "crv", "kid", "x", "institution"}
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert run(capsys, "keys", "--institution", "shop-1", "--out", str(key_file))[0] == 2  # never overwritten
    code, made, _ = run(capsys, "request", "--institution", "shop-1", "--fields", "phone", "--purpose", "x",
                        "--key", str(key_file), "--now", iso(now))  # fmt: skip
    assert code == 0 and made is not None
    code, out, _ = run(capsys, "verify", made["token"], "--keys", str(keys), "--now", iso(now))
    assert code == 1 and out is not None and out["reason"] == "unknown-institution"


def test_python_dash_m(wallet: EidWallet, now: datetime) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.eid", "verify", wallet.show(now), "--demo", "--now", iso(now)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["subject"]["name"] == "陳大文"
    assert "DEMO" in result.stderr
