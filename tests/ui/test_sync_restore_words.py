"""A restore on a computer that syncs, from Settings and from the unlock screen: the
closing words say it syncs again as a new computer, under the letter its numbers carry
from now on (docs/sync.md, *Restoring a backup*)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from syncing import computer, pair, settle

from coachdesk import clients
from coachdesk.sync import practice
from coachdesk.vault import backups
from tests.damage import flip
from ui import ask
from ui.main_window import MainWindow
from ui.pages.unlock import PROBLEM


def test_the_restore_says_this_computer_syncs_under_a_new_letter(qtbot, tmp_path, asked):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    pair(a, [b], tmp_path / "Sync")
    folder = tmp_path / "backups"
    backups.remember_folder(a, str(folder))
    monday = backups.make(a, folder)
    clients.add(a, clients.ClientDraft("Ana Tuesday"))
    settle(a, b)
    window = MainWindow(a.location)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(a)
    window.go_to("Settings")
    ask.set_next_paths(str(monday.path))
    ask.set_next_answers(True, True)  # "Replace everything?", then "Restored"
    qtbot.mouseClick(window.settings_page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(title == "Restored" for title, _text in ask.shown),
                    timeout=30_000)
    told = next(text for title, text in ask.shown if title == "Restored")
    assert practice.settings(window.vault).label == "C"
    assert ("This computer now syncs as a new computer of the practice: the numbers it "
            "gives from now on carry the letter C.") in told
    assert [c.name for c in clients.get_many(window.vault, clients.list_ids(
        window.vault)).values()] == ["Ana Tuesday"]  # back from the folder
    window.close()
    b.close()


def test_the_unlock_screens_restore_says_it_too(qtbot, tmp_path, asked):
    """A damaged vault on a computer that syncs: the newest backup, from the unlock
    screen, comes back as a new computer of the practice, and the coach is told."""
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    pair(a, [b], tmp_path / "Sync")
    folder = tmp_path / "backups"
    backups.remember_folder(a, str(folder))
    backups.make(a, folder)
    clients.add(a, clients.ClientDraft("Ana Tuesday"))
    settle(a, b)
    location = a.location
    a.close()
    flip(location.vault_file, 2000)
    window = MainWindow(location)
    qtbot.addWidget(window)
    window.show()
    window.start()
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.mode == PROBLEM, timeout=10_000)
    asked.set_next_answers(True)  # "Restored"
    page.restore_button.click()
    qtbot.waitUntil(lambda: window.vault is not None and bool(asked.shown), timeout=30_000)
    title, told = asked.shown[-1]
    assert title == "Restored"
    assert "syncs as a new computer of the practice" in told and "letter C." in told
    assert [c.name for c in clients.get_many(window.vault, clients.list_ids(
        window.vault)).values()] == ["Ana Tuesday"]
    window.lock(ask_first=False)
    b.close()
