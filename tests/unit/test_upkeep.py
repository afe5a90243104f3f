"""Vault upkeep without Qt (coachdesk.upkeep): backups due, back up and prune, the vault held
for work that needs it closed, the newest good backup restored with a fall-back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coachdesk import clients, notes, settings, upkeep
from coachdesk import vault as vaults
from coachdesk.vault import backups, keystore, recovery
from tests.damage import flip, with_backup


def test_a_backup_is_due_once_a_day_when_the_coach_asked_for_daily_backups(vault, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    assert upkeep.backups_due(vault) is None  # no folder chosen
    backups.remember_folder(vault, str(folder))
    settings.put(vault, "backup_daily", "0")
    assert upkeep.backups_due(vault) is None  # daily backups off
    settings.put(vault, "backup_daily", "1")
    assert upkeep.backups_due(vault) == folder
    upkeep.back_up(vault)
    assert upkeep.backups_due(vault) is None  # one made today
    backups.remember_folder(vault, str(tmp_path / "unplugged"))
    assert upkeep.backups_due(vault) is None  # the drive is not there


def test_back_up_reports_its_progress_and_prunes_what_rotation_drops(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Rosa Achterberg"))
    for n in range(200):
        notes.add(vault, client.id, f"Session {n}: what she wants from the next role")
    folder = tmp_path / "backups"
    # Earlier today: the newest backup of the day takes its place in every rotation bucket.
    old = backups.make(vault, folder, now=datetime.now(UTC).replace(hour=0, minute=0,
                                                                    second=0))
    heard: list[tuple[int, int]] = []
    made = upkeep.back_up(vault, folder, lambda done, total: heard.append((done, total)))
    assert [b.path for b in backups.in_folder(folder)] == [made.path]
    assert not old.path.exists()
    steps = [done for done, _total in heard]
    assert steps[0] == 0 and steps[-1] == 100 and steps == sorted(steps)
    assert {total for _done, total in heard} == {100}
    backups.check(made.path, vaults.RawKey(plan.key.key))  # checked through, fully


def test_a_backup_needs_a_folder(vault):
    with pytest.raises(backups.BackupFailed, match="no backup folder"):
        upkeep.back_up(vault)


def test_a_damaged_page_fails_the_quick_check_a_backup_gets(plan_and_vault, tmp_path):
    """The backup's own check (quick_check) reads every page: one whose HMAC fails is
    found as surely as cipher_integrity_check finds it."""
    plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Ann"))
    for n in range(300):
        notes.add(vault, client.id, f"note {n} " * 20)
    made = backups.make(vault, tmp_path / "backups")
    key = vaults.RawKey(plan.key.key, made.path.read_bytes()[:16])
    pages = made.size // 4096
    for page in (2, pages // 2, pages - 1):
        copy = tmp_path / f"copy-{page}"
        copy.write_bytes(made.path.read_bytes())
        flip(copy, page * 4096 + 200)
        with pytest.raises(backups.BackupFailed):
            backups.verify(copy, key, thorough=False)


def test_held_hides_its_key_and_reopens_the_vault_after_the_lock(plan_and_vault):
    plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Maya Okafor"))
    held = upkeep.hold(vault)
    assert plan.key.key.hex() not in repr(held) and "hidden" in repr(held)
    vault.close()
    with pytest.raises(vaults.VaultLocked):
        upkeep.hold(vault)
    again = held.reopen()
    try:
        assert clients.get(again, client.id).name == "Maya Okafor"
        assert held.examine() is None  # every page and record checks out
    finally:
        again.close()


def test_held_examine_names_the_damaged_page(vault):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    for n in range(300):
        notes.add(vault, client.id, f"note {n} " * 20)
    held = upkeep.hold(vault)
    vault.close()
    size = held.location.vault_file.stat().st_size
    flip(held.location.vault_file, size - 4096 * 2 + 300)
    assert "fails its check" in held.examine().english()


def test_the_newest_good_backup_replaces_a_damaged_vault_which_is_kept(plan_and_vault, tmp_path):
    _plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    with_backup(vault, folder)
    held = upkeep.hold(vault)
    vault.close()
    flip(held.location.vault_file, held.location.vault_file.stat().st_size - 4096 * 2 + 300)
    done = held.restore_newest()
    try:
        assert done.restored and done.refusal is None
        assert ".damaged-" in done.kept and (held.location.folder / done.kept).exists()
        assert done.vault.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        done.vault.close()


def test_with_no_good_backup_the_vault_opens_again_as_it_was(plan_and_vault, tmp_path):
    _plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Still here"))
    folder = tmp_path / "backups"
    made = backups.make(vault, folder)
    backups.remember_folder(vault, str(folder))
    flip(made.path, made.size // 2)  # the only backup is damaged
    held = upkeep.hold(vault)
    vault.close()
    done = held.restore_newest()
    try:
        assert not done.restored and "Nothing was restored" in done.refusal.english()
        assert clients.get(done.vault, client.id).name == "Still here"
        assert not [p for p in held.location.folder.iterdir() if ".damaged-" in p.name]
    finally:
        done.vault.close()


def test_the_unlock_screen_restores_with_the_kept_key_or_the_code(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    with_backup(vault, folder)
    location, vault_id = vault.location, vault.info.vault_id
    vault.close()
    done = upkeep.restore_newest_at(location)  # the key this computer keeps
    done.vault.close()
    keystore.forget_key(vault_id)
    with pytest.raises(upkeep.KeyNotKept):
        upkeep.restore_newest_at(location)
    with pytest.raises(recovery.RecoveryCodeError):
        upkeep.restore_newest_at(location, "not-a-code")
    done = upkeep.restore_newest_at(location, plan.recovery_code)
    assert done.restored
    done.vault.close()


def test_a_key_change_through_held_gives_a_new_code(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    clients.add(vault, clients.ClientDraft("Ann"))
    held = upkeep.hold(vault)
    vault.close()
    rotated = held.rotate_key()
    location = rotated.vault.location
    rotated.vault.close()
    assert rotated.recovery_code != plan.recovery_code
    vaults.unlock_with_recovery_code(location, rotated.recovery_code).close()
    with pytest.raises(vaults.WrongKey):
        vaults.unlock_with_recovery_code(location, plan.recovery_code)
