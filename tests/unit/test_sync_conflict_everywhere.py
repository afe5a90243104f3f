"""A note edited on two computers is listed to resolve on every computer of the practice,
including one that builds the practice from bundles rewritten since the two edits (it
never sees them meet: the kept text is its only sign of the conflict), and one that
receives the kept text before it finds the conflict itself lists it once."""

from __future__ import annotations

import time

from syncing import computer, settle, two_computers

from coachdesk import clients, disposal, notes
from coachdesk.sync import conflicts, practice

TRAIN = "Written on the laptop in the train."
HOME = "Written at home on the desktop."


def _edited_on_both(laptop, desktop) -> None:
    """Ada's note edited on both computers before either heard of the other's edit; a
    second client, Jonas, to dispose of (a disposal rewrites every computer's bundles)."""
    ada = clients.add(laptop, clients.ClientDraft("Ada Byrne"))
    clients.add(laptop, clients.ClientDraft("Jonas Berg"))
    notes.add(laptop, ada.id, "Session one.")
    settle(laptop, desktop)
    notes.save(laptop, _note(laptop), TRAIN)
    time.sleep(0.005)  # the desktop's edit is the later one: its text is the note's
    notes.save(desktop, _note(desktop), HOME)
    settle(laptop, desktop)


def _note(vault) -> int:
    return int(vault.read_one(
        "SELECT n.id FROM notes n JOIN clients c ON c.id = n.client_id"
        " WHERE c.name = 'Ada Byrne'")[0])


def _rewrite_everyones_bundles(laptop, desktop) -> None:
    (jonas,) = [c for (c,) in laptop.read("SELECT id FROM clients WHERE name = 'Jonas Berg'")]
    disposal.dispose(laptop, jonas, "client_request")
    settle(laptop, desktop)


def _listed(vault) -> list[tuple[str, str, int, str]]:
    return [(c.current.body, c.other.body, c.other_hlc, c.other.computer)
            for c in conflicts.to_resolve(vault)]


def _rows(vault) -> int:
    return int(vault.read_one("SELECT count(*) FROM sync_conflicts")[0])


def test_a_computer_joining_after_the_rewrite_lists_the_conflict_the_others_list(tmp_path):
    with two_computers(tmp_path) as (laptop, desktop):
        _edited_on_both(laptop, desktop)
        assert _listed(laptop) == _listed(desktop) == [
            (HOME, TRAIN, *_listed(laptop)[0][2:])]
        _rewrite_everyones_bundles(laptop, desktop)
        office = computer(tmp_path, "office")
        try:
            practice.join(office, tmp_path / "Syncthing", practice.pairing_code(laptop))
            settle(laptop, desktop, office)
            # The same conflict, named by the same version, with the same two texts.
            assert _listed(office) == _listed(laptop)
            assert conflicts.count(office) == 1 and _rows(office) == 1
            assert conflicts.to_resolve(office)[0].client_name == "Ada Byrne"

            # Resolved on the office computer, in one step: gone from every list.
            (found,) = conflicts.to_resolve(office)
            conflicts.resolve(office, found, conflicts.OTHER)
            settle(laptop, desktop, office)
            for vault in (laptop, desktop, office):
                assert conflicts.count(vault) == 0
                assert notes.get(vault, _note(vault)).body == TRAIN
                # the text replaced stays an earlier version
                assert HOME in [r.body for r in notes.revisions(vault, _note(vault))]
            assert _rows(office) == 1  # one conflict, resolved, never listed again
        finally:
            office.close()


def test_resolved_before_the_computer_joined_it_is_not_listed_there(tmp_path):
    with two_computers(tmp_path) as (laptop, desktop):
        _edited_on_both(laptop, desktop)
        (found,) = conflicts.to_resolve(laptop)
        conflicts.resolve(laptop, found, conflicts.CURRENT)
        _rewrite_everyones_bundles(laptop, desktop)
        assert conflicts.count(desktop) == 0
        office = computer(tmp_path, "office")
        try:
            practice.join(office, tmp_path / "Syncthing", practice.pairing_code(laptop))
            settle(laptop, desktop, office)
            assert conflicts.count(office) == 0
            assert _rows(office) == 1  # found from the kept text, and found resolved
            assert TRAIN in [r.body for r in notes.revisions(office, _note(office))]
        finally:
            office.close()


def test_the_kept_text_arriving_before_the_conflict_is_found_here_lists_it_once(tmp_path):
    with two_computers(tmp_path) as (laptop, desktop):
        office = computer(tmp_path, "office")
        try:
            practice.join(office, tmp_path / "Syncthing", practice.pairing_code(laptop))
            ada = clients.add(laptop, clients.ClientDraft("Ada Byrne"))
            notes.add(laptop, ada.id, "Session one.")
            settle(laptop, desktop, office)
            notes.save(laptop, _note(laptop), TRAIN)
            time.sleep(0.005)
            notes.save(desktop, _note(desktop), HOME)
            # The two meet on the laptop and the desktop; the office hears of it after,
            # from bundles holding both edits and the text the laptop kept.
            settle(laptop, desktop)
            settle(office, rounds=2)
            assert _listed(office) == _listed(laptop) == _listed(desktop)
            assert conflicts.count(office) == 1 and _rows(office) == 1
            history = [r.body for r in notes.revisions(office, _note(office))]
            assert history.count(TRAIN) == 1  # one earlier version, not one per computer
        finally:
            office.close()
