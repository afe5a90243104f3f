"""A start draws Today before the work Today does not need: the window's icon and the
listening for a second start come after Today's first paint (not after the "Opening…"
frame drawn while the vault opens), or a second on when no vault opens by itself."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject

from coachdesk import vault as vaults
from ui import app as app_module
from ui import ops
from ui.main_window import MainWindow


class Paints(QObject):
    """Counts the paints a widget receives."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_icon_and_the_listening_wait_for_today_to_be_drawn(qtbot, plan_and_vault, asked):
    _plan, vault = plan_and_vault
    location = vault.location
    vault.close()
    window = MainWindow(location)
    qtbot.addWidget(window)
    today, unlock = Paints(window.today_page), Paints(window.unlock_page)
    seen: list[tuple[int, bool]] = []  # (Today's paints, the vault open) when it ran
    app_module.after_the_first_screen(
        window, lambda: seen.append((today.count, window.vault is not None)))
    window.show()
    qtbot.waitUntil(lambda: unlock.count > 0)  # the frame drawn while the vault opens
    assert not seen
    window.start()  # opens by itself: the key is in the keyring
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    [(today_paints, opened)] = seen  # once, with the vault open and Today drawn
    assert opened and today_paints >= 1
    window.lock(ask_first=False)
    window.start()  # unlocking again runs nothing a second time
    qtbot.waitUntil(lambda: window.vault is not None)
    qtbot.wait(100)
    assert len(seen) == 1
    window.lock(ask_first=False)


def test_with_no_vault_opening_by_itself_they_run_a_second_on(qtbot, location, asked):
    vaults.create(location, vaults.plan_passphrase_vault("correct horse battery")).close()
    window = MainWindow(location)
    qtbot.addWidget(window)
    ran: list[float] = []
    started = time.monotonic()
    app_module.after_the_first_screen(window, lambda: ran.append(time.monotonic() - started))
    window.start()  # a passphrase vault: the unlock screen asks, and stays
    window.show()
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    assert window.vault is None
    assert ran[0] >= 0.9 * app_module.SETTLED_MS / 1000  # Qt's timers: within 5%


def test_an_opening_still_under_way_is_waited_for(qtbot, location, asked):
    """A slow opening (a large vault on a slow disk) past the first second: nothing runs
    while it may still draw Today; once it is over and Today is not coming, it runs."""
    vaults.create(location, vaults.plan_passphrase_vault("correct horse battery")).close()
    window = MainWindow(location)
    qtbot.addWidget(window)
    ran: list[bool] = []
    app_module.after_the_first_screen(window, lambda: ran.append(ops.idle()))
    window.show()
    ops.run(lambda: time.sleep(app_module.SETTLED_MS * 1.5 / 1000), success=lambda _: None)
    qtbot.wait(int(app_module.SETTLED_MS * 1.2))
    assert not ran
    qtbot.waitUntil(lambda: bool(ran), timeout=10_000)
    assert ran == [True]
