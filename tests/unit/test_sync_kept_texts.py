"""Found by the property test (tests/unit/test_sync_properties.py): the losing text of a
note edited on two computers must reach a computer that never saw the two edits
themselves, one that builds the practice from bundles rewritten since (a disposal's
rewrite, a compaction), and it must be one earlier version there, not one per computer."""

from __future__ import annotations

import time

from syncing import computer, settle

from coachdesk import clients, disposal, notes
from coachdesk.sync import practice

TRAIN, HOME, LATER = "Written on the train.", "Written at home.", "Tidied the next day."


def _history(vault) -> list[str]:
    return sorted(b for (b,) in vault.read(
        "SELECT body FROM notes UNION ALL SELECT body FROM note_revisions"))


def test_a_computer_joining_after_a_rewrite_keeps_the_text_that_lost(tmp_path):
    laptop, desktop = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    try:
        client = clients.add(laptop, clients.ClientDraft("Maya Okafor"))
        other = clients.add(laptop, clients.ClientDraft("Jonas Berg"))
        note = notes.add(laptop, client.id, "First words.")
        code = practice.start(laptop, tmp_path / "Sync")
        practice.join(desktop, tmp_path / "Sync", code)
        (on_desktop,) = [n for (n,) in desktop.read("SELECT id FROM notes")]
        notes.save(laptop, note.id, TRAIN)
        time.sleep(0.005)  # the desktop's edit is the later one
        notes.save(desktop, on_desktop, HOME)
        settle(laptop, desktop)
        assert TRAIN in _history(laptop) and TRAIN in _history(desktop)
        notes.save(laptop, note.id, LATER)  # a conflict listed: HOME is kept too
        disposal.dispose(laptop, other.id, "client_request")  # rewrites the laptop's bundles
        settle(laptop, desktop)
        office = computer(tmp_path, "office")
        try:
            practice.join(office, tmp_path / "Sync", code)
            settle(laptop, desktop, office)
            assert TRAIN in _history(office)  # the train's words: an earlier version there
            assert _history(office) == _history(laptop) == _history(desktop)
            assert _history(laptop).count(TRAIN) == 1  # one earlier version, not one each
        finally:
            office.close()
    finally:
        laptop.close()
        desktop.close()
