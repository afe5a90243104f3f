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
    filled: list[int] = []
    page.progress.valueChanged.connect(filled.append)
    page.backup_button.click()
    assert window.backing_up and page.progress.isVisible()  # shown while it runs
    qtbot.waitUntil(lambda: not window.backing_up, timeout=30_000)
    assert not page.progress.isVisible()
    assert 100 in filled and page.progress.maximum() == 0  # filled up; busy for the next
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


def test_restore_from_settings_brings_the_backup_back(qtbot, window, tmp_path):
    kept = clients.add(window.vault, clients.ClientDraft("From the backup"))
    made = backups.make(window.vault, tmp_path / "b")
    clients.add(window.vault, clients.ClientDraft("Typed after the backup"))
    window.go_to("Settings")
    ask.set_next_paths(str(made.path))
    ask.set_next_answers(True, True)  # "Replace everything?", then "Restored"
    window.settings_page.restore_button.click()
    assert window.settings_page.progress.isVisible()  # checked off the GUI thread, shown
    qtbot.waitUntil(lambda: any(title == "Restored" for title, _text in ask.shown),
                    timeout=30_000)
    assert window.vault is not None and window.current_page_name() == "Today"
    assert clients.list_ids(window.vault) == [kept.id]
    confirm = next(text for title, text in ask.shown if title == "Restore from a backup")
    made_on = f"{made.made_at.astimezone():%Y-%m-%d %H:%M}"
    assert f"with the backup made {made_on}?" in confirm  # which backup
    restored = next(text for title, text in ask.shown if title == "Restored")
    assert restored.startswith(f"Your vault now holds the records of the backup made {made_on}.")
    # The vault as it was (with the client typed after the backup) is kept, and opens.
    [before] = backups.kept_copies(window.vault.location)
    assert before.name in restored and ".before-restore-" in before.name
    from coachdesk import vault as vaults
    from coachdesk.paths import VaultLocation

    aside = VaultLocation(tmp_path / "aside")
    aside.folder.mkdir()
    (aside.folder / "vault.coachdesk").write_bytes(before.read_bytes())
    old = vaults.open_with_key(aside, window.vault._key)
    try:
        assert len(clients.list_ids(old)) == 2
    finally:
        old.close()


def test_a_damaged_backup_is_refused_in_words_of_restoring_and_the_vault_stays(
        qtbot, window, tmp_path):
    from tests.damage import flip

    clients.add(window.vault, clients.ClientDraft("Still here"))
    made = backups.make(window.vault, tmp_path / "b")
    flip(made.path, made.path.stat().st_size - 4096 + 100)  # its last page
    location = window.vault.location
    window.go_to("Settings")
    ask.set_next_paths(str(made.path))
    ask.set_next_answers(True)  # "Not restored": no question comes before it
    window.settings_page.restore_button.click()
    qtbot.waitUntil(lambda: ask.shown[-1][0] == "Not restored", timeout=30_000)
    said = ask.shown[-1][1]
    assert said == (f"The backup {made.path} (made {made.made_at.astimezone():%Y-%m-%d %H:%M}) "
                    "is damaged: it fails its check, so it cannot be restored. Choose the "
                    "backup folder instead: CoachDesk then restores the newest backup that "
                    "checks out. Nothing was restored, and nothing was changed.")
    assert "was not made" not in said and "Restore from a backup" not in dict(ask.shown)
    assert window.screens.currentWidget() is window.workspace  # still open, still working
    assert window.vault.location == location
    assert [c.name for c in clients.get_many(window.vault,
                                             clients.list_ids(window.vault)).values()] == [
        "Still here"]
    assert not window.settings_page.progress.isVisible()
    assert window.settings_page.restore_button.isEnabled()


def test_change_the_key_from_settings_and_see_the_new_code(qtbot, window, tmp_path):
    import pytest

    from coachdesk import vault as vaults

    kept = clients.add(window.vault, clients.ClientDraft("Still mine"))
    folder = tmp_path / "b"
    backups.remember_folder(window.vault, str(folder))
    backups.make(window.vault, folder)
    old_key = window.vault._key.key
    window.go_to("Settings")
    ask.set_next_options(False)  # backups keep the old key (test_key_change_backups: ticked)
    ask.set_next_answers(True, True, False)  # change it; the code shown; no backup now
    window.settings_page.rekey_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    qtbot.waitUntil(lambda: any(t == "Older backups" for t, _ in ask.shown), timeout=10_000)
    text = next(m for t, m in ask.shown if t == "Your new recovery code")
    code = text.rsplit("\n", 1)[-1]
    assert clients.list_ids(window.vault) == [kept.id]
    assert window.vault._key.key != old_key
    location = window.vault.location
    assert vaults.VaultInfo.read(location).new_key_unconfirmed is None  # the code was shown
    window.lock(ask_first=False)
    vaults.unlock_with_recovery_code(location, code).close()
    with pytest.raises(vaults.WrongKey):
        vaults.open_with_key(location, vaults.RawKey(old_key))


def test_change_the_passphrase_from_settings(qtbot, tmp_path):
    """A passphrase vault's Security button changes the passphrase: the current one is
    checked, the new one typed twice, and a new recovery code is shown."""
    import pytest
    from PySide6.QtWidgets import QLineEdit

    from coachdesk import vault as vaults
    from coachdesk.paths import VaultLocation
    from ui.main_window import MainWindow

    location = VaultLocation(tmp_path / "vault")
    plan = vaults.plan_passphrase_vault("river stone quiet lamp")
    vault = vaults.create(location, plan)
    kept = clients.add(vault, clients.ClientDraft("Still mine"))
    window = MainWindow(location)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    window.go_to("Settings")
    page = window.settings_page
    assert page.rekey_button.isEnabled() and "passphrase" in page.rekey_button.text()
    page.rekey_button.click()
    dialog = page.dialog
    assert all(e.echoMode() == QLineEdit.EchoMode.Password for e in dialog.edits.values())

    def attempt(current: str, new: str, again: str) -> None:
        for key, text in (("current", current), ("new", new), ("again", again)):
            dialog.edits[key].setText(text)
        dialog.save()

    attempt("river stone quiet lamb", "amber field slow tide", "amber field slow tide")
    assert "neither your current passphrase" in dialog.message.text()
    attempt("river stone quiet lamp", "amber field slow tide", "amber field slow tid")
    assert "not the same" in dialog.message.text()
    assert window.vault is vault  # nothing changed yet
    ask.set_next_answers(True)  # the new recovery code is shown
    attempt("river stone quiet lamp", "amber field slow tide", "amber field slow tide")
    qtbot.waitUntil(lambda: window.vault is not None and window.vault is not vault,
                    timeout=30_000)
    text = next(m for t, m in ask.shown if t == "Your new recovery code")
    code = text.rsplit("\n", 1)[-1]
    assert clients.list_ids(window.vault) == [kept.id]
    assert vaults.VaultInfo.read(location).new_key_unconfirmed is None  # code confirmed
    window.lock(ask_first=False)
    assert window.unlock_page.mode == "passphrase"
    vaults.unlock_with_passphrase(location, "amber field slow tide").close()
    vaults.unlock_with_recovery_code(location, code).close()
    with pytest.raises(vaults.WrongKey):
        vaults.unlock_with_passphrase(location, "river stone quiet lamp")
    window.close()
