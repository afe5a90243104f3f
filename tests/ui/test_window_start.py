"""The window's first moments: its actions work as soon as it shows, and its menus,
filled on the event loop's first turn, say what works."""

from __future__ import annotations

import warnings

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def menu_titles(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions() if a.menu() is not None]


def test_ctrl_l_locks_as_soon_as_the_window_shows_before_its_menus_are_filled(qtbot, vault,
                                                                            asked):
    win = MainWindow(vault.location)
    qtbot.addWidget(win)
    win.show()
    win.open_vault(vault)
    with warnings.catch_warnings():  # deprecated, but the one way without an event turn
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(win)  # as the desktop makes it active when it shows
    assert menu_titles(win) == []  # the event loop has not turned yet
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.vault is None and win.screens.currentWidget() is win.unlock_page
    win.close()


def test_the_menus_come_on_the_first_turn_and_are_greyed_while_locked(qtbot, vault, asked):
    win = MainWindow(vault.location)
    qtbot.addWidget(win)
    win.show()  # locked: the unlock screen
    qtbot.waitUntil(lambda: menu_titles(win) != [])
    assert menu_titles(win) == ["&File", "&Clients", "&Sponsors", "&Agreements", "&Reports",
                                "&Data protection", "&Go", "&Help"]
    enabled = {a.text(): a.isEnabled() for a in win.menuBar().actions()}
    assert enabled == {"&File": True, "&Clients": False, "&Sponsors": False,
                       "&Agreements": False, "&Reports": False, "&Data protection": False,
                       "&Go": False, "&Help": True}
    win.open_vault(vault)
    assert all(a.isEnabled() for a in win.menuBar().actions())
    file_menu = win.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if not a.isSeparator() and a.isVisible()] == [
        "&New client…", "&Edit client…", "Export &calendar file (.ics)…", "&Lock",
        "&Quit"]  # on Today: clients (Sync now shows only while the practice syncs)
    win.close()
