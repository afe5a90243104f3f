"""WAL checkpoints run off the thread that saves, keep the log bounded, and stop cleanly.

A save that ran SQLite's checkpoint inside its commit waited tens of milliseconds, on
the GUI thread when the coach was typing. These tests save notes as fast as they can
(far faster than a coach types) on the test's own thread and check what a coach would:
the log file beside the vault stays small, no checkpoint ran on the saving thread,
and locking, re-keying, disposing and restoring while checkpoints run lose nothing
and never say "database is locked".
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from coachdesk import clients, disposal, notes
from coachdesk import vault as vaults
from coachdesk.vault import backups, rekey, restoring
from coachdesk.vault.checkpoints import CAP, THRESHOLD, wal_frames

SAVES = 5_000
FRAME_BYTES = 4096 + 24  # a page and its frame header in the log
CHECKPOINT_THREAD = "coachdesk-checkpoints"


def wal(location) -> Path:
    return Path(f"{location.vault_file}-wal")


def shm(vault) -> Path:
    return Path(f"{vault.location.vault_file}-shm")


def checkpoint_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == CHECKPOINT_THREAD]


def save_many(vault, times: int) -> notes.Note:
    """A note saved ``times`` times with new words each time."""
    client = clients.add(vault, clients.ClientDraft("Checkpoint Client"))
    note = notes.add(vault, client.id, "first words")
    for n in range(times):
        note = notes.save(vault, note.id, f"save {n}: the coach listens and writes " * 3)
    return note


def integrity_holds(location, key: bytes) -> None:
    vault = vaults.open_with_key(location, vaults.RawKey(key))
    try:
        conn = vault.connection
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        vault.close()


def test_thousands_of_saves_keep_the_log_small_and_never_checkpoint_on_the_saving_thread(
        plan_and_vault):
    plan, vault = plan_and_vault
    assert vault.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    note = save_many(vault, SAVES)
    checkpointer = vault._checkpoints
    assert checkpointer is not None and checkpointer.done > 0
    assert threading.get_ident() not in checkpointer.ran_on
    # Without the checkpointer the log would hold every save's pages: over 40,000 of them.
    assert wal(vault.location).stat().st_size < 2 * CAP * FRAME_BYTES
    location = vault.location
    vault.close()
    assert not checkpoint_threads()  # joined: no thread outlives the vault
    assert not wal(location).exists() or wal(location).stat().st_size == 0
    again = vaults.open_with_key(location, vaults.RawKey(plan.key.key))
    try:
        assert notes.get(again, note.id).body == note.body
        history = notes.revisions(again, note.id)
        assert history[0].body == "first words" and history[-1].body == note.body
        kept = [datetime.fromisoformat(r.saved_at) for r in history[:-1]]
        assert all(later - earlier >= timedelta(seconds=notes.REVISION_EVERY_SECONDS)
                   for earlier, later in pairwise(kept))  # one a minute, not one a save
    finally:
        again.close()
    integrity_holds(location, plan.key.key)


def test_a_few_saves_start_no_thread(vault):
    save_many(vault, 20)
    assert not checkpoint_threads()
    frames = wal_frames(shm(vault))
    assert frames is not None and 0 < frames[0] < THRESHOLD


def test_a_reader_holding_an_old_snapshot_delays_checkpoints_but_loses_nothing(
        plan_and_vault):
    plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Read Meanwhile"))
    first = notes.add(vault, client.id, "before the reader")
    reader = vaults.open_with_key(vault.location, vaults.RawKey(plan.key.key))
    try:
        with reader.snapshot() as conn:  # holds its snapshot while the saves go on
            assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
            note = save_many(vault, 1_500)
            assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
            held_back = wal_frames(shm(vault))
            assert held_back is not None and held_back[0] > CAP  # nothing could restart it
    finally:
        reader.close()
    # Once the reader let go, a checkpoint tried again finishes and the log starts over.
    for n in range(3_000):
        note = notes.save(vault, note.id, f"after the reader let go ({n})")
        frames = wal_frames(shm(vault))
        if frames is not None and frames[0] < held_back[0]:
            break
    else:
        pytest.fail("the log never started over after the reader let go")
    note = notes.save(vault, note.id, "after the reader let go")
    location = vault.location
    vault.close()
    again = vaults.open_with_key(location, vaults.RawKey(plan.key.key))
    try:
        assert notes.get(again, first.id).body == "before the reader"
        assert notes.get(again, note.id).body == "after the reader let go"
    finally:
        again.close()


def test_a_key_change_while_checkpoints_run_keeps_everything(plan_and_vault):
    _plan, vault = plan_and_vault
    note = save_many(vault, 1_500)
    assert checkpoint_threads()  # under way when the key changes
    rotated = rekey.rotate(vault)
    assert not vault.is_open and vault._checkpoints is None
    new = rotated.vault
    try:
        note = save_many(new, 1_500)  # and checkpoints go on under the new key
        assert new._checkpoints is not None and new._checkpoints.done > 0
    finally:
        new.close()
    assert not checkpoint_threads()
    again = vaults.unlock_with_keyring(new.location)
    try:
        assert notes.get(again, note.id).body == note.body
    finally:
        again.close()
    key = vaults.recovery.decode(rotated.recovery_code)
    integrity_holds(new.location, key)


def test_disposal_while_checkpoints_run_empties_the_log(vault):
    client = clients.add(vault, clients.ClientDraft("Leaving Client"))
    notes.add(vault, client.id, "words that must go")
    save_many(vault, 1_500)
    assert checkpoint_threads()
    disposal.dispose(vault, client.id, "retention_ended")
    # The log was emptied after VACUUM (no frame of the removed words is left in it): what
    # it holds now is the disposal's closing entry alone.
    assert wal(vault.location).stat().st_size < 50 * FRAME_BYTES


def test_a_backup_and_a_restore_while_checkpoints_run(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    kept = save_many(vault, 1_500)
    made = backups.make(vault, tmp_path / "backups")  # a reader of its own meanwhile
    later = save_many(vault, 1_500)
    location = vault.location
    vault.close()
    restored = restoring.restore(location, made.path, vaults.RawKey(plan.key.key))
    try:
        assert notes.get(restored, kept.id).body == kept.body
        with pytest.raises(Exception, match="no longer"):
            notes.get(restored, later.id)
        save_many(restored, 1_500)
    finally:
        restored.close()
    assert not checkpoint_threads()
    integrity_holds(location, plan.key.key)
