"""The first window shows with the screen its opening ends on (issue 13, cold start): Today,
or what the unlock screen asks for, not an "Opening…" frame replaced a moment later; an
opening that takes longer still shows the window, with its "Opening…" words."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject

from coachdesk import vault as vaults
from ui import app as app_module
from ui import ops
from ui.app import start


class Paints(QObject):
    """Which of the watched screens were painted, in order."""

    def __init__(self, *screens) -> None:
        super().__init__()
        self.names = {id(screen): name for screen, name in screens}
        self.painted: list[str] = []
        for screen, _name in screens:
            screen.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            name = self.names.get(id(watched))
            if name is not None and (not self.painted or self.painted[-1] != name):
                self.painted.append(name)
        return False


def test_a_keyring_start_draws_today_first_not_the_opening_frame(qtbot, qapp, vault,
                                                                 monkeypatch):
    monkeypatch.setattr(app_module, "SHOWN_AT_LATEST_MS", 10_000)  # a busy test machine
    vault.close()  # the key stays in the (test) keyring: the vault opens by itself
    window, wizard = start(qapp, vault.location)
    qtbot.addWidget(window)
    assert wizard is None and not window.isVisible()  # its opening is under way
    paints = Paints((window.unlock_page, "unlock"), (window.today_page, "today"))
    qtbot.waitUntil(lambda: window.isVisible() and "today" in paints.painted, timeout=15_000)
    assert window.screens.currentWidget() is window.workspace
    assert paints.painted == ["today"]
    window.lock()


def test_a_start_that_must_ask_shows_the_question_at_once(qtbot, qapp, location, asked):
    vaults.create(location, vaults.plan_passphrase_vault("a long enough passphrase")).close()
    window, _ = start(qapp, location)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.isVisible(), timeout=15_000)  # no key: asked, not waited
    page = window.unlock_page
    assert window.screens.currentWidget() is page
    assert page.mode == "passphrase" and page.field.isVisible()


def test_a_long_opening_shows_the_window_with_its_opening_words(qtbot, qapp, vault,
                                                                 monkeypatch):
    monkeypatch.setattr(app_module, "SHOWN_AT_LATEST_MS", 50)
    window = app_module.MainWindow(vault.location)
    qtbot.addWidget(window)
    release = threading.Event()
    opened: list[str] = []
    ops.run(lambda: release.wait(10), success=lambda _r: opened.append("opened"))
    window.unlock_page.ask_for("keyring", "Opening your vault…")
    app_module.show_when_opened(window)
    assert not window.isVisible()
    qtbot.waitUntil(window.isVisible, timeout=5_000)  # the opening has not ended
    assert opened == [] and "Opening" in window.unlock_page.reason.text()
    release.set()
    qtbot.waitUntil(ops.idle, timeout=5_000)
    assert opened == ["opened"]


def test_after_running_waits_for_the_work_running_now_and_its_answer(qtbot):
    heard: list[str] = []
    ops.after_running(lambda: heard.append("at once"))  # nothing running: now
    assert heard == ["at once"]
    ops.run(lambda: 42, success=lambda n: heard.append(f"success {n}"))
    ops.after_running(lambda: heard.append("after"))
    ops.run(lambda: 1 / 0, success=lambda _r: heard.append("never"),
            failure=lambda exc: heard.append(type(exc).__name__))
    ops.after_running(lambda: heard.append("after both"))
    qtbot.waitUntil(lambda: "after both" in heard, timeout=5_000)
    assert heard == ["at once", "success 42", "after", "ZeroDivisionError", "after both"]
