"""Migrations run in order once, and record the schema version in the vault."""

from __future__ import annotations

import sqlcipher3

from coachdesk import migrations


def test_scripts_are_numbered_from_one_without_gaps():
    versions = [v for v, _ in migrations.scripts()]
    assert versions == list(range(1, len(versions) + 1)) and versions


def test_apply_reaches_the_latest_version_once():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    assert migrations.apply(conn) == migrations.latest()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest()
    assert migrations.apply(conn) == 0  # nothing left to do
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"clients", "sponsors", "engagements", "goals", "agreements", "signatures",
            "sessions", "notes", "note_revisions", "audit_log", "notes_fts"} <= tables


def test_a_failing_migration_leaves_the_vault_as_it_was():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY)")  # clashes with migration 1
    try:
        migrations.apply(conn)
    except sqlcipher3.OperationalError as exc:
        assert "already exists" in str(exc)
    else:
        raise AssertionError("the clashing migration was applied")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"clients"}
