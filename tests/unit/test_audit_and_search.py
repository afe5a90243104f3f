"""The audit log holds ids and actions only, and any tampering breaks its chain;
search finds what was written in the same transaction and nothing else."""

from __future__ import annotations

import pytest

from coachdesk import audit, clients, notes, search, sponsors
from coachdesk.errors import InvalidInput


def _tamper(vault, *statements):
    """What an attacker with the key could do: drop the guards and edit the log."""
    conn = vault.connection
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for sql in statements:
        conn.execute(sql)


@pytest.fixture
def busy_vault(vault):
    for name in ("Ann", "Ben", "Cleo", "Dev"):
        client = clients.add(vault, clients.ClientDraft(name))
        notes.add(vault, client.id, f"note about {name}")
    return vault


def test_every_change_is_audited_without_content(busy_vault):
    entries = audit.entries(busy_vault)
    assert [e.action for e in entries[:2]] == ["client.added", "note.added"]
    assert len(entries) == 8
    dump = repr(entries)
    for name in ("Ann", "Ben", "Cleo", "Dev", "note about"):
        assert name not in dump
    assert audit.verify_chain(busy_vault).ok


def test_audit_log_refuses_updates_and_deletes(busy_vault):
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        busy_vault.connection.execute("UPDATE audit_log SET action = 'x' WHERE id = 1")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        busy_vault.connection.execute("DELETE FROM audit_log WHERE id = 1")


def test_edited_entry_is_detected(busy_vault):
    _tamper(busy_vault, "UPDATE audit_log SET record_id = 99 WHERE id = 3")
    check = audit.verify_chain(busy_vault)
    assert not check.ok and check.first_bad_id == 3 and "changed" in check.problem


def test_removed_entry_is_detected(busy_vault):
    _tamper(busy_vault, "DELETE FROM audit_log WHERE id = 4")
    check = audit.verify_chain(busy_vault)
    assert not check.ok and check.first_bad_id == 5


def test_removed_last_entries_are_detected(busy_vault):
    _tamper(busy_vault, "DELETE FROM audit_log WHERE id >= 7")
    check = audit.verify_chain(busy_vault)
    assert not check.ok and "end of the log" in check.problem


def test_inserted_entry_is_detected(busy_vault):
    entries = audit.entries(busy_vault)
    forged = entries[2]
    _tamper(busy_vault,
            "UPDATE audit_log SET id = id + 100 WHERE id >= 4",
            f"INSERT INTO audit_log VALUES (4, '{forged.at}', 'client.added', 'client', 42,"
            f" '{forged.hash}', '{'0' * 64}')")
    check = audit.verify_chain(busy_vault)
    assert not check.ok and check.first_bad_id == 4


def test_failed_write_leaves_no_audit_entry_and_no_index_entry(busy_vault):
    before = len(audit.entries(busy_vault))
    with pytest.raises(InvalidInput):
        clients.add(busy_vault, clients.ClientDraft(""))
    note_count = len(search.note_ids(busy_vault, "zeppelin"))
    with pytest.raises(RuntimeError), busy_vault.transaction() as conn:
        conn.execute("UPDATE notes SET body = 'zeppelin' WHERE id = 1")
        raise RuntimeError("power cut")
    assert len(audit.entries(busy_vault)) == before
    assert len(search.note_ids(busy_vault, "zeppelin")) == note_count == 0
    assert audit.verify_chain(busy_vault).ok


def test_search_finds_clients_sponsors_and_notes_and_follows_edits(vault):
    ann = clients.add(vault, clients.ClientDraft("Annika Berg", email="annika@example.org"))
    sponsors.add(vault, sponsors.SponsorDraft("Nordlicht Versicherung"))
    note = notes.add(vault, ann.id, "Wants to négocier a promotion; fears the board.")
    hits = search.everything(vault, "nord")
    assert [(h.kind, h.title) for h in hits] == [("sponsor", "Nordlicht Versicherung")]
    assert [(h.kind, h.record_id) for h in search.everything(vault, "negoc")] == [
        ("note", note.id)]
    # A note hit is titled by its client and date, never by its text.
    assert "promotion" not in search.everything(vault, "promotion")[0].title
    notes.save(vault, note.id, "Now about delegation.")
    assert search.everything(vault, "promotion") == []
    assert [h.record_id for h in search.everything(vault, "delegation")] == [note.id]
    clients.update(vault, ann.id, clients.ClientDraft("Annika Lund"))
    assert search.everything(vault, "berg") == []
    assert [h.kind for h in search.everything(vault, "lund")] == ["client"]


@pytest.mark.parametrize("typed", ['"', "AND", "NEAR(", "a*b", "-x", "^", "'); DROP TABLE notes"])
def test_search_syntax_in_what_is_typed_is_just_text(vault, typed):
    search.everything(vault, typed)
    assert vault.read_one("SELECT count(*) FROM notes") == (0,)
