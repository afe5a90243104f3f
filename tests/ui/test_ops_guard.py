"""ops.run's defaults: a failure is told in the core's words when no one handles it, and
the results of work started over a vault that was locked meanwhile are dropped."""

from __future__ import annotations

from types import SimpleNamespace

from coachdesk.errors import CoachDeskError
from ui import ask, ops


def test_error_text_prefers_the_core_words_then_the_fallback_then_the_kind():
    assert ops.error_text(CoachDeskError("The disk is full.")) == "The disk is full."
    assert ops.error_text(OSError(28, "No space"), "Not saved.") == "Not saved."
    assert ops.error_text(ValueError("x")) == "ValueError"


def test_an_unhandled_failure_is_told(qtbot):
    def work():
        raise CoachDeskError("The backup folder is gone.")

    ask.set_next_answers(True)  # the warning's OK
    ops.run(work, success=lambda _result: None)
    qtbot.waitUntil(ops.idle, timeout=10_000)
    assert ask.shown[-1] == ("Not done", "The backup folder is gone.")


def test_results_are_dropped_when_the_vault_was_locked_meanwhile(qtbot):
    window = SimpleNamespace(vault=object())
    heard: list[object] = []

    def work(report):
        report(1)
        return "made"

    def lock_while_working(_step) -> None:
        heard.append("progress")
        window.vault = None  # the window locked: nothing after this may reach a view

    ops.run(work, success=heard.append, failure=heard.append, progress=lock_while_working,
            window=window, always=lambda: heard.append("always"))
    qtbot.waitUntil(ops.idle, timeout=10_000)
    assert heard == ["progress", "always"]


def test_results_arrive_while_the_same_vault_is_open(qtbot):
    window = SimpleNamespace(vault=object())
    heard: list[object] = []
    ops.run(lambda: "made", success=heard.append, window=window,
            always=lambda: heard.append("always"))
    qtbot.waitUntil(ops.idle, timeout=10_000)
    assert heard == ["always", "made"]
