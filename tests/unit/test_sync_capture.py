"""Change capture for sync: every table a practice shares is logged in the same
transaction as the write, by triggers made from the schema itself."""

from __future__ import annotations

import json

import pytest

from coachdesk import clients, notes
from coachdesk.sync import capture, practice


@pytest.fixture
def syncing(vault, tmp_path):
    practice.start(vault, tmp_path / "Sync")
    return vault


def _tables(vault):
    virtual = [n for n, sql in vault.read("SELECT name, sql FROM sqlite_master"
                                          " WHERE type = 'table'")
               if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [n for (n,) in vault.read("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND name NOT LIKE 'sqlite_%'")
            if n not in virtual and not any(n.startswith(f"{v}_") for v in virtual)]


def test_every_text_column_of_every_table_is_captured_or_excluded_for_a_reason(syncing):
    triggers = {name: sql for name, sql in syncing.read(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        (capture.PREFIX + "%",))}
    shared = []
    for table in _tables(syncing):
        if table.startswith("sync_") or table in capture.EXCLUDED:
            assert table.startswith("sync_") or capture.EXCLUDED[table]
            continue
        shared.append(table)
        update = triggers[f"{capture.PREFIX}{table}_update"]
        assert f"{capture.PREFIX}{table}_insert" in triggers
        assert f"{capture.PREFIX}{table}_delete" in triggers
        for _cid, column, kind, *_ in syncing.read(f'PRAGMA table_info("{table}")'):
            if "INT" not in kind.upper():
                assert f'OLD."{column}" IS NOT NEW."{column}"' in update, (table, column)
    # The records a coach keeps are all shared.
    assert {"clients", "notes", "note_revisions", "consents", "approval_rounds",
            "disclosures", "disposals", "invoices", "sponsors"} <= set(shared)


def test_a_column_added_by_a_later_migration_is_captured_when_the_vault_opens(syncing):
    from coachdesk import vault as vaults

    location = syncing.location
    with syncing.transaction() as conn:
        conn.execute("ALTER TABLE clients ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")
        conn.execute("UPDATE sync_practice SET captured_at_version = 0")
    syncing.close()
    reopened = vaults.unlock_with_keyring(location)
    try:
        client = clients.add(reopened, clients.ClientDraft("Ada Byrne"))
        with reopened.transaction() as conn:
            conn.execute("UPDATE clients SET nickname = 'Ady' WHERE id = ?", (client.id,))
        logged = reopened.read("SELECT col FROM sync_changes WHERE tbl = 'clients'"
                               " AND op = 'update'")
        assert ("nickname",) in logged
    finally:
        reopened.close()


def test_a_write_and_its_log_commit_or_roll_back_together(syncing):
    client = clients.add(syncing, clients.ClientDraft("Ada Byrne"))
    note = notes.add(syncing, client.id, "first words")
    before = syncing.read_one("SELECT count(*) FROM sync_changes")[0]
    with pytest.raises(RuntimeError), syncing.transaction() as conn:
        conn.execute("UPDATE notes SET body = 'never kept' WHERE id = ?", (note.id,))
        raise RuntimeError("the write fails after the update")
    assert syncing.read_one("SELECT count(*) FROM sync_changes")[0] == before
    notes.save(syncing, note.id, "second words")
    body = syncing.read("SELECT op, base_hlc IS NOT NULL FROM sync_changes"
                        " WHERE tbl = 'notes' AND col = 'body' AND pk = ?",
                        (json.dumps([note.id]),))
    assert body == [("update", 1)]


def test_the_log_keeps_no_words(syncing):
    client = clients.add(syncing, clients.ClientDraft("Zebulon Quartermaine"))
    notes.add(syncing, client.id, "canary-words-7731")
    rows = syncing.read("SELECT * FROM sync_changes")
    assert rows and not any("canary" in str(r) or "Zebulon" in str(r) for r in rows)


def test_a_vault_that_does_not_sync_has_no_capture_triggers(vault):
    assert not vault.read("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                          " AND name LIKE ?", (capture.PREFIX + "%",))
