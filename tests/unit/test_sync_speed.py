"""Sync fast enough for a real practice, never holding the window (issue 17): a send reads
through a connection of its own, a join fills empty tables by a bulk path that leaves the
same vault as the general one, and bundles name each device, table and column once."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3
from syncing import computer, pair, settle

from coachdesk import action_items, agreements, clients, disposal, notes
from coachdesk.sync import bundles, merge, practice
from coachdesk.vault.cipher import RawKey, keyed


def _agreement(vault, client_id):
    clauses = tuple(agreements.ClauseDraft(kind, title, f"Text of {title}.")
                    for kind, title in agreements.REQUIRED_CLAUSES.items())
    return agreements.add(vault, agreements.AgreementDraft(
        client_id, "coach_client", "Coaching agreement",
        {"coach": "Coach Kim", "client": "Ann Lee"}, clauses))


def _item(vault, text):
    (found,) = [i for (i,) in vault.read("SELECT id FROM action_items WHERE text = ?", (text,))]
    return found


def test_a_read_in_the_window_is_not_held_by_a_send_in_progress(tmp_path, monkeypatch):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    try:
        pair(a, [b], tmp_path / "Syncthing")
        client = clients.add(a, clients.ClientDraft("Ada Byrne"))
        for n in range(50):
            notes.add(a, client.id, f"note {n}")
        reading = threading.Event()  # the send has read its changes and waits for the window
        window_read = threading.Event()
        order: list[str] = []
        outgoing = practice._outgoing

        def slow_outgoing(*args):
            found = outgoing(*args)
            reading.set()
            window_read.wait(5)  # a large practice's send reads for a long while
            order.append("send still reading")  # (before: the window waited until here)
            return found

        monkeypatch.setattr(practice, "_outgoing", slow_outgoing)

        def sending():
            practice.send(a)
            order.append("send done")

        worker = threading.Thread(target=sending)
        worker.start()
        assert reading.wait(10)
        # The window reads while the send is still reading (before: it waited for it).
        assert a.read_one("SELECT count(*) FROM notes")[0] == 50
        order.append("window read")
        window_read.set()
        worker.join(30)
        assert order == ["window read", "send still reading", "send done"]
        practice.receive(b)
        assert b.read_one("SELECT count(*) FROM notes")[0] == 50
    finally:
        a.close()
        b.close()


# What differs between two computers by nature, not by the path that filled them: their
# own facts and keys, their own audit chain, when each applied and sent, their clocks.
_OWN = {"vault_info", "audit_log", "sync_practice", "sync_clock"}
_WHEN = {"sync_applied": {"applied_at"}, "sync_conflicts": {"found_at"}}


def _tables(vault):
    virtual = [n for n, sql in vault.read("SELECT name, sql FROM sqlite_master WHERE"
                                          " type = 'table'") if sql.startswith("CREATE VIRTUAL")]
    return [n for (n,) in vault.read("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND name NOT LIKE 'sqlite_%' ORDER BY name")
            if n not in _OWN and not any(n == v or n.startswith(v + "_") for v in virtual)]


def _contents(vault, table):
    """Every row, every column (the change log without its own numbering: the bulk path
    writes its entries table by table, the general one row by row)."""
    cols = [c[1] for c in vault.read(f'PRAGMA table_info("{table}")')
            if c[1] not in _WHEN.get(table, set()) and not (table == "sync_changes"
                                                            and c[1] == "seq")]
    quoted = ", ".join(f'"{c}"' for c in cols)
    (me,) = vault.read_one("SELECT device_id FROM sync_practice")

    def named(value):  # each computer's own id is its own by nature
        return value.replace(me, "<this computer>") if isinstance(value, str) else value

    return cols, sorted((tuple(named(v) for v in row)
                         for row in vault.read(f'SELECT {quoted} FROM "{table}"')), key=repr)


def test_a_join_by_the_bulk_path_leaves_the_same_vault_as_the_general_path(tmp_path,
                                                                            monkeypatch):
    folder = tmp_path / "Syncthing"
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    try:
        ann = clients.add(a, clients.ClientDraft("Ann Lee", email="ann@example.org"))
        bea = clients.add(a, clients.ClientDraft("Bea Cole"))
        gone = clients.add(a, clients.ClientDraft("Quillon Vantablack"))
        for n in range(30):
            notes.add(a, ann.id, f"Ann, session {n}: goals and progress.")
        note = notes.add(a, bea.id, "Bea's first session.")
        notes.add(a, gone.id, "Quillon spoke about canary-4417.")
        agreement = _agreement(a, ann.id)
        pair(a, [b], folder)
        # Edits on both computers, a note edited on both, a record made on both at once
        # (folded), a deletion and a disposal.
        on_b = {c.name: c.id for c in clients.get_many(b, clients.list_ids(b)).values()}
        clients.update(a, ann.id, clients.ClientDraft("Ann Lee", email="ann@new.example"))
        clients.archive(b, on_b["Bea Cole"])
        notes.save(a, note.id, "Bea's first session, written on the laptop.")
        (b_note,) = notes.ids_for_client(b, on_b["Bea Cole"])
        time.sleep(0.005)
        notes.save(b, b_note, "Bea's first session, written at home.")
        agreements.record_signature(a, agreement.id, "client", "Ann Lee", "2026-03-01",
                                    "handwritten")
        time.sleep(0.005)
        (b_agreement,) = agreements.for_client(b, on_b["Ann Lee"])
        agreements.record_signature(b, b_agreement.id, "client", "Ann M. Lee", "2026-03-02",
                                    "email")
        extra = action_items.add(b, on_b["Ann Lee"], "An action soon removed.")
        action_items.add(b, on_b["Ann Lee"], "An action that stays.")
        settle(a, b)
        action_items.remove(b, extra.id)
        action_items.set_done(a, _item(a, "An action that stays."), True)
        clients.add(b, clients.ClientDraft("Cid Moss"))
        disposal.dispose(a, gone.id, "client_request")
        settle(a, b)
        code = practice.pairing_code(a)
    finally:
        a.close()
        b.close()
    # Two new computers join from the same folder as it is now: one by the bulk path,
    # one by the general path.
    shutil.copytree(folder, tmp_path / "copy")
    joined = {}
    for name, bulk_from, source in (("bulk", 0, folder), ("general", 10**9,
                                                         tmp_path / "copy")):
        monkeypatch.setattr(merge, "BULK_FROM", bulk_from)
        chosen: list[set[str]] = []
        choose = merge._Applier.choose_bulk

        def spy(self, tables, choose=choose, chosen=chosen):
            choose(self, tables)
            chosen.append(set(self.bulk))

        monkeypatch.setattr(merge._Applier, "choose_bulk", spy)
        vault = computer(tmp_path, name)
        practice.join(vault, source, code)
        joined[name] = vault
        if name == "bulk":
            assert any({"clients", "notes"} <= c for c in chosen)  # the bulk path ran
        else:
            assert chosen == []
    bulk, general = joined["bulk"], joined["general"]
    try:
        assert _tables(bulk) == _tables(general)
        assert "notes" in _tables(bulk) and "sync_ids" in _tables(bulk)
        for table in _tables(bulk):
            assert _contents(bulk, table) == _contents(general, table), table
        for vault in (bulk, general):
            # What the coach sees: the merged practice, found by search too.
            bodies = {b for (b,) in vault.read("SELECT body FROM notes")}
            assert "Bea's first session, written at home." in bodies
            assert vault.read("SELECT text FROM action_items") == [("An action that stays.",)]
            assert not any("canary-4417" in b for b in bodies)
            found = vault.read("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'progress'")
            assert len(found) == 30
            assert vault.read("SELECT count(*) FROM clients_fts WHERE clients_fts MATCH"
                              " 'Quillon'") == [(0,)]
            assert vault.read("SELECT signed_name FROM signatures") == [("Ann M. Lee",)]
            # Its capture triggers are back: a change made here travels.
            clients.add(vault, clients.ClientDraft("Dee Park"))
            assert vault.read("SELECT count(*) FROM sync_changes WHERE device IS NULL"
                              " AND tbl = 'clients'") == [(1,)]
    finally:
        bulk.close()
        general.close()


def _write_format_1(path: Path, key: bytes, bundle: bundles.Bundle) -> None:
    """A bundle as CoachDesk wrote it before format 2 (every name in every row)."""
    path.unlink(missing_ok=True)
    conn = keyed(path, RawKey(key), "rwc")
    conn.execute("CREATE TABLE header (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE changes (position INTEGER PRIMARY KEY, tbl TEXT NOT NULL,"
                 " gid TEXT NOT NULL, op TEXT NOT NULL, col TEXT NOT NULL, value,"
                 " hlc INTEGER NOT NULL, device TEXT NOT NULL, base_hlc INTEGER)")
    conn.executemany("INSERT INTO changes (tbl, gid, op, col, value, hlc, device, base_hlc)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(c.tbl, c.gid, c.op, c.col, c.value, c.hlc, c.device, c.base_hlc)
                      for c in bundle.changes])
    header = {"format": 1, "practice_id": bundle.practice_id, "device_id": bundle.device_id,
              "sequence": bundle.sequence, "covers_from": bundle.covers_from,
              "schema_version": bundle.schema_version, "count": len(bundle.changes),
              "digest": bundles.digest(bundle.changes, 1)}
    conn.executemany("INSERT INTO header VALUES (?, ?)", [(k, str(v)) for k, v in header.items()])
    conn.commit()
    conn.close()


@pytest.fixture
def a_bundle(tmp_path):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    pair(a, [b], tmp_path / "Syncthing")
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    for n in range(200):
        notes.add(a, client.id, f"Session {n}: what we agreed today.")
    practice.send(a)
    s = practice.settings(a)
    (path,) = bundles.own(s.folder, s.practice_id, s.device_id)[-1:]
    bundle = bundles.read(path, practice._key(a), s.practice_id, 99)
    assert isinstance(bundle, bundles.Bundle)
    yield a, b, path, bundle
    a.close()
    b.close()


def test_a_bundle_names_each_device_table_and_column_once_and_is_smaller(a_bundle, tmp_path):
    a, _b, path, bundle = a_bundle
    key = practice._key(a)
    raw = path.read_bytes()
    old = tmp_path / "old.cdsync"
    _write_format_1(old, key, bundle)
    conn = keyed(path, RawKey(key), "ro")
    try:
        devices = conn.execute("SELECT DISTINCT typeof(device) FROM changes").fetchall()
        named = conn.execute("SELECT count(*) FROM changes WHERE gid IS NOT NULL").fetchone()
    finally:
        conn.close()
    assert devices == [("integer",)]
    assert named[0] == len({(c.tbl, c.gid) for c in bundle.changes}) < len(bundle.changes)
    assert len(raw) < 0.75 * old.stat().st_size


def test_a_bundle_of_the_first_format_is_still_read_and_applied(a_bundle, tmp_path):
    a, b, path, bundle = a_bundle
    _write_format_1(path, practice._key(a), bundle)  # as an older CoachDesk wrote it
    read = bundles.read(path, practice._key(a), bundle.practice_id, 99)
    assert isinstance(read, bundles.Bundle) and read.changes == bundle.changes
    assert practice.receive(b).refused == []
    assert b.read_one("SELECT count(*) FROM notes")[0] == 200


def test_a_bundle_of_a_newer_format_is_refused_with_its_reason(a_bundle):
    a, b, path, _bundle = a_bundle
    conn = keyed(path, RawKey(practice._key(a)), "rw")
    conn.execute("UPDATE header SET value = '3' WHERE key = 'format'")
    conn.commit()
    conn.close()
    result = practice.receive(b)
    assert [r.reason for r in result.refused] == [bundles.NEWER]
    assert b.read_one("SELECT count(*) FROM notes")[0] == 0


def test_a_bulk_join_that_meets_a_unique_constraint_is_applied_by_the_general_path(
        tmp_path, monkeypatch):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    try:
        client = clients.add(a, clients.ClientDraft("Ada Byrne"))
        for n in range(20):
            notes.add(a, client.id, f"Session {n}.")
        monkeypatch.setattr(merge, "BULK_FROM", 0)
        flush, refused = merge._Applier.flush, []

        def colliding(self):
            if self.buffered and not refused:  # as two rows equal by a UNIQUE constraint
                refused.append(True)
                raise sqlcipher3.IntegrityError("UNIQUE constraint failed")
            flush(self)

        monkeypatch.setattr(merge._Applier, "flush", colliding)
        pair(a, [b], tmp_path / "Syncthing")
        assert refused
        assert sorted(b.read("SELECT body FROM notes")) == sorted(a.read("SELECT body FROM notes"))
        assert b.read("SELECT name FROM clients") == [("Ada Byrne",)]
        assert b.read("SELECT count(*) FROM sync_applied") == [(1,)]
    finally:
        a.close()
        b.close()
