"""Migration 0011: each note keeps the meaning its pill showed. Coach-only notes stay
coach only; shared notes are "Shared with client"; a shared note whose words were
already lifted into a sponsor report says "Sponsor, if client approves", since that is
where its words went (and it stays liftable)."""

from __future__ import annotations

import os

import sqlcipher3

from coachdesk import migrations, notes
from coachdesk import vault as vaults


def test_notes_keep_their_meaning_and_lifted_ones_stay_for_the_sponsor(location):
    key = vaults.RawKey(os.urandom(32))
    location.ensure_folder()
    conn = sqlcipher3.connect(str(location.vault_file), isolation_level=None)
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    migrations.apply(conn, up_to=10)
    now = "2026-05-01T09:00:00+00:00"
    sha = "0" * 64
    conn.executescript(f"""
        INSERT INTO vault_info (key, value) VALUES ('vault_id', 'older-vault'),
                                                   ('key_mode', 'keyring');
        INSERT INTO clients (id, name, sort_name, created_at, updated_at)
            VALUES (1, 'Jonas Berg', 'berg', '{now}', '{now}');
        INSERT INTO notes (id, client_id, is_private, body, created_at, updated_at)
            VALUES (1, 1, 1, 'coach only', '{now}', '{now}'),
                   (2, 1, 0, 'shared, never lifted', '{now}', '{now}'),
                   (3, 1, 0, 'shared, and lifted', '{now}', '{now}');
        INSERT INTO excerpts (client_id, source_note_id, text, text_sha256, created_at,
                              updated_at)
            VALUES (1, 3, 'and lifted', '{sha}', '{now}', '{now}');
    """)
    conn.close()
    vault = vaults.open_with_key(location, key)
    try:
        assert [notes.get(vault, i).privacy for i in (1, 2, 3)] == [
            notes.COACH_ONLY, notes.WITH_CLIENT, notes.MAY_REPORT]
    finally:
        vault.close()


def test_the_demo_offers_recaps_a_sponsor_may_receive_words_from(location):
    from coachdesk import demo

    vault = demo.open_or_create(location)
    try:
        offered = vault.read("SELECT n.client_id FROM notes n JOIN engagements e"
                             " ON e.client_id = n.client_id WHERE n.for_sponsor = 1"
                             " AND n.is_private = 0 AND e.sponsor_id IS NOT NULL")
        assert offered  # "Lift words from a note" has something to offer in the demo
        assert not vault.read("SELECT 1 FROM notes WHERE for_sponsor = 1 AND is_private = 1")
    finally:
        vault.close()
