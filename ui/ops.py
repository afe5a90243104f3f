"""Vault work off the GUI thread, after Anki's ``aqt/operations``.

``run`` takes a function of no arguments (it closes over the vault), runs it
on one serial worker thread and calls ``success`` or ``failure`` back on the
GUI thread. The function never touches widgets. The vault's own lock keeps
the worker and the GUI thread from using its connection at the same time.
Long work that can count its steps takes a ``progress`` callback too: the work
is then handed a function to report with, and ``progress`` hears each report on
the GUI thread, before ``success``.

Two things every caller would otherwise write again:

- Failure by default: leave ``failure`` out and the coach is told what went wrong in a
  warning (``error_text``: the core's own words, never a stack trace).
- "Locked meanwhile": hand ``run`` the main window (``window``) and the results of work
  started over one vault are dropped if that vault is no longer the window's open vault
  when they arrive (locked, or another opened, meanwhile): the views they were meant for
  are gone. ``always`` still runs, first, whatever became of the work (to clear a flag or
  close a progress dialog).
- What changed: every write names the kinds of record it changes (coachdesk.changes), and
  the window hears them after each commit (ui.changes). A write made here, on the worker,
  is heard queued onto the GUI thread before ``success`` runs: the pages showing those
  records are current by then (or marked to read again when next shown), so no caller
  refreshes a page itself.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

_pool: QThreadPool | None = None
_running: set[_Relay] = set()
_after: list[tuple[set[_Relay], Callable[[], object]]] = []  # see after_running


class HoldsVault(Protocol):
    """The main window, as far as ``run`` needs it: the vault it has open, or None."""

    vault: Any


def error_text(exc: BaseException, fallback: str | None = None) -> str:
    """What went wrong, for the coach: the core's own message when it wrote one, else
    ``fallback``, else the kind of error (never a stack trace)."""
    from coachdesk.words import Words
    from ui.words import say_error

    if isinstance(getattr(exc, "words", None), Words):  # the core's sentence, translated
        return say_error(exc)  # type: ignore[arg-type]
    return getattr(exc, "message", None) or fallback or type(exc).__name__


def tell_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The default ``failure``: a warning with ``error_text``."""
    from ui import ask

    ask.warn(parent, QCoreApplication.translate("ops", "Not done"), error_text(exc))


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
            self._tell(self.relay.failed, exc)
        else:
            self._tell(self.relay.succeeded, result)

    @staticmethod
    def _tell(signal: Any, value: Any) -> None:
        with suppress(RuntimeError):  # CoachDesk ended while this ran: nobody is left to tell
            signal.emit(value)


def run(work: Callable[..., Any], *, success: Callable[[Any], None],
        failure: Callable[[Exception], None] | None = None,
        progress: Callable[..., None] | None = None, window: HoldsVault | None = None,
        always: Callable[[], None] | None = None) -> None:
    """Run ``work`` on the worker. With ``progress``, ``work`` is called with one argument,
    a function it may call with any arguments from the worker; ``progress`` gets them on
    the GUI thread (so a progress bar moves while the window stays responsive). Without
    ``failure``, a failure is told in a warning (over ``window`` when it is a widget).
    With ``window``, success, failure and progress are dropped once the vault the work
    started over is no longer ``window.vault``; ``always`` runs first in any case."""
    relay = _Relay()
    _running.add(relay)
    task = work
    started = window.vault if window is not None else None

    def current() -> bool:
        return window is None or window.vault is started

    told: Callable[[Exception], None] = failure or partial(
        tell_failure, window if isinstance(window, QWidget) else None)
    if progress is not None:
        report = progress

        def heard(args: tuple) -> None:
            if current():
                report(*args)

        relay.progressed.connect(heard)
        task = partial(work, lambda *args: relay.progressed.emit(args))

    def done(result: Any) -> None:
        _running.discard(relay)
        try:
            if always is not None:
                always()
            if current():
                success(result)
        finally:
            _ended(relay)

    def failed(exc: Exception) -> None:
        _running.discard(relay)
        try:
            if always is not None:
                always()
            if current():
                told(exc)
        finally:
            _ended(relay)

    relay.succeeded.connect(done)
    relay.failed.connect(failed)
    _serial_pool().start(_Task(task, relay))


def after_running(then: Callable[[], object]) -> None:
    """Run ``then`` once the operations running now have ended, each one's success or
    failure run first (at once when none is running): the first window is shown with
    the screen its opening ends on (ui.app)."""
    if _running:
        _after.append((set(_running), then))
    else:
        then()


def _ended(relay: _Relay) -> None:
    for entry in list(_after):
        entry[0].discard(relay)
        if not entry[0] and entry in _after:
            _after.remove(entry)
            entry[1]()


def idle() -> bool:
    """True when no operation is running (tests wait on this)."""
    return not _running


def wait_for_all(msecs: int = 30_000) -> bool:
    return _serial_pool().waitForDone(msecs)
