"""Settings → Security: a new key (or passphrase) reaches the backups when the coach
leaves the box ticked, with progress shown, the sync-history caveat said, and any
backup left under the old key named."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coachdesk import clients
from coachdesk import vault as vaults
from coachdesk.vault import backups, recovery
from ui import ask

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
CAVEAT = "version history"


def backups_in(vault, folder, count: int) -> list[backups.Backup]:
    backups.remember_folder(vault, str(folder))
    return [backups.make(vault, folder, now=START + timedelta(days=n)) for n in range(count)]


def shown(title: str) -> str:
    return next(text for t, text in ask.shown if t == title)


def new_code() -> str:
    return shown("Your new recovery code").rsplit("\n", 1)[-1]


def test_a_new_key_reaches_every_backup_when_the_box_is_ticked(qtbot, window, tmp_path):
    clients.add(window.vault, clients.ClientDraft("Backed up twice"))
    folder = tmp_path / "synced"
    made = backups_in(window.vault, folder, 2)
    old_key = window.vault._key
    window.go_to("Settings")
    ask.set_next_options(True)  # the box, ticked (as it is by default)
    ask.set_next_answers(True, True, True)  # change the key; the new code; what was done
    window.settings_page.rekey_button.click()
    assert window.key_change_progress is not None and window.key_change_progress.isVisible()
    qtbot.waitUntil(lambda: any(t == "Backups re-encrypted" for t, _ in ask.shown),
                    timeout=30_000)
    assert window.key_change_progress is None  # closed with the work
    question = shown("Change the vault's key")
    assert "[x] Re-encrypt the backups too (2 in the backup folder)" in question
    assert CAVEAT in question  # said before the coach chooses, too
    told = shown("Backups re-encrypted")
    assert "Backups re-encrypted with the new key: 2." in told
    assert CAVEAT in told and "beyond CoachDesk's reach" in told
    assert not any(t == "Older backups" for t, _ in ask.shown)  # nothing left to back up
    new_key = vaults.RawKey(recovery.decode(new_code()))
    assert window.vault._key.key == new_key.key
    for backup in made:
        backups.check(backup.path, new_key)
        with pytest.raises(backups.BackupFailed):
            backups.check(backup.path, old_key)


def test_a_cleared_box_leaves_the_backups_under_the_old_key(qtbot, window, tmp_path):
    folder = tmp_path / "usb"
    [made] = backups_in(window.vault, folder, 1)
    before = made.path.read_bytes()
    window.go_to("Settings")
    ask.set_next_options(False)
    ask.set_next_answers(True, True, False)  # change the key; the new code; no backup now
    window.settings_page.rekey_button.click()
    assert window.key_change_progress is None  # nothing to show progress of but the key
    qtbot.waitUntil(lambda: any(t == "Older backups" for t, _ in ask.shown), timeout=30_000)
    assert "still open with your old recovery code" in shown("Older backups")
    assert made.path.read_bytes() == before
    assert not any(t == "Backups re-encrypted" for t, _ in ask.shown)


def test_a_backup_left_under_the_old_key_is_named(qtbot, window, tmp_path):
    folder = tmp_path / "synced"
    [good] = backups_in(window.vault, folder, 1)
    bad = folder / "coachdesk-20260101-000000.coachdesk-backup"
    bad.write_bytes(b"\0" * 8192)
    window.go_to("Settings")
    ask.set_next_answers(True, True, True)  # the box keeps its default: ticked
    window.settings_page.rekey_button.click()
    qtbot.waitUntil(lambda: any(t == "Some backups keep the old key" for t, _ in ask.shown),
                    timeout=30_000)
    told = shown("Some backups keep the old key")
    assert f"• {bad.name}: it does not open with the vault's previous key" in told
    assert "Backups not re-encrypted: 1." in told and "Backups re-encrypted with the new " \
        "key: 1." in told
    assert CAVEAT in told
    backups.check(good.path, window.vault._key)


def test_a_new_passphrase_reaches_every_backup(qtbot, tmp_path):
    """The passphrase dialog carries the same box, ticked; afterwards the new passphrase
    (through SQLCipher's KDF) and the new code open every backup, the old ones none."""
    from PySide6.QtWidgets import QCheckBox

    from coachdesk.paths import VaultLocation
    from ui.main_window import MainWindow

    location = VaultLocation(tmp_path / "vault")
    vault = vaults.create(location, vaults.plan_passphrase_vault("river stone quiet lamp"))
    clients.add(vault, clients.ClientDraft("Passphrase client"))
    folder = tmp_path / "backups"
    made = backups_in(vault, folder, 2)
    window = MainWindow(location)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    window.go_to("Settings")
    window.settings_page.rekey_button.click()
    dialog = window.settings_page.dialog
    box = dialog.findChild(QCheckBox)
    assert box.isChecked() and "(2 in the backup folder)" in box.text()
    for key, text in (("current", "river stone quiet lamp"), ("new", "amber field slow tide"),
                      ("again", "amber field slow tide")):
        dialog.edits[key].setText(text)
    ask.set_next_answers(True, True)  # the new code; what was done
    dialog.save()
    qtbot.waitUntil(lambda: any(t == "Backups re-encrypted" for t, _ in ask.shown),
                    timeout=30_000)
    told = shown("Backups re-encrypted")
    assert "Your new passphrase and new recovery code open them" in told and CAVEAT in told
    code = new_code()
    window.lock(ask_first=False)
    for n, backup in enumerate(made):
        place = VaultLocation(tmp_path / f"copy-{n}")
        place.ensure_folder()
        place.vault_file.write_bytes(backup.path.read_bytes())
        with pytest.raises(vaults.WrongKey):
            vaults.unlock_with_passphrase(place, "river stone quiet lamp")
        vaults.unlock_with_passphrase(place, "amber field slow tide").close()
        vaults.unlock_with_recovery_code(place, code).close()
    window.close()
