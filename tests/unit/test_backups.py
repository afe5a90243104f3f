"""Encrypted backups: made, verified, opened with the same code, rotated, never half-made."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

from coachdesk import clients, notes, search
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups, restoring


def restore_copy(backup_path, tmp_path, name="restored"):
    """Put a backup where a vault goes, to open it as the coach would."""
    location = VaultLocation(tmp_path / name)
    location.ensure_folder()
    location.vault_file.write_bytes(backup_path.read_bytes())
    return location


def test_a_backup_opens_with_the_recovery_code_and_holds_everything(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Ingrid Sørensen"))
    notes.add(vault, client.id, "Backup canary: talked about the board meeting")
    made = backups.make(vault, tmp_path / "backups")
    assert made.path.exists() and made.path.name.endswith(backups.SUFFIX)
    assert oct(made.path.stat().st_mode & 0o777) == "0o600"
    data = made.path.read_bytes()
    assert b"Ingrid" not in data and b"canary" not in data and not data.startswith(b"SQLite")
    copy = vaults.unlock_with_recovery_code(restore_copy(made.path, tmp_path),
                                            plan.recovery_code)
    try:
        assert [c.name for c in clients.get_many(copy, clients.list_ids(copy)).values()] == [
            "Ingrid Sørensen"]
        assert [h.title for h in search.everything(copy, "Ingrid")]  # the index came along
        assert copy.setting("vault_id") == vault.setting("vault_id")
    finally:
        copy.close()
    assert [b.path for b in backups.in_folder(tmp_path / "backups")] == [made.path]


def test_a_passphrase_vault_backup_opens_with_the_passphrase(location, tmp_path):
    plan = vaults.plan_passphrase_vault("correct horse battery")
    vault = vaults.create(location, plan)
    try:
        clients.add(vault, clients.ClientDraft("Aiko"))
        made = backups.make(vault, tmp_path / "b")
    finally:
        vault.close()
    copy = vaults.unlock_with_passphrase(restore_copy(made.path, tmp_path),
                                         "correct horse battery")
    assert clients.list_ids(copy)
    copy.close()


def test_a_failed_backup_leaves_nothing_and_the_vault_untouched(vault, tmp_path):
    clients.add(vault, clients.ClientDraft("Kept"))
    folder = tmp_path / "readonly"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):  # root ignores permissions: use a file as the folder
            os.chmod(folder, 0o700)
            folder.rmdir()
            folder.write_text("not a folder")
        with pytest.raises(backups.BackupFailed, match="Your vault is untouched"):
            backups.make(vault, folder)
    finally:
        if folder.is_dir():
            os.chmod(folder, 0o700)
    assert clients.list_ids(vault)
    if folder.is_dir():
        assert list(folder.iterdir()) == []


def test_a_damaged_copy_is_not_counted(vault, tmp_path):
    made = backups.make(vault, tmp_path / "b")
    data = bytearray(made.path.read_bytes())
    data[4096 + 100] ^= 0xFF  # a flipped byte on page 2
    made.path.write_bytes(bytes(data))
    key = vaults.RawKey(vault._key.key, bytes(data[:16]))
    with pytest.raises(backups.BackupFailed, match="encryption check|cannot be read"):
        backups.verify(made.path, key)


def test_rotation_keeps_days_weeks_and_months(tmp_path):
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    found = [backups.Backup(tmp_path / f"b{i}", now - timedelta(days=i, hours=h), 1)
             for i in range(400) for h in (0, 3)]
    keep = backups.to_keep(found, now)
    days = {b.made_at.date() for b in found if b.path in keep}
    assert len(keep) == len(days)  # one per day at most: the newest of that day
    newest_of_day = {b.path for b in found if b.made_at.hour == 12}
    assert keep <= newest_of_day
    recent = {(now - timedelta(days=i)).date() for i in range(7)}
    assert recent <= days
    assert 7 <= len(keep) <= 7 + 4 + 12
    assert min(days) >= (now - timedelta(days=366)).date()


def test_prune_touches_only_coachdesk_backups(vault, tmp_path):
    folder = tmp_path / "b"
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for day in range(20):
        backups.make(vault, folder, now=start + timedelta(days=day))
    (folder / "holiday-photos.jpg").write_bytes(b"mine")
    removed = backups.prune(folder, now=start + timedelta(days=19, hours=1))
    left = backups.in_folder(folder)
    assert len(left) + len(removed) == 20 and len(left) < 20
    assert (folder / "holiday-photos.jpg").read_bytes() == b"mine"


def test_backups_under_the_old_key_stay_until_the_new_code_is_written_down(plan_and_vault,
                                                                           tmp_path):
    """A key change without re-encrypting the backups: today's backup under the old key is
    the way back until the coach confirms the new code, so rotation leaves it alone."""
    from coachdesk.vault import rekey

    plan, vault = plan_and_vault
    folder = tmp_path / "b"
    morning = datetime(2026, 5, 1, 9, tzinfo=UTC)
    old_key_backup = backups.make(vault, folder, now=morning)
    rotated = rekey.rotate(vault)
    new = rotated.vault
    assert new.info.new_key_unconfirmed
    backups.make(new, folder, now=morning + timedelta(hours=2))
    assert backups.rotate(new, folder, now=morning + timedelta(hours=3)) == []
    assert old_key_backup.path.exists()
    backups.check(old_key_backup.path, vaults.RawKey(plan.key.key))  # the old code opens it
    vaults.code_written_down(new)
    assert backups.rotate(new, folder, now=morning + timedelta(hours=3)) == [
        old_key_backup.path]  # one a day again, once the new code is safe
    new.close()


FILE_LIMIT_CHILD = r"""
import os, resource, signal, sys
sys.path.insert(0, os.getcwd())
import keyring
from tests.keyrings import MemoryKeyring
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups
keyring.set_keyring(MemoryKeyring())
folder, backup_folder = sys.argv[1], sys.argv[2]
vault = vaults.open_with_key(VaultLocation(__import__("pathlib").Path(folder)),
                             vaults.RawKey(bytes.fromhex(sys.argv[3])))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
# From here on no file may grow past 64 KB: the backup's copy fails part-way.
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))
try:
    backups.make(vault, backup_folder)
except backups.BackupFailed as exc:
    print("refused:", exc)
"""


def test_a_backup_that_fails_part_way_leaves_no_file(plan_and_vault, tmp_path):
    import subprocess
    import sys

    plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Big Record"))
    for n in range(60):
        notes.add(vault, client.id, f"note {n} " + "words " * 400)
    before = notes.ids_for_client(vault, client.id)
    vault.close()
    folder = tmp_path / "backups"
    done = subprocess.run([sys.executable, "-c", FILE_LIMIT_CHILD, str(vault.location.folder),
                           str(folder), plan.key.key.hex()], capture_output=True, text=True,
                          cwd=os.getcwd(), timeout=120)
    assert "refused: The backup was not made" in done.stdout, done.stdout + done.stderr
    assert list(folder.iterdir()) == []  # no partial file, nothing that looks like a backup
    again = vaults.unlock_with_recovery_code(vault.location, plan.recovery_code)
    try:
        assert notes.ids_for_client(again, client.id) == before
        assert again.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        again.close()


def test_a_backup_is_due_once_a_day(vault, tmp_path):
    folder = tmp_path / "b"
    assert backups.due(folder)
    made = backups.make(vault, folder)
    assert not backups.due(folder, made.made_at + timedelta(minutes=5))
    assert backups.due(folder, made.made_at + timedelta(days=1))


def test_the_coach_keeps_working_while_a_backup_is_made(vault, tmp_path):
    """The copy reads through its own connection: the vault's stays free for saves."""
    import threading

    client = clients.add(vault, clients.ClientDraft("Busy"))
    for n in range(200):
        notes.add(vault, client.id, f"note {n} " + "text " * 200)
    saved = []
    worker = threading.Thread(target=lambda: saved.append(backups.make(vault, tmp_path / "b")))
    worker.start()
    notes.add(vault, client.id, "written during the backup")
    worker.join(60)
    assert saved and saved[0].path.exists()


def test_restore_replaces_the_vault_only_after_the_copy_opened(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    kept = clients.add(vault, clients.ClientDraft("In the backup"))
    made = backups.make(vault, tmp_path / "b")
    clients.add(vault, clients.ClientDraft("Added after the backup"))
    location = vault.location
    vault.close()
    restored = restoring.restore(location, made.path, plan.recovery_code)
    try:
        assert clients.list_ids(restored) == [kept.id]
    finally:
        restored.close()
    assert sorted(p.name for p in location.folder.iterdir() if "before-restore" in p.name) == []
    # The restored vault opens the usual way next time.
    again = vaults.unlock_with_keyring(location)
    assert clients.list_ids(again) == [kept.id]
    again.close()


def test_a_bad_backup_changes_nothing(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    clients.add(vault, clients.ClientDraft("Current"))
    made = backups.make(vault, tmp_path / "b")
    location = vault.location
    vault.close()
    before = location.vault_file.read_bytes()
    damaged = tmp_path / "damaged.coachdesk-backup"
    data = bytearray(made.path.read_bytes())
    data[-2000] ^= 0x55
    damaged.write_bytes(bytes(data))
    with pytest.raises(backups.BackupFailed):
        restoring.restore(location, damaged, plan.recovery_code)
    other = vaults.plan_keyring_vault()
    with pytest.raises(backups.BackupFailed, match="does not open"):  # another vault's code
        restoring.restore(location, made.path, other.recovery_code)
    assert location.vault_file.read_bytes() == before
    assert [p.name for p in location.folder.iterdir() if "restoring" in p.name] == []


def test_restore_on_a_new_computer_with_only_the_code(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    clients.add(vault, clients.ClientDraft("Moved laptops"))
    made = backups.make(vault, tmp_path / "b")
    vault.close()
    fresh = VaultLocation(tmp_path / "new-laptop")
    restored = restoring.restore(fresh, made.path, plan.recovery_code)
    assert clients.list_ids(restored)
    restored.close()


def test_the_backup_folder_is_remembered_through_restore_and_recovery(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    folder = tmp_path / "b"
    backups.remember_folder(vault, str(folder))
    made = backups.make(vault, folder)
    location = vault.location
    vault.close()
    assert vaults.VaultInfo.read(location).backup_folder == str(folder)
    restoring.restore(location, made.path, plan.recovery_code).close()
    assert vaults.VaultInfo.read(location).backup_folder == str(folder)
    vaults.unlock_with_recovery_code(location, plan.recovery_code).close()
    assert vaults.VaultInfo.read(location).backup_folder == str(folder)


def test_the_vaults_own_folder_is_refused_as_the_backup_folder(vault):
    from coachdesk import settings
    from coachdesk.errors import InvalidInput

    for inside in (vault.location.folder, vault.location.folder / "backups"):
        with pytest.raises(InvalidInput, match="the vault's own folder"):
            backups.remember_folder(vault, str(inside))
    assert settings.get(vault, "backup_folder") == ""
