"""What a note's history keeps: a version a minute of editing, not one per pause; and
who may see a note, as one of three explicit choices."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coachdesk import clients, excerpts, notes
from coachdesk.errors import InvalidInput


class Clock:
    """The vault's idea of now, moved on by the test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

    def __call__(self) -> str:
        return self.now.isoformat(timespec="microseconds")

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(notes, "now_utc", clock)
    return clock


def test_saves_at_every_pause_keep_one_version_a_minute(vault, clock):
    client = clients.add(vault, clients.ClientDraft("Ana"))
    note = notes.add(vault, client.id, "v0")
    for n, pause in enumerate((1, 1, 20, 30, 15, 2, 70, 1), start=1):
        clock.wait(pause)
        notes.save(vault, note.id, f"v{n}")
    history = notes.revisions(vault, note.id)
    # v0 (the first words); v5 (saved 67 s in: the first text a minute after v0); v6 (it
    # stood 70 s before v7 replaced it: a new spell of editing); v7 (saved a minute after
    # v6 was kept); and v8, the current text. v1-v4 were replaced within seconds.
    assert [r.body for r in history] == ["v0", "v5", "v6", "v7", "v8"]


def test_text_that_stood_for_days_is_kept_when_it_is_rewritten(vault, clock):
    client = clients.add(vault, clients.ClientDraft("Ana"))
    note = notes.add(vault, client.id, "")
    clock.wait(5)
    notes.save(vault, note.id, "draft")
    clock.wait(40)
    notes.save(vault, note.id, "FINAL session note as it stood")
    clock.wait(7 * 24 * 3600)
    notes.save(vault, note.id, "rewritten entirely")
    assert [r.body for r in notes.revisions(vault, note.id)] == [
        "", "FINAL session note as it stood", "rewritten entirely"]


def test_notes_written_in_bulk_without_a_zone_save_again_and_again(vault, clock):
    client = clients.add(vault, clients.ClientDraft("Ana"))
    (note_id,) = notes.add_many(vault, [notes.NewNote(client.id, "first",
                                                      "2026-01-20T17:30:00")])
    for n in range(3):
        clock.wait(90)
        notes.save(vault, note_id, f"again {n}")
    assert [r.body for r in notes.revisions(vault, note_id)] == [
        "first", "again 0", "again 1", "again 2"]


def test_a_large_note_saved_four_times_in_a_minute_keeps_one_earlier_copy(vault, clock):
    client = clients.add(vault, clients.ClientDraft("Ana"))
    big = "a long pasted transcript line\n" * 35_000  # about 1 MB
    note = notes.add(vault, client.id, big)
    for n in range(4):
        clock.wait(5)
        notes.save(vault, note.id, big + f"and {n} more words")
    stored = vault.read_one("SELECT count(*), sum(length(body)) FROM note_revisions")
    assert stored[0] == 1 and stored[1] == len(big)


def test_who_may_see_a_note_is_one_of_three_choices(vault):
    client = clients.add(vault, clients.ClientDraft("Ana"))
    note = notes.add(vault, client.id, "Her recap")
    assert note.privacy == notes.COACH_ONLY and note.is_private
    for privacy in (notes.WITH_CLIENT, notes.MAY_REPORT, notes.COACH_ONLY):
        assert notes.set_privacy(vault, note.id, privacy).privacy == privacy
        assert notes.get(vault, note.id).privacy == privacy
    with pytest.raises(InvalidInput, match="Choose who may see"):
        notes.set_privacy(vault, note.id, "everyone")
    actions = [r[0] for r in vault.read(
        "SELECT action FROM audit_log WHERE record_kind = 'note' ORDER BY id")]
    assert actions == ["note.added", "note.shared", "note.for_sponsor", "note.private"]


def test_only_a_note_the_sponsor_may_see_is_offered_for_a_sponsor_report(vault):
    client = clients.add(vault, clients.ClientDraft("Ana"))
    shared = notes.add(vault, client.id, "words for her", privacy=notes.WITH_CLIENT)
    with pytest.raises(InvalidInput, match="shared with the client only"):
        excerpts.add(vault, client.id, "words", source_note_id=shared.id)
    notes.set_privacy(vault, shared.id, notes.MAY_REPORT)
    assert excerpts.add(vault, client.id, "words", source_note_id=shared.id).text == "words"
