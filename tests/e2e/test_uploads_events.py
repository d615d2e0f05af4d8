"""Uploads and server-sent events against the real reference server process, through the fault proxy:
an upload resumed from the server's offset after a cancel and after a lost answer, refusals, an alert
reaching the listener in under 2 s, and a resume with Last-Event-ID after the connection broke."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.sync.api import ApiClient
from desktop.sync.auth import AuthSession, MemoryTokenStore
from desktop.sync.errors import OfflineError
from desktop.sync.events import Event, EventListener, ListenerState, StopReason
from desktop.sync.uploads import ResumableUploader, UploadCancelled, UploadProgress, UploadRejected
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.server import ServerProcess, running_server

CHUNK = 64 * 1024
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not all((ROOT / "server" / "routes" / f"{name}.py").exists() for name in ("uploads", "events")),
    reason="the reference server has no upload or event endpoints in this tree",
)


class Recording(httpx.HTTPTransport):
    """The real transport, noting each request's method, path and headers (to see offsets, ids)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, httpx.Headers]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, request.url.path, request.headers.copy()))
        return super().handle_request(request)

    def patch_offsets(self) -> list[int]:
        return [int(h["upload-offset"]) for m, _, h in self.sent if m == "PATCH"]

    def last_event_ids(self) -> list[str | None]:
        return [h.get("last-event-id") for m, p, h in self.sent if p == "/v1/events"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("server"), "--demo", "--test-mode") as server:
        yield server


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy(int(server.url.rsplit(":", 1)[1])) as proxy:
        yield proxy


@pytest.fixture
def recording() -> Recording:
    return Recording()


@pytest.fixture
def session(proxy: FaultProxy, recording: Recording) -> Iterator[AuthSession]:
    session = AuthSession(ApiClient(proxy.url, transport=recording, timeout=10.0), MemoryTokenStore())
    session.login("demo", "demo")
    yield session
    session.api.close()


def content(size: int, seed: int) -> bytes:
    return hashlib.shake_256(seed.to_bytes(4, "big")).digest(size)


def server_upload(server: ServerProcess, session: AuthSession, upload_id: str) -> dict[str, Any]:
    with server.client() as client:
        response = client.get(
            f"/v1/uploads/{upload_id}", headers={"Authorization": f"Bearer {session.access_token()}"}
        )
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


# -- uploads ------------------------------------------------------------------------------------------


def test_cancelled_upload_resumes_from_the_servers_offset(
    server: ServerProcess, session: AuthSession, recording: Recording
) -> None:
    data = content(CHUNK * 5 + 123, seed=1)
    cancel = threading.Event()
    saved: list[UploadProgress] = []

    def progress(p: UploadProgress) -> None:
        saved.append(p)  # what the outbox would persist
        if p.offset >= 2 * CHUNK:
            cancel.set()

    uploader = ResumableUploader(session)
    with pytest.raises(UploadCancelled):
        uploader.upload(data, "image/jpeg", cancel=cancel, chunk_size=CHUNK, on_progress=progress)
    upload_id = saved[-1].upload_id
    assert uploader.offset(upload_id) == 2 * CHUNK  # the server's HEAD

    recording.sent.clear()
    result = ResumableUploader(session).upload(data, "image/jpeg", chunk_size=CHUNK)
    assert result.upload_id == upload_id and result.sha256 == hashlib.sha256(data).hexdigest()
    assert [m for m, _, _ in recording.sent[:2]] == ["POST", "HEAD"]
    assert recording.patch_offsets() == [2 * CHUNK, 3 * CHUNK, 4 * CHUNK, 5 * CHUNK]
    stored = server_upload(server, session, upload_id)
    assert stored["complete"] is True and stored["offset"] == len(data) == stored["size"]
    assert stored["sha256"] == result.sha256


def test_an_answer_lost_in_a_cut_resumes_after_the_bytes_that_landed(
    server: ServerProcess, session: AuthSession, recording: Recording, proxy: FaultProxy
) -> None:
    data = content(CHUNK * 5, seed=2)

    def progress(p: UploadProgress) -> None:
        if p.offset == 2 * CHUNK:
            # The third PATCH reaches the server, which stores it; its answer never comes back.
            proxy.set(Fault.DROP_RESPONSE)

    uploader = ResumableUploader(session)
    with pytest.raises(OfflineError):
        uploader.upload(data, "video/mp4", chunk_size=CHUNK, on_progress=progress)
    proxy.heal()
    recording.sent.clear()
    result = uploader.upload(data, "video/mp4", chunk_size=CHUNK)
    # Not from 0, not from what the client last heard (2 chunks): from what the server holds (3).
    assert recording.patch_offsets() == [3 * CHUNK, 4 * CHUNK]
    assert server_upload(server, session, result.upload_id)["complete"] is True

    recording.sent.clear()
    assert uploader.upload(data, "video/mp4") == result  # content-addressed: nothing to send
    assert [m for m, _, _ in recording.sent] == ["POST"]


@pytest.mark.parametrize(
    ("size", "mime", "status", "slug"),
    [
        (10, "text/x-shellscript", 415, "unsupported-media-type"),
        (21 * 1024 * 1024, "image/jpeg", 413, "upload-too-large"),
    ],
)
def test_refusals_are_final(session: AuthSession, size: int, mime: str, status: int, slug: str) -> None:
    with pytest.raises(UploadRejected) as info:
        ResumableUploader(session).upload(bytes(size), mime)
    assert (info.value.status, info.value.slug) == (status, slug)


# -- events -------------------------------------------------------------------------------------------


class Listening:
    """An EventListener on its own thread, as the app runs it."""

    def __init__(self, session: AuthSession, last_event_id: str | None = None) -> None:
        self.events: list[Event] = []
        self.arrived: list[float] = []
        self.changed = threading.Condition()
        self.cancel = threading.Event()
        self.listener = EventListener(
            session,
            on_event=self._on_event,
            on_state=self._on_state,
            cancel=self.cancel,
            last_event_id=last_event_id,
            initial_delay=0.2,
        )
        self.result: list[StopReason] = []
        self.thread = threading.Thread(target=lambda: self.result.append(self.listener.run()), daemon=True)

    def _on_event(self, event: Event) -> None:
        with self.changed:
            self.events.append(event)
            self.arrived.append(time.monotonic())
            self.changed.notify_all()

    def _on_state(self, state: ListenerState) -> None:
        with self.changed:
            self.changed.notify_all()

    def wait(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        with self.changed:
            return self.changed.wait_for(predicate, timeout)

    def wait_open(self) -> None:
        assert self.wait(lambda: self.listener.state is ListenerState.OPEN), "the stream did not open"

    def alert(self, feed_item_id: str) -> Event | None:
        for event in self.events:
            if event.type == "alert" and event.json().get("feed_item_id") == feed_item_id:
                return event
        return None

    def __enter__(self) -> Listening:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.listener.stop()
        self.thread.join(5)
        assert self.result == [StopReason.CANCELLED]


def publish_alert(server: ServerProcess, feed_item_id: str) -> float:
    row = {
        "id": feed_item_id,
        "category": "alert",
        "kind": "typhoon_signal",
        "severity": 8,
        "level": "8",
        "pinned": True,
        "title": {"zh": "八號風球信號", "pt": "Sinal n.º 8", "en": "Signal No. 8"},
        "body": {"zh": "請留在室內。", "pt": "Fique em casa.", "en": "Stay indoors."},
        "published_at": "2026-09-15T09:00:00+08:00",
        "expires_at": None,
        "source": "SMG",
        "data": {"signal": "8"},
    }
    sent = time.monotonic()
    server.test_call(
        "POST", "/v1/_test/entities", json={"entity": "feed_item", "id": feed_item_id, "row": row}
    )
    return sent


def test_an_alert_reaches_the_listener_in_under_two_seconds(
    server: ServerProcess, session: AuthSession
) -> None:
    with Listening(session) as listening:
        listening.wait_open()
        sent = publish_alert(server, "alert-e2e-signal-8")
        assert listening.wait(lambda: listening.alert("alert-e2e-signal-8") is not None, 2.0)
        event = listening.alert("alert-e2e-signal-8")
        assert event is not None and event.id is not None
        assert listening.arrived[listening.events.index(event)] - sent < 2.0
        body = event.json()
        assert body["severity"] == 8 and body["title"]["en"] == "Signal No. 8"


def test_a_broken_stream_resumes_with_last_event_id_and_misses_nothing(
    server: ServerProcess, session: AuthSession, proxy: FaultProxy, recording: Recording
) -> None:
    with Listening(session) as listening:
        listening.wait_open()
        publish_alert(server, "alert-e2e-before")
        assert listening.wait(lambda: listening.alert("alert-e2e-before") is not None)
        seen_id = listening.listener.last_event_id
        # The line breaks and stays down while two more alerts go out.
        proxy.set(Fault.RESET)
        proxy.reset_all()
        assert listening.wait(lambda: listening.listener.state is not ListenerState.OPEN)
        publish_alert(server, "alert-e2e-while-down-1")
        publish_alert(server, "alert-e2e-while-down-2")
        proxy.heal()
        assert listening.wait(lambda: listening.alert("alert-e2e-while-down-2") is not None, 10.0), (
            "the alerts sent while the line was down never came"
        )
        assert listening.alert("alert-e2e-while-down-1") is not None
    assert listening.listener.connections >= 2
    assert seen_id in recording.last_event_ids()[1:]  # the reconnect asked to resume after it
    ids = [int(e.id) for e in listening.events if e.id is not None]
    assert ids == sorted(set(ids))  # in order, nothing delivered twice


def test_a_restarted_app_resumes_from_the_saved_event_id(server: ServerProcess, session: AuthSession) -> None:
    with Listening(session) as first:
        first.wait_open()
        publish_alert(server, "alert-e2e-first-run")
        assert first.wait(lambda: first.alert("alert-e2e-first-run") is not None)
    saved = first.listener.last_event_id
    assert saved is not None
    publish_alert(server, "alert-e2e-while-closed")  # the app is closed now
    with Listening(session, last_event_id=saved) as second:
        assert second.wait(lambda: second.alert("alert-e2e-while-closed") is not None)
        assert second.alert("alert-e2e-first-run") is None
