"""Last round's leftovers in the core: after a key change the copies CoachDesk keeps beside
the vault open with the new key (a restore can still be undone); the tax export lists a
package invoiced whole once, as invoiced. Real SQLCipher files throughout."""

from __future__ import annotations

import shutil

import pytest

from coachdesk import clients
from coachdesk.vault import backups, rekey, restoring
from tests.damage import flip
from tests.laptops import client_names


def test_after_a_key_change_the_copy_kept_before_a_restore_still_undoes_it(
        plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    clients.add(vault, clients.ClientDraft("In the backup"))
    backup = backups.make(vault, tmp_path / "backups")
    clients.add(vault, clients.ClientDraft("Added after the backup"))
    ready = restoring.prepare_over(vault, backup.path)
    vault.close()
    restored = restoring.carry_out(ready)  # the vault as it was is kept beside it
    kept = restored.kept_aside
    assert kept is not None
    damaged = kept.with_name(kept.name.replace("before-restore", "damaged"))
    shutil.copyfile(kept, damaged)
    flip(damaged, 4096 + 200)  # a page that no longer reads: it cannot be re-encrypted
    damaged_bytes = damaged.read_bytes()

    rotated = rekey.rotate(restored.vault)
    vault = rotated.vault
    assert rotated.kept.rewritten == (kept.name,)
    assert [name for name, _why in rotated.kept.failed] == [damaged.name]
    assert damaged.read_bytes() == damaged_bytes  # left exactly as it was, and named

    # Undoing the restore: the kept copy opens with the vault's key as it is now, with
    # no code asked for; the old recovery code no longer opens it.
    with pytest.raises(restoring.RestoreFailed):
        restoring.prepare_over(vault, kept, plan.recovery_code)
    undo = restoring.prepare_over(vault, kept)
    vault.close()
    undone = restoring.carry_out(undo)
    try:
        assert client_names(undone.vault) == ["Added after the backup", "In the backup"]
    finally:
        undone.vault.close()
