"""Bundles in the sync folder: complete, verified, this practice's, or not applied at all
(and then nothing of them is)."""

from __future__ import annotations

import shutil

import pytest
from syncing import computer, pair

from coachdesk import clients, notes
from coachdesk.sync import bundles, practice


@pytest.fixture
def two(tmp_path):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    folder = tmp_path / "Dropbox"
    pair(a, [b], folder)
    yield a, b, folder
    a.close()
    b.close()


def _own(vault):
    found = practice.settings(vault)
    return bundles.own(found.folder, found.practice_id, found.device_id)


def _names(vault):
    return [c.name for c in clients.get_many(vault, clients.list_ids(vault)).values()]


def test_a_bundle_is_written_whole_in_this_computers_own_folder(two):
    a, _b, folder = two
    clients.add(a, clients.ClientDraft("Ada Byrne"))
    practice.exchange(a)
    found = practice.settings(a)
    mine = folder / "CoachDesk" / found.practice_id / found.device_id
    assert [p.name for p in sorted(mine.iterdir())] == ["00000001.cdsync", "00000002.cdsync"]
    assert not any(b"Ada Byrne" in p.read_bytes() for p in mine.iterdir())  # encrypted


def test_bundles_applied_twice_change_nothing(two):
    a, b, _folder = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    notes.add(a, client.id, "first session: Ada wants to lead the review")
    practice.exchange(a)
    practice.exchange(b)
    with b.transaction() as conn:
        conn.execute("DELETE FROM sync_applied")
    before = b.read_one("SELECT count(*) FROM notes")[0], _names(b)
    practice.exchange(b)
    assert (b.read_one("SELECT count(*) FROM notes")[0], _names(b)) == before
    assert before == (1, ["Ada Byrne"])


@pytest.mark.parametrize("damage", ["truncated", "tampered", "cut_at_a_page", "foreign"])
def test_a_damaged_or_foreign_bundle_is_refused_and_nothing_of_it_applied(two, tmp_path, damage):
    a, b, _folder = two
    clients.add(a, clients.ClientDraft("Ada Byrne"))
    practice.send(a)
    path = _own(a)[-1]
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        path.write_bytes(bytes(data[: len(data) - 100]))
    elif damage == "tampered":
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    elif damage == "cut_at_a_page":
        path.write_bytes(bytes(data[: len(data) - 4096]))
    else:  # the same name in this folder, written by another practice under its own key
        other = computer(tmp_path, "stranger")
        practice.start(other, tmp_path / "Elsewhere")
        clients.add(other, clients.ClientDraft("Someone Else"))
        practice.send(other)
        theirs = _own(other)[-1]
        shutil.copyfile(theirs, path)
        other.close()
    result = practice.exchange(b)
    assert [r.path for r in result.refused] == [path]
    assert result.refused[0].reason
    assert "Ada Byrne" not in _names(b) and "Someone Else" not in _names(b)


def test_conflicted_copies_and_partial_files_are_ignored(two):
    a, b, _folder = two
    clients.add(a, clients.ClientDraft("Ada Byrne"))
    practice.send(a)
    path = _own(a)[-1]
    copy = path.with_name("00000002 (conflicted copy 2026-11-30).cdsync")
    shutil.copyfile(path, copy)
    partial = path.with_name(".00000003.cdsync.partial")
    partial.write_bytes(b"half")
    result = practice.exchange(b)
    assert any(r.path == copy for r in result.refused)
    assert not any(r.path == partial for r in result.refused)
    assert _names(b) == ["Ada Byrne"]


def test_a_missing_bundle_holds_back_the_later_ones(two):
    a, b, _folder = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    practice.send(a)
    clients.update(a, client.id, clients.ClientDraft("Ada Byrne-Lowe"))
    practice.send(a)
    second, third = _own(a)[-2:]
    held = second.with_name("elsewhere")
    second.rename(held)  # still on its way through the sync service
    result = practice.exchange(b)
    assert _names(b) == [] and result.waiting
    held.rename(second)
    practice.exchange(b)
    assert _names(b) == ["Ada Byrne-Lowe"] and third.exists()


def test_join_needs_the_code_of_a_practice_in_the_folder(tmp_path, two):
    import secrets

    from coachdesk.errors import CoachDeskError
    from coachdesk.vault import recovery

    _a, _b, folder = two
    c = computer(tmp_path, "third")
    try:
        with pytest.raises(CoachDeskError, match="No practice in this folder opens"):
            practice.join(c, folder, recovery.encode(secrets.token_bytes(32)))
        with pytest.raises(ValueError, match="looks mistyped"):
            practice.join(c, folder, "-".join(["AAAAA"] * 13))
        assert practice.settings(c) is None
    finally:
        c.close()


def test_a_vault_with_records_of_its_own_cannot_join(tmp_path, two):
    from coachdesk.errors import CoachDeskError

    a, _b, folder = two
    c = computer(tmp_path, "third")
    try:
        clients.add(c, clients.ClientDraft("Somebody Here Already"))
        with pytest.raises(CoachDeskError, match="already holds clients"):
            practice.join(c, folder, practice.pairing_code(a))
        assert practice.settings(c) is None
    finally:
        c.close()
