"""Vault work off the GUI thread, after Anki's ``aqt/operations``.

``run`` takes a function of no arguments (it closes over the vault), runs it
on one serial worker thread and calls ``success`` or ``failure`` back on the
GUI thread. The function never touches widgets. The vault's own lock keeps
the worker and the GUI thread from using its connection at the same time.
Long work that can count its steps takes a ``progress`` callback too: the work
is then handed a function to report with, and ``progress`` hears each report on
the GUI thread, before ``success``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_pool: QThreadPool | None = None
_running: set[_Relay] = set()


def _serial_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals arrive here queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)  # the arguments of one report, as a tuple


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the failure callback on the GUI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


def run(work: Callable[..., Any], *, success: Callable[[Any], None],
        failure: Callable[[Exception], None],
        progress: Callable[..., None] | None = None) -> None:
    """Run ``work`` on the worker. With ``progress``, ``work`` is called with one argument,
    a function it may call with any arguments from the worker; ``progress`` gets them on
    the GUI thread (so a progress bar moves while the window stays responsive)."""
    relay = _Relay()
    _running.add(relay)
    task = work
    if progress is not None:
        relay.progressed.connect(lambda args: progress(*args))
        task = partial(work, lambda *args: relay.progressed.emit(args))

    def done(result: Any) -> None:
        _running.discard(relay)
        success(result)

    def failed(exc: Exception) -> None:
        _running.discard(relay)
        failure(exc)

    relay.succeeded.connect(done)
    relay.failed.connect(failed)
    _serial_pool().start(_Task(task, relay))


def idle() -> bool:
    """True when no operation is running (tests wait on this)."""
    return not _running


def wait_for_all(msecs: int = 30_000) -> bool:
    return _serial_pool().waitForDone(msecs)
