"""The headless commands: argument wiring, account choice, ``sync --once`` and ``outbox list``."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from desktop import cli_sync
from desktop.profile import Profile, ProfileKind, account_key
from desktop.settings import Settings
from desktop.store import open_store
from desktop.sync.api import ApiClient
from tests.unit.sync.fakes import PASSWORD, FakeServer, raises

ROOT = Path(__file__).resolve().parents[2]
SERVER = "http://127.0.0.1:9"


def parse(*argv: str) -> argparse.Namespace:
    """As the app will wire it: main options, then the command with its own."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--server")
    parser.add_argument("--data-dir")
    cli_sync.add_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> FakeServer:
    fake = FakeServer()
    fake.fine("F-1")
    fake.fine("F-2")
    monkeypatch.setattr(cli_sync, "make_api", lambda url: ApiClient(url, transport=fake.transport()))
    return fake


def remember(data: Path, username: str = "demo", server: str = SERVER) -> str:
    key = account_key(server, username)
    Settings(data / "settings.json").set("last_account", {"key": key, "username": username, "server": server})
    return key


def cache(data: Path, key: str) -> Path:
    return Profile.open(ProfileKind.RESIDENT, data).cache_path(key)


def test_options_before_or_after_the_command(tmp_path: Path) -> None:
    before = parse("--server", SERVER, "--data-dir", str(tmp_path), "sync", "--once")
    after = parse("sync", "--once", "--server", SERVER, "--data-dir", str(tmp_path))
    for args in (before, after):
        assert (args.server, args.data_dir, args.cli_sync) == (SERVER, str(tmp_path), "sync")
        assert not args.force
    listing = parse("outbox", "list", "--json", "--state", "pending", "--state", "dead")
    assert listing.cli_sync == "outbox" and listing.state == ["pending", "dead"] and listing.json
    with pytest.raises(SystemExit):
        parse("sync")  # --once is required: there is no daemon mode here
    with pytest.raises(SystemExit):
        parse("outbox", "list", "--state", "lost")


def test_without_an_account_it_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_sync.run(parse("outbox", "list", "--data-dir", str(tmp_path))) == cli_sync.EXIT_USAGE
    assert "no account" in capsys.readouterr().err
    remember(tmp_path, server="https://elsewhere.example")
    code = cli_sync.run(parse("sync", "--once", "--data-dir", str(tmp_path), "--server", SERVER))
    assert code == cli_sync.EXIT_USAGE
    assert cli_sync.run(parse("sync", "--once", "--server", "ftp://x")) == cli_sync.EXIT_USAGE


def test_the_account_comes_from_the_flags_or_the_last_one(tmp_path: Path) -> None:
    profile = Profile.open(ProfileKind.RESIDENT, tmp_path)
    args = parse("sync", "--once", "--username", "lee", "--server", SERVER)
    named = cli_sync.resolve_account(args, profile)
    assert named == cli_sync.Account(account_key(SERVER, "lee"), "lee", SERVER)
    demo = cli_sync.resolve_account(parse("sync", "--once", "--username", "lee"), profile)
    assert demo.demo
    key = remember(tmp_path)
    assert cli_sync.resolve_account(parse("sync", "--once"), profile) == cli_sync.Account(key, "demo", SERVER)


def test_sync_once_signs_in_pushes_and_pulls(
    tmp_path: Path, server: FakeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    key = account_key(SERVER, "demo")
    with open_store(cache(tmp_path, key)) as store:
        payload = {"fine_id": "F-1", "amount": "600.00", "method": "card"}
        op = store.outbox.enqueue("pay_fine", "fine:F-1", payload)
    argv = ("sync", "--once", "--data-dir", str(tmp_path), "--server", SERVER, "--username", "demo")
    assert cli_sync.run(parse(*argv, "--password", PASSWORD)) == cli_sync.EXIT_OK
    out = capsys.readouterr().out.strip()
    assert out.startswith("sync ok; push: sent 1, acked 1, failed 0, waiting 0") and "\n" not in out
    assert server.effects == [(op.op_id, "F-1")]
    with open_store(cache(tmp_path, key)) as store:
        assert store.overlay.row("fine", "F-1").row == {**server.fines["F-1"]}
        assert store.outbox.get(op.op_id).acked_at is not None  # type: ignore[union-attr]
    # Next time the stored sign-in (the keyring) is enough.
    assert cli_sync.run(parse(*argv)) == cli_sync.EXIT_OK
    assert "sent 0" in capsys.readouterr().out


def test_sync_once_failures(
    tmp_path: Path, server: FakeServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ("sync", "--once", "--data-dir", str(tmp_path), "--server", SERVER, "--username", "demo")
    assert cli_sync.run(parse(*argv)) == cli_sync.EXIT_SIGN_IN  # nothing stored yet
    assert "sign-in required" in capsys.readouterr().err
    assert cli_sync.run(parse(*argv, "--password", "wrong")) == cli_sync.EXIT_SIGN_IN
    monkeypatch.setenv(cli_sync.PASSWORD_ENV, PASSWORD)
    server.fail("/v1/changes", raises(httpx.ConnectError))
    assert cli_sync.run(parse(*argv)) == cli_sync.EXIT_FAILED
    assert "sync failed" in capsys.readouterr().err
    with open_store(cache(tmp_path, account_key(SERVER, "demo"))) as store:
        store.outbox.enqueue("note", "memo", {})
    server.fail("/v1/ops/", raises(httpx.ConnectError))
    assert cli_sync.run(parse(*argv)) == cli_sync.EXIT_FAILED  # ops could not go
    assert "server unreachable" in capsys.readouterr().out


def test_outbox_list_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = remember(tmp_path)
    assert cli_sync.run(parse("outbox", "list", "--data-dir", str(tmp_path))) == 0
    assert capsys.readouterr().out.split() == ["OP", "ID", "KIND", "STREAM", "STATE", "ATTEMPTS", "AGE"]
    with open_store(cache(tmp_path, key)) as store:
        paid = store.outbox.enqueue("pay_fine", "fine:F-1", {"fine_id": "F-1", "amount": "600.00"})
        note = store.outbox.enqueue("note", "memo", {})
        store.outbox.discard(note.op_id)
    assert cli_sync.run(parse("outbox", "list", "--data-dir", str(tmp_path))) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and lines[1].split()[:5] == [paid.op_id, "pay_fine", "fine:F-1", "pending", "0"]
    assert lines[2].split()[3] == "discarded"
    pending = parse("outbox", "list", "--json", "--state", "pending", "--data-dir", str(tmp_path))
    assert cli_sync.run(pending) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["op_id"] == paid.op_id and item["money"] and item["state"] == "pending" and item["age_s"] >= 0


def test_the_headless_path_loads_no_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from desktop import cli_sync; import desktop.sync.push, desktop.sync.engine;"
        f" cli_sync.main(['outbox', 'list', '--data-dir', {str(tmp_path)!r}, '--username', 'u',"
        f" '--server', {SERVER!r}]);"
        " print('qt' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "no qt"
    module = subprocess.run(
        [sys.executable, "-m", "desktop.cli_sync", "outbox", "list", "--data-dir", str(tmp_path), "--json",
         "--username", "u", "--server", SERVER],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert module.returncode == 0 and json.loads(module.stdout) == []
