"""The task runner: work on the DB worker, results on the GUI thread, changes on the bus."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.changebus import ChangeBus
from desktop.domain.changes import Changes
from desktop.tasks import DbWorker, TaskRunner


class FakeStore:
    def __init__(self) -> None:
        self.thread = threading.current_thread()
        self.closed = False

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def runner(qtbot: QtBot):  # type: ignore[no-untyped-def]
    bus = ChangeBus()
    worker = DbWorker(FakeStore)
    runner = TaskRunner(worker, bus)
    yield runner, bus
    worker.shutdown()


def test_query_runs_on_worker_and_answers_on_gui_thread(runner, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    task_runner, _bus = runner
    gui = threading.current_thread()
    seen: dict[str, object] = {}

    def work(store: FakeStore) -> str:
        seen["work_thread"] = threading.current_thread()
        seen["store_thread"] = store.thread
        return "result"

    def done(value: str) -> None:
        seen["value"] = value
        seen["done_thread"] = threading.current_thread()

    task_runner.query(work, done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["work_thread"] is not gui
    assert seen["store_thread"] is seen["work_thread"]  # the store was opened on its worker
    assert seen["done_thread"] is gui
    assert task_runner.pending == 0


def test_failure_reaches_on_failure(runner, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    task_runner, _bus = runner
    errors: list[BaseException] = []

    def boom(_store: FakeStore) -> None:
        raise ValueError("bad")

    task_runner.query(boom, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_write_publishes_its_changes_after_success(runner, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    task_runner, bus = runner
    order: list[str] = []
    bus.subscribe(lambda changes: order.append(f"bus:{sorted(changes.entities)}"))
    task_runner.write(lambda _s: ("ok", Changes.of(["favourite"])), lambda v: order.append(f"done:{v}"))
    qtbot.waitUntil(lambda: len(order) == 2)
    assert order == ["done:ok", "bus:['favourite']"]


def test_reopen_closes_the_old_store(qtbot: QtBot) -> None:
    stores: list[FakeStore] = []

    def opener() -> FakeStore:
        stores.append(FakeStore())
        return stores[-1]

    worker = DbWorker(opener)
    worker.submit(lambda s: s).result()
    worker.reopen(opener).result()
    assert stores[0].closed
    worker.submit(lambda s: s).result()
    assert len(stores) == 2
    worker.reopen(None).result()
    with pytest.raises(RuntimeError):
        worker.submit(lambda s: s).result()
    worker.shutdown()
