"""Today never contradicts the status bar: once a backup is made and checked, its note
saying none has been made goes (issue 14, second trial: after the wizard's backup)."""

from __future__ import annotations

from coachdesk.vault import backups
from ui import ops, upkeep


def test_todays_backup_note_follows_the_backup(qtbot, window, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    backups.remember_folder(window.vault, str(folder))
    window.go_to("Today")
    note = window.today_page.backup_warning
    note.show_state(window.vault)
    qtbot.waitUntil(lambda: note.isVisible() and "No backup has been made" in note.words.text())
    upkeep.back_up(window)
    qtbot.waitUntil(lambda: not window.backing_up, timeout=20_000)
    ops.wait_for_all()
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=5_000)
    assert "Backup made and checked" in window.statusBar().currentMessage()
    assert any(folder.iterdir())
