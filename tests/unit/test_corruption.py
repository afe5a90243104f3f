"""A damaged vault is named precisely, never overwritten, and the newest backup is offered."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk import agreements, clients, engagements, notes, retention, sessions
from coachdesk import vault as vaults
from coachdesk.vault import health, restoring
from coachdesk.vault.vault import DatabaseError
from tests.damage import SECOND_WAL_FRAME, crashed_copy, flip, with_backup


@pytest.fixture
def broken(plan_and_vault, tmp_path):
    """A vault with 300 notes and a remembered, verified backup; closed."""
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    with_backup(vault, folder)
    location = vault.location
    vault.close()
    return plan, location, folder


def restore_newest(plan, location, folder):
    restored, _newest = restoring.restore_newest(location, folder, plan.recovery_code)
    try:
        assert restored.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert len(notes.ids_for_client(restored, clients.list_ids(restored)[0])) == 300
    finally:
        restored.close()
    kept = [p for p in location.folder.iterdir() if ".damaged-" in p.name]
    assert kept, "the damaged file is kept, never overwritten"


@pytest.mark.parametrize("offset, words", [
    (3, "its first 16 bytes (the salt"),
    (2000, "its first page"),
])
def test_damage_at_the_start_is_named(broken, offset, words):
    plan, location, folder = broken
    damaged = flip(location.vault_file, offset)
    with pytest.raises(health.VaultDamaged, match=words.replace("(", r"\(")):
        vaults.unlock_with_keyring(location)
    with pytest.raises(health.VaultDamaged):
        vaults.unlock_with_recovery_code(location, plan.recovery_code)
    assert location.vault_file.read_bytes() == damaged
    restore_newest(plan, location, folder)


def test_a_deep_damaged_page_is_found_after_unlocking(broken):
    plan, location, folder = broken
    size = location.vault_file.stat().st_size
    damaged = flip(location.vault_file, size - 4096 * 3 + 700)
    vault = vaults.unlock_with_keyring(location)
    try:
        found = health.check_open(vault)
    finally:
        vault.close()
    assert found is not None and "fails its check" in found.english()
    assert location.vault_file.read_bytes() == damaged
    restore_newest(plan, location, folder)


def test_a_damaged_change_log_is_named_before_sqlite_drops_it(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    crashed, wal, _client_id = crashed_copy(vault, tmp_path / "crashed", changes=20)
    good, total = health.journal_frames(wal)
    assert good == total > 20
    damaged = flip(wal, SECOND_WAL_FRAME)
    assert health.journal_frames(wal)[0] == 1
    with pytest.raises(health.JournalDamaged, match="damaged at change 2 of"):
        vaults.unlock_with_keyring(crashed)
    assert wal.read_bytes() == damaged
    opened = vaults.open_with_key(crashed, vaults.RawKey(plan.key.key),
                                  accept_damaged_journal=True)
    opened.close()
    assert [p for p in crashed.folder.iterdir() if "-wal.damaged-" in p.name]


def test_a_truncated_vault_is_named(broken):
    _plan, location, _folder = broken
    data = location.vault_file.read_bytes()
    location.vault_file.write_bytes(data[: len(data) - 1000])
    with pytest.raises(vaults.NotAVault, match="truncated"):
        vaults.unlock_with_keyring(location)
    assert len(location.vault_file.read_bytes()) == len(data) - 1000


# What the Today page reads as it fills and as its lists are drawn.
TODAY_READS = (
    lambda v, day: agreements.awaiting_signatures(v),
    lambda v, day: [agreements.get(v, a) for a, _name in agreements.awaiting_signatures(v)],
    lambda v, day: sessions.booked(v, sessions.upcoming_ids(v, f"{day}T00:00")),
    lambda v, day: engagements.ending_soon(v, day),
    lambda v, day: engagements.without_active_agreement(v),
    lambda v, day: retention.past_retention(v, day),
)


def test_damage_at_any_page_of_a_small_vault_is_named(plan_and_vault, tmp_path):
    """Each page in turn: opening refuses and names it, or the vault opens and every read
    that fails says damage (the window then locks) and the check names the page."""
    from tests.damage import named, page_offset, practice_with_backup

    plan, vault = plan_and_vault
    practice_with_backup(vault, tmp_path / "backups")
    location = vault.location
    vault.close()
    pristine = location.vault_file.read_bytes()
    today = date.today().isoformat()
    failed_reads = 0
    for page in range(1, len(pristine) // 4096 + 1):
        location.vault_file.write_bytes(pristine)
        flip(location.vault_file, page_offset(page))
        words = named(page)
        try:
            opened = vaults.unlock_with_keyring(location)
        except health.VaultDamaged as refused:
            assert words in refused.message, page
            continue
        try:
            for read in TODAY_READS:
                try:
                    read(opened, today)
                except DatabaseError as exc:
                    assert health.is_damage(exc), (page, exc)
                    failed_reads += 1
                    break
        finally:
            opened.close()
        assert words in health.examine(location.vault_file, plan.key).english(), page
    assert location.vault_file.read_bytes() != pristine
    assert failed_reads >= 5  # the pages the Today page reads were among them


def _wal_offsets(frames: int) -> list[int]:
    frame = 24 + 4096
    offsets = list(range(32))  # the header: magic, format, page size, sequence, salts, sums
    for n in (0, 1):  # a frame's header (page, commit, salts, sums) and its page
        start = 32 + n * frame
        offsets += [start + i for i in range(24)] + [start + 24 + 7, start + frame - 1]
    last = 32 + (frames - 1) * frame
    return offsets + [last + i for i in range(8, 16)]  # the last frame's salts


def _torn_offsets(frames: int) -> list[int]:
    """Bytes of the last frame whose change looks like a write cut off part-way."""
    last = 32 + (frames - 1) * (24 + 4096)
    return [last + i for i in (*range(8), *range(16, 24))] + [last + 24 + 7,
                                                                last + 24 + 4095]


def test_damage_anywhere_in_the_change_log_is_named(plan_and_vault, tmp_path):
    """SQLite drops a log with a damaged header, and every change after a frame whose
    salt is damaged, without a word: CoachDesk names those too, before opening."""
    _plan, vault = plan_and_vault
    crashed, wal, _client_id = crashed_copy(vault, tmp_path / "crashed", changes=5)
    pristine = wal.read_bytes()
    good, total = health.journal_frames(wal)
    assert good == total == (len(pristine) - 32) // (24 + 4096)
    for offset in _wal_offsets(total):
        wal.write_bytes(pristine)
        flip(wal, offset)
        with pytest.raises(health.JournalDamaged):
            health.check_journal(crashed.vault_file)
    for offset in _torn_offsets(total):  # as after a crash mid-write: no damage to name
        wal.write_bytes(pristine)
        flip(wal, offset)
        health.check_journal(crashed.vault_file)
        kept, saved = health.journal_frames(wal)
        assert kept == saved < total  # the last save is dropped whole, as SQLite does
    wal.write_bytes(pristine)
    health.check_journal(crashed.vault_file)


def test_an_older_log_behind_the_current_one_is_not_called_damage(vault):
    """After a checkpoint SQLite writes the log again from its start: the older frames
    left behind it are no damage (they fail as one of the current log's frames would)."""
    client = clients.add(vault, clients.ClientDraft("Busy"))
    vault.connection.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(40):
        notes.add(vault, client.id, f"long {n} " + "words " * 500)
    vault.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    notes.add(vault, client.id, "the log starts again")
    wal = vault.location.folder / (vault.location.vault_file.name + "-wal")
    good, total = health.journal_frames(wal)
    assert 0 < good == total < (wal.stat().st_size - 32) // (24 + 4096)
    health.check_journal(vault.location.vault_file)
