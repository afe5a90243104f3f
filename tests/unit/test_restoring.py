"""Restoring a practice: on a new computer from the backup folder and the recovery code, and
over the vault in use with a backup from before a key change. Real SQLCipher files; each
result is checked as the coach would: the clients are there, the next start opens."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import keyring
import keyring.backends.fail
import pytest

from coachdesk import clients, settings
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups, recovery, rekey, restoring
from tests.damage import flip
from tests.laptops import PASSPHRASE, client_names, old_laptop


def restore_new_home(location, source, code):
    plan = restoring.prepare_new_home(location, source, code)
    return plan, restoring.carry_out(plan)


def test_a_new_computer_gets_the_practice_back_from_the_folder_and_the_code(
        location, tmp_path, memory_keyring):
    laptop = old_laptop(tmp_path)
    assert not location.exists()
    plan, done = restore_new_home(location, laptop.folder, laptop.code)
    try:
        assert plan.backup.path == laptop.made[-1].path  # the newest
        assert client_names(done.vault) == sorted(laptop.names)
        assert settings.get(done.vault, "coach_name") == "Sam Rivera"
        assert done.key_in_keyring and done.keyring_problem is None
        assert done.folder == str(laptop.folder)
        assert settings.get(done.vault, "backup_folder") == str(laptop.folder)
    finally:
        done.vault.close()
    info = json.loads(location.info_file.read_text())
    assert info["vault_id"] == laptop.vault_id and info["key_mode"] == "keyring"
    assert info["backup_folder"] == str(laptop.folder)
    assert info["keyring_backend"].endswith("MemoryKeyring")
    assert memory_keyring.get_password("CoachDesk", laptop.vault_id) == \
        recovery.decode(laptop.code).hex()
    # The next start opens by itself, and nothing was written into the backup folder.
    again = vaults.unlock_with_keyring(location)
    assert client_names(again) == sorted(laptop.names)
    again.close()
    assert sorted(p.name for p in laptop.folder.iterdir()) == sorted(
        b.path.name for b in laptop.made)


def test_the_newest_good_backup_is_chosen_and_the_damaged_one_named(location, tmp_path):
    laptop = old_laptop(tmp_path)
    newest = laptop.made[-1].path
    flip(newest, newest.stat().st_size - 4096 * 2 + 300)  # one page deep inside
    plan, done = restore_new_home(location, laptop.folder, laptop.code)
    done.vault.close()
    assert plan.backup.path == laptop.made[-2].path
    assert [(p.backup.path, p.why) for p in plan.passed_over] == [(newest, restoring.DAMAGED)]
    assert "damaged" in plan.passed_over[0].words.english()
    assert plan.newer_under_another_key == ()  # nothing to ask: damaged ones are passed over


def test_a_damaged_first_page_is_called_damaged_not_a_wrong_code(location, tmp_path):
    laptop = old_laptop(tmp_path, days=1)
    flip(laptop.made[0].path, 2000)
    with pytest.raises(restoring.RestoreFailed) as refused:
        restoring.prepare_new_home(location, laptop.made[0].path, laptop.code)
    assert "is damaged: it fails its check" in refused.value.message
    assert "does not open" not in refused.value.message


def test_a_wrong_or_mistyped_code_changes_nothing(location, tmp_path):
    laptop = old_laptop(tmp_path)
    other = vaults.plan_keyring_vault().recovery_code
    with pytest.raises(restoring.RestoreFailed) as refused:
        restoring.prepare_new_home(location, laptop.folder, other)
    assert refused.value.message.startswith(
        f"None of the backups in {laptop.folder} opens with this recovery code.")
    assert refused.value.message.endswith("Nothing was restored, and nothing was changed.")
    groups = laptop.code.split("-")
    groups[4] = groups[4][:-1] + ("0" if groups[4][-1] != "0" else "1")
    with pytest.raises(recovery.RecoveryCodeError,
                       match=rf"Group 5 \({groups[4]}\) looks mistyped"):
        restoring.prepare_new_home(location, laptop.folder, "-".join(groups))
    assert not location.exists()


def test_a_folder_without_backups_and_foreign_files_are_said_plainly(location, tmp_path):
    laptop = old_laptop(tmp_path, days=1)
    empty = tmp_path / "Documents"
    empty.mkdir()
    with pytest.raises(restoring.RestoreFailed, match="holds no CoachDesk backups"):
        restoring.prepare_new_home(location, empty, laptop.code)
    (empty / "vault.coachdesk").write_bytes(laptop.made[0].path.read_bytes())
    with pytest.raises(restoring.RestoreFailed, match="It does hold a vault file"):
        restoring.find(empty)
    plain = tmp_path / "notes.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    text = tmp_path / "coachdesk-20260314-091200.coachdesk-backup"
    text.write_text("half a download")
    zero = tmp_path / "zero.coachdesk-backup"
    zero.write_bytes(b"")
    for path, words in ((plain, "an ordinary, unencrypted database"),
                        (text, "only part of one"), (zero, "is empty"),
                        (tmp_path / "unplugged", "is not there now")):
        with pytest.raises(restoring.RestoreFailed, match=words):
            restoring.prepare_new_home(location, path, laptop.code)
    assert not location.exists()


def test_a_copy_of_the_vault_file_itself_restores_and_leaves_the_folder_unnamed(
        location, tmp_path):
    laptop = old_laptop(tmp_path, days=1)
    rescued = tmp_path / "from-the-old-disk" / "vault.coachdesk"
    rescued.parent.mkdir()
    rescued.write_bytes(laptop.made[0].path.read_bytes())
    plan, done = restore_new_home(location, rescued, laptop.code)
    try:
        # Not a backup folder: the vault keeps the folder it named, in both places.
        assert plan.folder is None
        assert done.folder == str(laptop.folder)
        assert vaults.VaultInfo.read(location).backup_folder == str(laptop.folder)
    finally:
        done.vault.close()


def test_a_passphrase_practice_opens_with_its_passphrase_on_the_new_computer(
        location, tmp_path, memory_keyring):
    laptop = old_laptop(tmp_path, passphrase=PASSPHRASE)
    _plan, done = restore_new_home(location, laptop.folder, laptop.code)
    try:
        assert done.key_mode == "passphrase" and not done.key_in_keyring
        assert rekey.passphrase_matches(done.vault, PASSPHRASE)
        assert not rekey.passphrase_matches(done.vault, PASSPHRASE + "!")
    finally:
        done.vault.close()
    assert memory_keyring.store == {}
    again = vaults.unlock_with_passphrase(location, PASSPHRASE)
    assert client_names(again) == sorted(laptop.names)
    again.close()


def test_without_a_keyring_the_practice_opens_and_the_code_is_asked_next_time(
        location, tmp_path):
    laptop = old_laptop(tmp_path, days=1)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    _plan, done = restore_new_home(location, laptop.folder, laptop.code)
    assert not done.key_in_keyring and "no system keyring" in done.keyring_problem.english()
    done.vault.close()
    with pytest.raises(vaults.KeyNeeded) as asked:
        vaults.unlock_with_keyring(location)
    assert asked.value.mode == "recovery"


def test_newer_backups_under_a_later_key_are_named_before_an_older_one_is_restored(
        plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    clients.add(vault, clients.ClientDraft("Before the key change"))
    older = backups.make(vault, folder)
    rotated = rekey.rotate(vault)  # the backups are not re-encrypted
    clients.add(rotated.vault, clients.ClientDraft("After the key change"))
    newer = backups.make(rotated.vault, folder, now=older.made_at + timedelta(hours=1))
    rotated.vault.close()
    fresh = VaultLocation(tmp_path / "new-computer")
    with_old = restoring.prepare_new_home(fresh, folder, plan.recovery_code)
    assert with_old.backup.path == older.path
    assert [p.backup.path for p in with_old.newer_under_another_key] == [newer.path]
    with_new = restoring.prepare_new_home(fresh, folder, rotated.recovery_code)
    assert with_new.backup.path == newer.path and with_new.passed_over == ()
    assert not fresh.exists()  # checking writes nothing


def test_a_vault_already_there_is_never_replaced_from_the_first_run(vault, tmp_path):
    laptop = old_laptop(tmp_path, days=1)
    before = vault.location.vault_file.read_bytes()
    with pytest.raises(restoring.RestoreFailed, match="A vault is already in"):
        restoring.prepare_new_home(vault.location, laptop.folder, laptop.code)
    assert vault.location.vault_file.read_bytes() == before


def test_settings_restore_of_a_backup_from_before_a_key_change_needs_its_code(
        plan_and_vault, tmp_path, memory_keyring):
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    backups.remember_folder(vault, str(folder))
    clients.add(vault, clients.ClientDraft("In the old backup"))
    old = backups.make(vault, folder)
    rotated = rekey.rotate(vault)
    vault = rotated.vault
    clients.add(vault, clients.ClientDraft("After the key change"))
    with pytest.raises(restoring.CodeNeeded) as needed:
        restoring.prepare_over(vault, old.path)
    assert "made before the key was changed" in needed.value.message
    with pytest.raises(restoring.RestoreFailed, match="Your recovery code does not open"):
        restoring.prepare_over(vault, old.path, rotated.recovery_code)
    ready = restoring.prepare_over(vault, old.path, plan.recovery_code)
    location = vault.location
    vault.close()
    done = restoring.carry_out(ready)
    try:
        assert client_names(done.vault) == ["In the old backup"]
        assert done.kept_aside is not None and ".before-restore-" in done.kept_aside.name
    finally:
        done.vault.close()
    # The keyring now holds the key that opens the restored vault: the next start opens.
    assert memory_keyring.get_password("CoachDesk", plan.vault_id) == plan.key.key.hex()
    again = vaults.unlock_with_keyring(location)
    assert client_names(again) == ["In the old backup"]
    again.close()


def test_a_refused_restore_speaks_of_restoring(vault, tmp_path):
    made = backups.make(vault, tmp_path / "b")
    location = vault.location
    vault.close()
    other = vaults.plan_keyring_vault()
    with pytest.raises(backups.BackupFailed) as refused:
        restoring.restore(location, made.path, other.recovery_code)
    assert "The backup was not made" not in refused.value.message
    assert refused.value.message == (
        f"The backup {made.path} does not open with your vault's key. Nothing was restored, "
        "and nothing was changed.")


def test_after_a_restore_the_info_file_names_the_folder_settings_shows(vault, tmp_path):
    """A throwaway vault with no backup folder restores another vault's backup (with that
    vault's code): vault.json named no folder while Settings showed one."""
    laptop = old_laptop(tmp_path, days=1)
    ready = restoring.prepare_over(vault, laptop.made[0].path, laptop.code)
    vault.close()
    done = restoring.carry_out(ready)
    try:
        shown = settings.get(done.vault, "backup_folder")
    finally:
        done.vault.close()
    assert shown == str(laptop.folder)
    assert vaults.VaultInfo.read(done.vault.location).backup_folder == shown


def test_a_backup_made_by_an_older_coachdesk_is_restored_and_brought_up_to_date(
        location, tmp_path):
    """A new computer gets today's CoachDesk; the backups were made by an older one."""
    import os

    import sqlcipher3

    from coachdesk import migrations

    key = os.urandom(32)
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "coachdesk-20250101-120000.coachdesk-backup"
    conn = sqlcipher3.connect(str(old), isolation_level=None)
    conn.execute(f"PRAGMA key = {vaults.RawKey(key).pragma_value()}")
    migrations.apply(conn, up_to=migrations.latest() - 1)
    now = "2025-01-01T12:00:00+00:00"
    conn.executescript(f"""
        INSERT INTO vault_info (key, value) VALUES ('vault_id', 'older-vault'),
                                                   ('key_mode', 'keyring');
        INSERT INTO clients (id, name, sort_name, created_at, updated_at)
            VALUES (1, 'From an older CoachDesk', 'older', '{now}', '{now}');
    """)
    conn.close()
    _plan, done = restore_new_home(location, folder, recovery.encode(key))
    try:
        assert client_names(done.vault) == ["From an older CoachDesk"]
        version = done.vault.read_one("PRAGMA user_version")[0]
        assert version == migrations.latest()
    finally:
        done.vault.close()
