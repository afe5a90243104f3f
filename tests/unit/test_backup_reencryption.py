"""A new key reaches the backups: after a key or passphrase change, every backup in the
folder opens with the new key (or passphrase, or code) and none with the old one. Real
SQLCipher files throughout; each copy is opened as a coach would open it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coachdesk import clients, notes
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups, recovery, rekey, restoring
from coachdesk.vault.vault import file_salt
from tests.damage import flip

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def three_backups(vault, folder):
    """Three backups a day apart, the vault changing between them."""
    made = []
    for day in range(3):
        clients.add(vault, clients.ClientDraft(f"Client of day {day}"))
        made.append(backups.make(vault, folder, now=START + timedelta(days=day)))
    return made


def copy_as_vault(backup_path, tmp_path, name):
    """Put a backup where a vault goes, to open it as the coach would."""
    location = VaultLocation(tmp_path / name)
    location.ensure_folder()
    location.vault_file.write_bytes(backup_path.read_bytes())
    return location


def opens_with_code(backup_path, tmp_path, code, name) -> int:
    """How many clients the backup holds, opened with a recovery code."""
    copy = vaults.unlock_with_recovery_code(copy_as_vault(backup_path, tmp_path, name), code)
    try:
        return len(clients.list_ids(copy))
    finally:
        copy.close()


def root_page(path, key, table: str) -> int:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")  # CoachDesk's pages
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()


def test_after_a_key_change_only_the_new_code_opens_the_backups(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    made = three_backups(vault, folder)
    other = folder / "notes-to-self.txt"  # not CoachDesk's: never touched
    other.write_text("mine")
    steps = []
    rotated = rekey.rotate(vault, backup_folder=folder,
                           progress=lambda done, total: steps.append((done, total)))
    try:
        assert rotated.backups.rewritten == tuple(b.path.name for b in
                                                  backups.in_folder(folder))
        assert rotated.backups.failed == () and rotated.backups.complete
        assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    finally:
        rotated.vault.close()
    assert other.read_text() == "mine"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [other.name] + [b.path.name for b in made])  # no partial copy left, names kept
    for n, backup in enumerate(made):
        assert oct(backup.path.stat().st_mode & 0o777) == "0o600"
        with pytest.raises(backups.BackupFailed):
            backups.check(backup.path, plan.key)  # the old key opens none of them
        with pytest.raises(vaults.WrongKey):
            opens_with_code(backup.path, tmp_path, plan.recovery_code, f"old-{n}")
        # The new code opens each, with the records it held when it was made.
        assert opens_with_code(backup.path, tmp_path, rotated.recovery_code, f"new-{n}") == n + 1
    # Restore still works: the newest re-encrypted backup, with the new code.
    restored = restoring.restore(rotated.vault.location, made[-1].path, rotated.recovery_code)
    try:
        assert len(clients.list_ids(restored)) == 3
    finally:
        restored.close()


def test_after_a_passphrase_change_the_new_passphrase_opens_the_backups(location, tmp_path):
    """A passphrase backup is opened with the passphrase through SQLCipher's KDF over the
    file's salt: the re-encrypted copies keep the vault's salt, so the new passphrase
    derives their new key, and the new recovery code (that key) opens them too."""
    plan = vaults.plan_passphrase_vault("river stone quiet lamp")
    vault = vaults.create(location, plan)
    folder = tmp_path / "backups"
    made = three_backups(vault, folder)
    salt = file_salt(location.vault_file)
    changed = rekey.change_passphrase(vault, "river stone quiet lamp", "amber field slow tide",
                                      backup_folder=folder)
    vaults.code_written_down(changed.vault)
    changed.vault.close()
    assert changed.backups.rewritten == tuple(b.path.name for b in backups.in_folder(folder))
    for n, backup in enumerate(made):
        assert file_salt(backup.path) == salt
        old_place = copy_as_vault(backup.path, tmp_path, f"old-{n}")
        with pytest.raises(vaults.WrongKey):
            vaults.unlock_with_passphrase(old_place, "river stone quiet lamp")
        with pytest.raises(vaults.WrongKey):
            opens_with_code(backup.path, tmp_path, plan.recovery_code, f"old-code-{n}")
        copy = vaults.unlock_with_passphrase(copy_as_vault(backup.path, tmp_path, f"new-{n}"),
                                             "amber field slow tide")
        try:
            assert len(clients.list_ids(copy)) == n + 1
        finally:
            copy.close()
        assert opens_with_code(backup.path, tmp_path, changed.recovery_code,
                               f"new-code-{n}") == n + 1
    # Restore with the new code, then the vault unlocks with the new passphrase as before.
    restoring.restore(location, made[0].path, changed.recovery_code).close()
    again = vaults.unlock_with_passphrase(location, "amber field slow tide")
    try:
        assert len(clients.list_ids(again)) == 1
    finally:
        again.close()


def test_a_backup_that_cannot_be_re_encrypted_is_named_and_left_as_it_was(plan_and_vault,
                                                                         tmp_path):
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    client = clients.add(vault, clients.ClientDraft("Many notes"))
    for n in range(200):
        notes.add(vault, client.id, f"note {n} " + "words " * 100)
    good = backups.make(vault, folder, now=START)
    damaged = backups.make(vault, folder, now=START + timedelta(days=1))
    # Damage the first page of the notes themselves: their copy cannot be read.
    broken = flip(damaged.path, (root_page(damaged.path, plan.key, "notes") - 1) * 4096 + 1000)
    # A backup from before an earlier key change: neither the old key nor the new opens it.
    earlier = folder / "coachdesk-20260101-090000.coachdesk-backup"
    other_location = VaultLocation(tmp_path / "earlier")
    other = vaults.create(other_location, vaults.plan_keyring_vault())
    backups.make(other, tmp_path / "scratch", now=datetime(2026, 1, 1, 9, tzinfo=UTC))
    other.close()
    earlier.write_bytes(next((tmp_path / "scratch").iterdir()).read_bytes())
    earlier_bytes = earlier.read_bytes()

    rotated = rekey.rotate(vault, backup_folder=folder)
    rotated.vault.close()
    done = rotated.backups
    assert done.rewritten == (good.path.name,)
    assert not done.complete
    failed = {name: why.english() for name, why in done.failed}  # said as the coach reads it
    assert set(failed) == {damaged.path.name, earlier.name}
    assert "its records could not be copied: it may be damaged" in failed[damaged.path.name]
    assert "does not open with the vault's previous key" in failed[earlier.name]
    # Left exactly as they were: still the coach's to keep or delete, nothing half-written.
    assert damaged.path.read_bytes() == broken
    assert earlier.read_bytes() == earlier_bytes
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    backups.check(good.path, vaults.RawKey(recovery.decode(rotated.recovery_code)))
    with pytest.raises(backups.BackupFailed):
        backups.check(good.path, plan.key)


def test_a_backup_with_a_change_cut_off_beside_it_is_left_alone(plan_and_vault, tmp_path):
    """A -journal beside a backup would be replayed onto the new file: never replaced."""
    plan, vault = plan_and_vault
    made = backups.make(vault, tmp_path / "backups")
    before = made.path.read_bytes()
    journal = made.path.with_name(made.path.name + "-journal")
    journal.write_bytes(b"cut off")
    done = backups.reencrypt_all(tmp_path / "backups", plan.key,
                                 vaults.RawKey(bytes(range(32))))
    [(name, why)] = done.failed
    assert name == made.path.name and "cut off" in why.english()
    assert made.path.read_bytes() == before and journal.exists()


def test_a_folder_that_is_not_there_is_said_not_skipped(plan_and_vault, tmp_path):
    _plan, vault = plan_and_vault
    rotated = rekey.rotate(vault, backup_folder=tmp_path / "unplugged")
    rotated.vault.close()
    assert rotated.backups.folder_missing and not rotated.backups.complete


def test_without_a_folder_the_backups_keep_the_old_key(plan_and_vault, tmp_path):
    """The coach cleared the box: nothing in the folder changes (the old code opens them)."""
    plan, vault = plan_and_vault
    made = backups.make(vault, tmp_path / "backups")
    before = made.path.read_bytes()
    rotated = rekey.rotate(vault)
    rotated.vault.close()
    assert rotated.backups is None
    assert made.path.read_bytes() == before
    backups.check(made.path, plan.key)


def test_a_backup_already_under_the_new_key_is_left_alone(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    made = backups.make(vault, folder, now=START)
    new = vaults.RawKey(bytes(range(32)))
    first = backups.reencrypt_all(folder, plan.key, new)
    again = backups.reencrypt_all(folder, plan.key, new)  # run twice (cut off and retried)
    assert first.rewritten == (made.path.name,)
    assert again.unchanged == (made.path.name,) and again.complete
    backups.check(made.path, new)


def test_an_older_records_layout_is_kept_as_it_was(plan_and_vault, tmp_path):
    """A backup made by an older CoachDesk keeps its layout (restore brings it up to date)."""
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    made = backups.make(vault, folder, now=START)
    import sqlcipher3

    from coachdesk import migrations

    conn = sqlcipher3.connect(str(made.path))
    conn.execute(f"PRAGMA key = {plan.key.pragma_value()}")
    conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")  # CoachDesk's pages
    conn.execute(f"PRAGMA user_version = {migrations.latest() - 1}")
    conn.close()
    new = vaults.RawKey(bytes(range(32)))
    assert backups.reencrypt_all(folder, plan.key, new).rewritten == (made.path.name,)
    conn = sqlcipher3.connect(str(made.path))
    conn.execute(f"PRAGMA key = {new.pragma_value()}")
    conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")  # CoachDesk's pages
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest() - 1
    conn.close()


def test_a_copy_left_by_a_re_encryption_cut_off_goes_at_the_next_backup(vault, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    leftover = folder / ".coachdesk-20260301-090000.coachdesk-backup.rekeying"
    leftover.write_bytes(b"half a copy")
    backups.make(vault, folder)
    assert not leftover.exists()
