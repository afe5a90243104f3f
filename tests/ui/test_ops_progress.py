"""ops.run with progress: the worker's reports reach the GUI thread, in order, before success."""

from __future__ import annotations

from PySide6.QtCore import QThread

from ui import ops


def test_progress_reaches_the_gui_thread_before_success(qtbot, qapp):
    heard: list[tuple] = []

    def work(report) -> str:
        for step in range(3):
            report(step, 3)
        return "done"

    def progress(done: int, total: int) -> None:
        heard.append((done, total, QThread.currentThread() == qapp.thread()))

    def failure(exc: Exception) -> None:
        raise AssertionError(exc)

    ops.run(work, success=lambda result: heard.append(result), failure=failure,
            progress=progress)
    qtbot.waitUntil(lambda: "done" in heard, timeout=10_000)
    assert heard == [(0, 3, True), (1, 3, True), (2, 3, True), "done"]
    assert ops.idle()
