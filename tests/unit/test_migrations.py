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


def test_migration_9_fails_closed_and_removes_words_of_disposed_clients():
    """Vaults from before the approved frame: older agreements have no confirmed terms,
    older approvals no frame (so they no longer let a report out), approvals keep the
    words still on record, and a disposed client's log entries lose their free text."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrations.apply(conn, up_to=8)
    now = "2026-05-01T09:00:00+00:00"
    conn.executescript(f"""
        INSERT INTO clients (id, name, sort_name, created_at, updated_at)
            VALUES (1, 'Disposed client 1', 'disposed', '{now}', '{now}'),
                   (2, 'Jonas Berg', 'berg', '{now}', '{now}');
        INSERT INTO sponsors (id, organisation, sort_name, created_at, updated_at)
            VALUES (1, 'Northwind Ltd', 'northwind', '{now}', '{now}');
        INSERT INTO agreements (id, client_id, sponsor_id, kind, title, status, created_at,
                                updated_at)
            VALUES (1, 2, 1, 'three_party', 'Agreement', 'active', '{now}', '{now}');
        INSERT INTO excerpts (id, client_id, text, text_sha256, created_at, updated_at)
            VALUES (1, 2, 'Jonas leads.', '{"a" * 64}', '{now}', '{now}');
        INSERT INTO approval_rounds (id, client_id, recipient_kind, recipient_id, method,
                                     given_by, given_on, recorded_at)
            VALUES (1, 2, 'sponsor', 1, 'on_screen', 'Jonas', '2026-05-01', '{now}');
        INSERT INTO consents (excerpt_id, recipient_kind, recipient_id, text_sha256, method,
                              given_by, given_on, recorded_at, round_id)
            VALUES (1, 'sponsor', 1, '{"a" * 64}', 'on_screen', 'Jonas', '2026-05-01',
                    '{now}', 1);
        INSERT INTO disposals (client_id, basis, counts, disposed_at)
            VALUES (1, 'Retention ended for Maya Okafor', '{{}}', '{now}');
        INSERT INTO disclosures (id, kind, client_id, recipient_kind, recipient_name,
                                 purpose, legal_basis, file_sha256, disclosed_at)
            VALUES (1, 'legal_export', 1, 'other', 'Maya Okafor''s lawyer',
                    'The client''s whole record', 'Court order in Okafor v. Northwind',
                    '{"b" * 64}', '{now}'),
                   (2, 'legal_export', 2, 'other', 'Jonas''s lawyer', 'Whole record',
                    'Court order', '{"c" * 64}', '{now}');
    """)
    assert migrations.apply(conn) == migrations.latest() - 8
    assert conn.execute("SELECT sponsor_may_receive FROM agreements").fetchone() == (None,)
    assert conn.execute("SELECT recipient_name, frame FROM approval_rounds").fetchone() == (
        "Northwind Ltd", "")
    assert conn.execute("SELECT text FROM consents").fetchone() == ("Jonas leads.",)
    assert conn.execute("SELECT basis FROM disposals").fetchone() == ("other",)
    assert conn.execute("SELECT recipient_name, purpose, legal_basis FROM disclosures"
                        " ORDER BY id").fetchall() == [
        ("Removed at disposal", "Removed at disposal", ""),
        ("Jonas's lawyer", "Whole record", "Court order")]  # a client not disposed of


def test_the_newest_number_is_the_last_script_shipped():
    """A start compares the vault's version with this number without reading a script."""
    assert migrations.latest() == migrations.scripts()[-1][0] == len(migrations.scripts())


def test_a_vault_from_an_older_coachdesk_is_brought_up_to_date_when_opened(location):
    """An opening skips the migrations only when the vault is current: one made before
    the newest migration still gets it (migration 9: an older agreement's sponsor terms
    are unconfirmed), and says so in its version."""
    import os

    from coachdesk import agreements
    from coachdesk import vault as vaults

    key = vaults.RawKey(os.urandom(32))
    location.ensure_folder()
    conn = sqlcipher3.connect(str(location.vault_file), isolation_level=None)
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    migrations.apply(conn, up_to=migrations.latest() - 1)
    now = "2026-05-01T09:00:00+00:00"
    conn.executescript(f"""
        INSERT INTO vault_info (key, value) VALUES ('vault_id', 'older-vault'),
                                                   ('key_mode', 'keyring');
        INSERT INTO clients (id, name, sort_name, created_at, updated_at)
            VALUES (1, 'Jonas Berg', 'berg', '{now}', '{now}');
        INSERT INTO sponsors (id, organisation, sort_name, created_at, updated_at)
            VALUES (1, 'Northwind Ltd', 'northwind', '{now}', '{now}');
        INSERT INTO agreements (id, client_id, sponsor_id, kind, title, status, created_at,
                                updated_at)
            VALUES (1, 1, 1, 'three_party', 'Agreement', 'active', '{now}', '{now}');
    """)
    conn.close()
    vault = vaults.open_with_key(location, key)
    try:
        assert vault.read_one("PRAGMA user_version")[0] == migrations.latest()
        assert agreements.get(vault, 1).sponsor_may_receive is None
    finally:
        vault.close()
    vault = vaults.open_with_key(location, key)  # now current: opens as it is
    try:
        assert vault.read_one("PRAGMA user_version")[0] == migrations.latest()
        assert [r[0] for r in vault.read("SELECT id FROM agreements")] == [1]
    finally:
        vault.close()
