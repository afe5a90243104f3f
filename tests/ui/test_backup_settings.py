"""Backups from Settings: choose a folder, back up now off the GUI thread, and daily at unlock."""

from __future__ import annotations

from coachdesk import clients, settings
from coachdesk.vault import backups
from ui import ask, ops


def test_choose_a_folder_and_back_up_now(qtbot, window, tmp_path):
    clients.add(window.vault, clients.ClientDraft("Backed Up"))
    window.go_to("Settings")
    page = window.settings_page
    assert not page.backup_button.isEnabled()
    assert "No folder chosen" in page.backup_folder.text()
    folder = tmp_path / "usb-drive"
    folder.mkdir()
    ask.set_next_paths(str(folder))
    page.folder_button.click()
    assert page.backup_folder.text() == str(folder)
    assert settings.get(window.vault, "backup_folder") == str(folder)
    page.backup_button.click()
    assert window.backing_up and page.progress.isVisible()  # shown while it runs
    qtbot.waitUntil(lambda: not window.backing_up, timeout=30_000)
    assert not page.progress.isVisible()
    [made] = backups.in_folder(folder)
    assert "Last backup" in page.backup_status.text() and "1 kept here" in page.backup_status.text()
    assert "Backup made and checked" in window.statusBar().currentMessage()
    assert made.path.stat().st_size > 0


def test_a_daily_backup_happens_at_the_first_unlock_only(qtbot, window, tmp_path):
    folder = tmp_path / "synced"
    folder.mkdir()
    settings.put(window.vault, "backup_folder", str(folder))
    window.back_up_if_due()
    qtbot.waitUntil(lambda: not window.backing_up, timeout=30_000)
    assert len(backups.in_folder(folder)) == 1
    window.back_up_if_due()  # already one today
    ops.wait_for_all()
    qtbot.waitUntil(lambda: not window.backing_up, timeout=30_000)
    assert len(backups.in_folder(folder)) == 1


def test_a_missing_backup_drive_is_said_plainly(qtbot, window, tmp_path):
    settings.put(window.vault, "backup_folder", str(tmp_path / "unplugged"))
    window.go_to("Settings")
    window.settings_page.show_backups()
    assert "not there now" in window.settings_page.backup_status.text()
    window.back_up_if_due()  # no folder: nothing happens, nothing breaks
    assert not window.backing_up
