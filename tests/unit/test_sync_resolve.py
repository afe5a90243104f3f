"""Notes edited on two (or three) computers: what there is to resolve, resolving each in
one step, and the resolution reaching the other computers through the folder."""

from __future__ import annotations

import logging
import shutil

import pytest
from syncing import computer, pair, settle, two_computers

from coachdesk import audit, clients, notes
from coachdesk.sync import conflicts, practice
from coachdesk.sync.conflicts import BOTH, CURRENT, OTHER, SEPARATOR

TRAIN = "Session one. Written on the laptop in the train."
HOME = "Session one. Written at home on the desktop."


@pytest.fixture
def two(tmp_path):
    with two_computers(tmp_path) as both:
        yield both


def _note_id(vault) -> int:
    (row,) = vault.read("SELECT id FROM notes")
    return int(row[0])


def _edited_on_both(a, b, first: str = TRAIN, second: str = HOME) -> None:
    """One note of Ada's, edited on both computers before either heard of the other."""
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    notes.add(a, client.id, "Session one.")
    settle(a, b)
    notes.save(a, _note_id(a), first)
    notes.save(b, _note_id(b), second)
    settle(a, b)


def _history(vault) -> list[str]:
    return [r.body for r in notes.revisions(vault, _note_id(vault))]


def test_the_note_to_resolve_says_whose_text_is_which_on_both_computers(two):
    a, b = two
    _edited_on_both(a, b)
    for vault in (a, b):
        (found,) = conflicts.to_resolve(vault)
        assert conflicts.count(vault) == 1
        assert (found.client_name, found.note_id) == ("Ada Byrne", _note_id(vault))
        assert {found.current.body, found.other.body} == {TRAIN, HOME}
        assert found.current.body == notes.get(vault, found.note_id).body
        mine = found.current if found.current.here else found.other
        theirs = found.other if mine is found.current else found.current
        assert mine.body == (TRAIN if vault is a else HOME)  # written on this computer
        assert not theirs.here and theirs.written_at and mine.written_at
        assert {mine.label, theirs.label} == {"", "B"}  # the first computer, and B
    # The two computers agree on which text is the note's now.
    assert conflicts.to_resolve(a)[0].current.body == conflicts.to_resolve(b)[0].current.body


def test_keeping_the_other_text_makes_it_the_note_and_clears_it_on_the_other_computer(two):
    a, b = two
    _edited_on_both(a, b)
    (found,) = conflicts.to_resolve(a)
    replaced, kept = found.current.body, found.other.body
    assert conflicts.resolve(a, found, OTHER) == kept
    assert notes.get(a, found.note_id).body == kept
    assert replaced in _history(a)[:-1]  # the text not kept is an earlier version
    assert conflicts.to_resolve(a) == [] and conflicts.count(a) == 0
    assert [e.action for e in audit.entries(a, "note", found.note_id)][-1] == \
        "note.conflict_resolved"
    assert conflicts.count(b) == 1  # until the next exchange
    settle(a, b)
    assert conflicts.to_resolve(b) == []
    assert notes.get(b, _note_id(b)).body == kept
    assert replaced in _history(b)[:-1]
    assert sorted(_history(a)) == sorted(_history(b))


def test_keeping_this_text_changes_no_words_and_still_clears_everywhere(two):
    a, b = two
    _edited_on_both(a, b)
    (found,) = conflicts.to_resolve(b)
    conflicts.resolve(b, found, CURRENT)
    settle(a, b)
    assert conflicts.count(a) == conflicts.count(b) == 0
    assert notes.get(a, _note_id(a)).body == notes.get(b, _note_id(b)).body == found.current.body
    assert found.other.body in _history(a) and found.other.body in _history(b)


def test_keeping_both_joins_them_for_the_coach_to_tidy(two):
    a, b = two
    _edited_on_both(a, b)
    (found,) = conflicts.to_resolve(a)
    conflicts.resolve(a, found, BOTH)
    settle(a, b)
    joined = found.current.body + SEPARATOR + found.other.body
    assert notes.get(a, _note_id(a)).body == notes.get(b, _note_id(b)).body == joined
    assert conflicts.count(a) == conflicts.count(b) == 0


def test_a_further_edit_before_resolving_keeps_the_conflict_with_the_note_as_it_is(two):
    """Writing on in the note is no choice between the texts: the conflict stays on both
    computers, compared with the note as it is now, and nothing written is lost."""
    a, b = two
    _edited_on_both(a, b)
    notes.save(a, _note_id(a), "Session one, rewritten after the merge.")
    settle(a, b)
    for vault in (a, b):
        (found,) = conflicts.to_resolve(vault)
        assert found.current.body == "Session one, rewritten after the merge."
        assert found.current.here is (vault is a)
    (found,) = conflicts.to_resolve(b)
    conflicts.resolve(b, found, OTHER)
    settle(a, b)
    for vault in (a, b):
        assert conflicts.count(vault) == 0
        assert notes.get(vault, _note_id(vault)).body == found.other.body
        assert {TRAIN, HOME, "Session one, rewritten after the merge."} <= set(_history(vault))


def test_a_choice_made_on_an_old_view_of_the_note_is_refused_and_loses_nothing(two):
    a, b = two
    _edited_on_both(a, b)
    (seen,) = conflicts.to_resolve(a)
    notes.save(a, seen.note_id, "Typed in the note's window meanwhile.")
    with pytest.raises(conflicts.Changed, match="changed while you were choosing"):
        conflicts.resolve(a, seen, OTHER)
    assert notes.get(a, seen.note_id).body == "Typed in the note's window meanwhile."
    (now,) = conflicts.to_resolve(a)
    conflicts.resolve(a, now, CURRENT)
    with pytest.raises(conflicts.Changed, match="resolved already"):
        conflicts.resolve(a, now, OTHER)


def test_no_words_of_the_note_reach_the_log(two, caplog):
    a, b = two
    caplog.set_level(logging.DEBUG)
    _edited_on_both(a, b)
    conflicts.resolve(a, conflicts.to_resolve(a)[0], BOTH)
    settle(a, b)
    assert "laptop in the train" not in caplog.text and "at home" not in caplog.text


def test_three_computers_resolve_each_text_once_and_agree(tmp_path):
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    folder = tmp_path / "Syncthing"
    pair(a, [b, c], folder)
    try:
        client = clients.add(a, clients.ClientDraft("Ada Byrne"))
        notes.add(a, client.id, "Session one.")
        settle(a, b, c)
        for vault, words in ((a, "From the laptop."), (b, "From the desktop."),
                             (c, "From the office.")):
            notes.save(vault, _note_id(vault), words)
        settle(a, b, c)
        assert conflicts.count(a) == conflicts.count(b) == conflicts.count(c) == 2
        for found in conflicts.to_resolve(a):
            conflicts.resolve(a, found, CURRENT)
        settle(a, b, c)
        assert conflicts.count(a) == conflicts.count(b) == conflicts.count(c) == 0
        bodies = {notes.get(v, _note_id(v)).body for v in (a, b, c)}
        assert len(bodies) == 1
        for vault in (a, b, c):
            assert {"From the laptop.", "From the desktop.", "From the office."} <= set(
                _history(vault))
    finally:
        for vault in (a, b, c):
            vault.close()


def test_a_resolution_that_arrives_before_the_text_it_resolves_clears_it_on_arrival(tmp_path):
    """The office computer hears of the laptop's choice before the desktop's text reaches
    it (the sync service is slow with the desktop's folder): when the text comes, its
    conflict is found already resolved, and the note is the text the coach chose."""
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    folder = tmp_path / "Syncthing"
    pair(a, [b, c], folder)
    try:
        client = clients.add(a, clients.ClientDraft("Ada Byrne"))
        notes.add(a, client.id, "Session one.")
        settle(a, b, c)
        notes.save(a, _note_id(a), "From the laptop.")
        notes.save(b, _note_id(b), "From the desktop.")
        practice.send(b)
        practice.exchange(a)  # the laptop sees the desktop's text
        (found,) = conflicts.to_resolve(a)
        chosen = conflicts.resolve(a, found, BOTH)
        practice.send(a)
        desktop = next(p for p in (folder / "CoachDesk").glob("*/*")
                       if p.name == practice.settings(b).device_id)
        shutil.move(desktop, tmp_path / "held back")
        practice.exchange(c)  # the laptop's choice, without the desktop's text
        shutil.move(tmp_path / "held back", desktop)
        settle(a, b, c)
        for vault in (a, b, c):
            assert conflicts.count(vault) == 0
            assert notes.get(vault, _note_id(vault)).body == chosen
    finally:
        for vault in (a, b, c):
            vault.close()
