"""Compaction (docs/sync.md, *Compaction*): a computer rewrites its own bundles as one only
once every computer it knows has applied them all, never touches another computer's
files, trims its change log, and loses nothing: a computer that joins afterwards still
builds the whole practice, and a note edited on two computers afterwards keeps both
texts."""

from __future__ import annotations

import hashlib

import pytest
from syncing import computer, pair, settle, two_computers

from coachdesk import clients, notes
from coachdesk.sync import bundles, compaction, practice


@pytest.fixture
def two(tmp_path):
    with two_computers(tmp_path) as both:
        yield both


def _me(vault):
    found = practice.settings(vault)
    assert found is not None
    return found


def _own(vault) -> list[int]:
    found = _me(vault)
    return [bundles.sequence_of(p) for p in bundles.own(found.folder, found.practice_id,
                                                        found.device_id)]


def _files_of(vault) -> dict[str, str]:
    """Every file in ``vault``'s computer's folder, with its content's digest."""
    found = _me(vault)
    folder = bundles.practice_folder(found.folder, found.practice_id) / found.device_id
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _state(vault):
    people = sorted(c.name for c in clients.get_many(
        vault, clients.list_ids(vault, include_archived=True)).values())
    bodies = sorted(b for (b,) in vault.read("SELECT body FROM notes"))
    kept = sorted(b for (b,) in vault.read("SELECT body FROM note_revisions"))
    return people, bodies, kept


def _applied_entries(vault) -> int:
    return vault.read_one("SELECT count(*) FROM audit_log WHERE action = 'sync.bundle_applied'")[0]


def _log(vault) -> int:
    return vault.read_one("SELECT count(*) FROM sync_changes")[0]


def test_compaction_waits_for_the_other_computer_and_touches_only_its_own_files(two):
    a, b = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    note = notes.add(a, client.id, "first words")
    settle(a, b)
    for n in range(6):  # the desktop is off: nothing of these reaches it yet
        notes.save(a, note.id, f"words, version {n}")
        assert practice.exchange(a).compacted is False
    waiting = _own(a)
    assert len(waiting) >= 7
    before_b, log_before = _files_of(b), _log(a)

    clients.add(b, clients.ClientDraft("Bea Cole"))  # the desktop applies them
    practice.exchange(b)
    assert practice.exchange(a).compacted is False  # it sent before it applied
    clients.add(b, clients.ClientDraft("Cal Dunn"))  # its next bundle says it applied them
    practice.exchange(b)
    assert _files_of(b) != before_b
    before_b = _files_of(b)
    done = practice.exchange(a)

    assert done.compacted is True
    (only,) = _own(a)
    assert only == waiting[-1] + 1  # one new bundle, covering from 1
    assert _files_of(b) == before_b  # the other computer's files, untouched
    assert _log(a) < log_before  # the change log trimmed
    # The desktop has it all already: it notes the compaction, applies nothing again.
    applied_on_b = _applied_entries(b)
    assert practice.exchange(b).applied == []
    assert _applied_entries(b) == applied_on_b
    assert b.read_one("SELECT sequence FROM sync_applied WHERE device = ?",
                      (_me(a).device_id,))[0] == only
    assert _state(a) == _state(b)
    assert "words, version 5" in _state(b)[1]

    # Both computers edit the note at once after the compaction: both texts are kept.
    on_b = b.read_one("SELECT id FROM notes")[0]
    notes.save(a, note.id, "the laptop's last words")
    notes.save(b, on_b, "the desktop's last words")
    settle(a, b)
    assert _state(a) == _state(b)
    texts = set(_state(a)[1]) | set(_state(a)[2])
    assert {"the laptop's last words", "the desktop's last words"} <= texts


def test_three_computers_a_late_one_holds_it_back_and_one_joining_later_gets_everything(
        tmp_path, monkeypatch):
    monkeypatch.setattr(compaction, "ACK_AFTER", 1)  # an idle computer says so at once
    a, b, c = computer(tmp_path, "laptop"), computer(tmp_path, "desktop"), \
        computer(tmp_path, "office")
    folder = tmp_path / "Syncthing"
    code = pair(a, [b, c], folder)
    try:
        client = clients.add(a, clients.ClientDraft("Ada Byrne"))
        note = notes.add(a, client.id, "first words")
        for n in range(5):
            notes.save(a, note.id, f"words, version {n}")
            practice.exchange(a)
            practice.exchange(b)
        assert practice.exchange(a).compacted is False  # the office has not applied them
        files_b, files_c = _files_of(b), _files_of(c)
        practice.exchange(c)  # idle: it says what it applied in an empty bundle
        files_c = _files_of(c)
        assert practice.exchange(a).compacted is True
        assert len(_own(a)) == 1
        assert (_files_of(b), _files_of(c)) == (files_b, files_c)
        settle(a, b, c)
        assert _state(a) == _state(b) == _state(c)

        late = computer(tmp_path, "new-laptop")
        try:
            practice.join(late, folder, code)
            settle(a, b, c, late)
            assert _state(late) == _state(a)
            assert _state(late)[1] == ["words, version 4"]
            assert _state(late)[0] == ["Ada Byrne"]
        finally:
            late.close()
    finally:
        for each in (a, b, c):
            each.close()


def test_nothing_is_compacted_while_a_change_is_unsent_or_with_one_bundle(two):
    a, b = two
    found = _me(a)
    sizes = [(bundles.sequence_of(p), p.stat().st_size)
             for p in bundles.own(found.folder, found.practice_id, found.device_id)]
    assert not compaction.due(a, sizes, found.device_id)  # a single bundle
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    settle(a, b)
    clients.add(b, clients.ClientDraft("Bea Cole"))
    settle(a, b)
    clients.update(a, client.id, clients.ClientDraft("Ada Byrne-Cole"))  # not sent yet
    sizes = [(bundles.sequence_of(p), p.stat().st_size)
             for p in bundles.own(found.folder, found.practice_id, found.device_id)]
    assert len(sizes) >= 2
    assert not compaction.due(a, sizes, found.device_id)


def test_an_idle_computer_says_what_it_applied_after_a_while_and_the_two_then_go_quiet(
        two, monkeypatch):
    a, b = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    note = notes.add(a, client.id, "first words")
    for n in range(3):
        notes.save(a, note.id, f"words, version {n}")
        practice.exchange(a)
    practice.exchange(b)  # the desktop only receives: it says nothing yet
    assert practice.exchange(a).compacted is False
    monkeypatch.setattr(compaction, "ACK_INTERVAL", 0)  # a while later
    practice.exchange(b)
    assert practice.exchange(a).compacted is True
    # Then nothing more is written, however often the two exchange.
    for _ in range(2):
        settle(a, b)
    files = (_files_of(a), _files_of(b))
    settle(a, b)
    assert (_files_of(a), _files_of(b)) == files
    assert _state(a) == _state(b)


def test_bundles_compacted_while_a_joining_computer_lists_them_are_not_called_damaged(
        tmp_path, monkeypatch):
    monkeypatch.setattr(compaction, "ACK_AFTER", 1)
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    folder = tmp_path / "Syncthing"
    code = pair(a, [b], folder)
    late = computer(tmp_path, "new-laptop")
    try:
        client = clients.add(a, clients.ClientDraft("Ada Byrne"))
        note = notes.add(a, client.id, "first words")
        settle(a, b)
        notes.save(a, note.id, "the newest words")
        practice.exchange(a)
        practice.exchange(b)
        found = _me(a)
        # What the joining computer lists, a moment before the laptop compacts.
        stale = bundles.waiting(found.folder, found.practice_id, "0" * 32)
        assert practice.exchange(a).compacted is True
        assert not all(p.exists() for p in stale[0][found.device_id])
        listings = [stale]
        real = bundles.waiting
        monkeypatch.setattr(bundles, "waiting", lambda *args: listings.pop() if listings
                            else real(*args))
        done = practice.join(late, folder, code)
        assert done.refused == [] and done.waiting == []
        assert _state(late) == _state(a)
        assert "the newest words" in _state(late)[1]
    finally:
        for each in (a, b, late):
            each.close()
