"""A session discarded on one computer while the other writes its note and saves it again
(review of issue 17, finding 1): the note's earlier version named a note the discarding
computer had skipped (its session gone there), so the bundle waited for a note that would
never come, at every exchange, and sync stopped for good. After a full exchange both
computers hold the session, the note and its earlier version, nothing waits or is refused,
and later changes still arrive (docs/sync.md, *Deleted vs edited*)."""

from __future__ import annotations

from pathlib import Path

from syncing import computer, settle

from coachdesk import clients, engagements, excerpts, notes, sessions
from coachdesk.sync import practice
from coachdesk.vault import Vault


def _a_session_on_both(tmp_path: Path) -> tuple[Vault, Vault, int, int, int]:
    """A laptop and a desktop in step over one planned session; returns them, the
    session's id on the laptop, and the session's and the client's ids on the desktop."""
    laptop, desktop = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    ana = clients.add(laptop, clients.ClientDraft("Ana Lima"))
    engagement = engagements.add(laptop, engagements.EngagementDraft(
        ana.id, "2026-01-05", "2026-12-20"))
    session = sessions.add(laptop, sessions.SessionDraft(engagement.id, "2026-02-02T10:00"))
    folder = tmp_path / "Sync"
    practice.join(desktop, folder, practice.start(laptop, folder))
    settle(laptop, desktop)
    (there,) = [s for (s,) in desktop.read("SELECT id FROM sessions")]
    (ana_there,) = [c for (c,) in desktop.read("SELECT id FROM clients")]
    return laptop, desktop, session.id, there, ana_there


def _both_hold_everything(laptop: Vault, desktop: Vault) -> None:
    """What the coach checks on each computer once sync has settled: the session is there
    with its note, the note's earlier version too, and no bundle waits or is refused."""
    for vault in (laptop, desktop):
        done = practice.exchange(vault)
        assert done.waiting == [] and done.refused == []
        assert vault.read("SELECT n.body, s.starts_at FROM notes n JOIN sessions s"
                          " ON s.id = n.session_id") == [
            ("What we agreed on Monday", "2026-02-02T10:00")]
        assert vault.read("SELECT r.body FROM note_revisions r JOIN notes n"
                          " ON n.id = r.note_id") == [("First draft of Monday",)]
    # And later changes of the desktop still reach the laptop.
    clients.add(desktop, clients.ClientDraft("Bea Costa"))
    settle(laptop, desktop)
    assert sorted(laptop.read("SELECT name FROM clients")) == [("Ana Lima",), ("Bea Costa",)]


def test_a_note_saved_twice_in_one_bundle_under_a_discarded_session(tmp_path: Path) -> None:
    laptop, desktop, session, there, ana_there = _a_session_on_both(tmp_path)
    try:
        sessions.discard_started(laptop, session)
        note = notes.add(desktop, ana_there, "First draft of Monday", session_id=there)
        notes.save(desktop, note.id, "What we agreed on Monday")
        settle(laptop, desktop, rounds=5)
        _both_hold_everything(laptop, desktop)
    finally:
        laptop.close()
        desktop.close()


def test_the_note_and_its_second_save_in_two_bundles(tmp_path: Path) -> None:
    laptop, desktop, session, there, ana_there = _a_session_on_both(tmp_path)
    try:
        sessions.discard_started(laptop, session)
        practice.send(laptop)
        note = notes.add(desktop, ana_there, "First draft of Monday", session_id=there)
        practice.send(desktop)
        notes.save(desktop, note.id, "What we agreed on Monday")  # its own bundle
        settle(laptop, desktop, rounds=5)
        _both_hold_everything(laptop, desktop)
    finally:
        laptop.close()
        desktop.close()


def test_the_laptop_takes_the_desktops_bundles_before_its_deletion_arrives(
        tmp_path: Path) -> None:
    """The other order: the laptop applies the note's bundles (skipping them, its session
    gone) before the desktop has heard of the discarding, in separate exchanges."""
    laptop, desktop, session, there, ana_there = _a_session_on_both(tmp_path)
    try:
        sessions.discard_started(laptop, session)
        practice.send(laptop)
        note = notes.add(desktop, ana_there, "First draft of Monday", session_id=there)
        practice.send(desktop)
        practice.exchange(laptop)
        notes.save(desktop, note.id, "What we agreed on Monday")
        practice.send(desktop)
        assert practice.exchange(laptop).waiting == []
        settle(desktop, laptop, rounds=5)
        _both_hold_everything(laptop, desktop)
    finally:
        laptop.close()
        desktop.close()


def test_a_row_naming_the_skipped_note_in_a_later_bundle_without_it(tmp_path: Path) -> None:
    """An excerpt taken from the note later, in a bundle that does not carry the note: the
    laptop remembers the note it skipped, so the excerpt does not wait for it either, and
    both arrive once the desktop has kept the session."""
    laptop, desktop, session, there, ana_there = _a_session_on_both(tmp_path)
    try:
        sessions.discard_started(laptop, session)
        practice.send(laptop)
        note = notes.add(desktop, ana_there, "What we agreed on Monday", session_id=there)
        notes.set_privacy(desktop, note.id, notes.MAY_REPORT)  # an excerpt may be taken
        practice.send(desktop)
        practice.exchange(laptop)  # the note skipped: its session is gone here
        excerpts.add(desktop, ana_there, "we agreed", source_note_id=note.id)
        practice.send(desktop)
        assert practice.exchange(laptop).waiting == []
        settle(desktop, laptop, rounds=5)
        for vault in (laptop, desktop):
            assert practice.exchange(vault).waiting == []
            assert vault.read("SELECT e.text, n.body, s.starts_at FROM excerpts e"
                              " JOIN notes n ON n.id = e.source_note_id"
                              " JOIN sessions s ON s.id = n.session_id") == [
                ("we agreed", "What we agreed on Monday", "2026-02-02T10:00")]
    finally:
        laptop.close()
        desktop.close()


def test_a_row_before_the_skipped_note_in_the_bundle_that_brings_it_back(
        tmp_path: Path) -> None:
    """The excerpt, written before the desktop heard of the discarding, goes out ahead of
    the note in the bundle that brings the note back: it waits for the note there rather
    than being skipped for a note the laptop skipped earlier."""
    laptop, desktop, session, there, ana_there = _a_session_on_both(tmp_path)
    try:
        sessions.discard_started(laptop, session)
        practice.send(laptop)
        note = notes.add(desktop, ana_there, "What we agreed on Monday", session_id=there)
        notes.set_privacy(desktop, note.id, notes.MAY_REPORT)
        practice.send(desktop)
        practice.exchange(laptop)  # the note skipped: its session is gone here
        excerpts.add(desktop, ana_there, "we agreed", source_note_id=note.id)
        practice.receive(desktop)  # the discarding: the session kept, all sent again
        practice.send(desktop)  # the excerpt first, then the session and its note
        assert practice.exchange(laptop).waiting == []
        settle(desktop, laptop, rounds=5)
        for vault in (laptop, desktop):
            assert practice.exchange(vault).waiting == []
            assert vault.read("SELECT e.text, n.body, s.starts_at FROM excerpts e"
                              " JOIN notes n ON n.id = e.source_note_id"
                              " JOIN sessions s ON s.id = n.session_id") == [
                ("we agreed", "What we agreed on Monday", "2026-02-02T10:00")]
    finally:
        laptop.close()
        desktop.close()
