"""What an adversarial review of issue 17 proved at the merge and exchange level, mended
(docs/sync.md, *Mended after review*): each test is one of the reviewer's reproductions,
turned into what a coach would check."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from syncing import computer, pair, settle, text_everywhere

from coachdesk import clients, disposal, excerpts, invoices, legal_exports
from coachdesk import vault as vaults
from coachdesk.changes import Change as Touched
from coachdesk.paths import VaultLocation
from coachdesk.sync import bundles, mend, numbers, practice, status
from coachdesk.vault import backups, recovery
from coachdesk.vault.cipher import RawKey, keyed
from tests import billing_setup


@pytest.fixture
def two(tmp_path):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    pair(a, [b], tmp_path / "Sync")
    yield a, b
    a.close()
    b.close()


def _own_folder(vault):
    found = practice.settings(vault)
    return bundles.practice_folder(found.folder, found.practice_id) / found.device_id


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _rows_holding(path, key: bytes, needle: str) -> int:
    """Rows of any table of an encrypted file (a backup) holding ``needle``."""
    conn = keyed(path, RawKey(key), "ro")
    try:
        found = 0
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND name NOT LIKE 'sqlite_%'").fetchall():
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
            where = " OR ".join(f'instr(CAST("{c}" AS TEXT), ?) > 0' for c in columns)
            found += conn.execute(f'SELECT count(*) FROM "{table}" WHERE {where}',
                                  (needle,) * len(columns)).fetchone()[0]
        return found
    finally:
        conn.close()


def test_a_client_with_a_disclosure_disposed_of_on_one_computer_is_gone_on_the_other(
        tmp_path):
    """Her disclosure log entry used to stop the other computer's sync for good (the old
    entry came before the disposal in the rewritten bundle), her words left there and in
    its backups."""
    a = computer(tmp_path, "laptop")
    plan = vaults.plan_keyring_vault()
    b = vaults.create(VaultLocation(tmp_path / "desktop"), plan)
    pair(a, [b], tmp_path / "Sync")
    (tmp_path / "backups").mkdir()
    backups.remember_folder(b, str(tmp_path / "backups"))
    ann = clients.add(a, clients.ClientDraft("Ann Lee"))
    excerpts.add(a, ann.id, "CANARY-5150 Ann's words")
    legal_exports.export(a, ann.id, requester="Ann Lee's lawyer", legal_basis="Court order",
                         on="2026-05-01", render=lambda r: r.disclosure_number.encode(),
                         save=lambda _data: None)
    settle(a, b)
    assert b.read("SELECT recipient_name FROM disclosures") == [("Ann Lee's lawyer",)]
    backup = backups.make(b, tmp_path / "backups").path
    assert _rows_holding(backup, plan.key.key, "CANARY-5150") == 1
    disposal.dispose(a, ann.id, "client_request")
    practice.exchange(a)
    done = practice.exchange(b)
    assert done.disposed_clients and not done.refused
    settle(a, b)
    for vault in (a, b):
        assert text_everywhere(vault, "CANARY-5150") == {}
        assert text_everywhere(vault, "Ann Lee") == {}
    # Her disclosure stays on the other computer's log, her words gone from it.
    assert b.read("SELECT count(*) FROM disclosures") == [(1,)]
    assert _rows_holding(backup, plan.key.key, "CANARY-5150") == 0
    assert _rows_holding(backup, plan.key.key, "Ann Lee") == 0
    a.close()
    b.close()


def test_a_bundle_that_fails_here_is_refused_and_every_other_computers_still_apply(tmp_path):
    """One bundle that cannot be applied (here: a rule only this computer has) is rolled
    back and named as not applied, in words; the other computers' bundles still arrive,
    and it applies once it can."""
    a, b, c = (computer(tmp_path, name) for name in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Sync")
    with c.transaction(touches=Touched.NONE) as conn:
        conn.execute("CREATE TRIGGER test_refuses BEFORE INSERT ON clients"
                     " WHEN new.name = 'Pia Refused' BEGIN SELECT RAISE(ABORT, 'no'); END")
    clients.add(a, clients.ClientDraft("Pia Refused"))
    practice.exchange(a)
    clients.add(b, clients.ClientDraft("Ben From Desktop"))
    practice.exchange(b)
    for _ in range(2):
        done = status.run_round(c)  # what the status line runs: no exception
        assert done.problem == ""
    names = {n for (n,) in c.read("SELECT name FROM clients")}
    assert "Ben From Desktop" in names and "Pia Refused" not in names
    not_applied = [r for r in done.exchange.refused if r.reason == practice.NOT_APPLIED]
    assert [r.path.parent.name for r in not_applied] == [practice.settings(a).device_id]
    clients.add(a, clients.ClientDraft("Lea Later"))
    practice.exchange(a)
    practice.exchange(c)
    assert c.read("SELECT count(*) FROM clients WHERE name = 'Lea Later'") == [(0,)]  # in order
    with c.transaction(touches=Touched.NONE) as conn:
        conn.execute("DROP TRIGGER test_refuses")
    done = practice.exchange(c)
    assert not done.refused
    names = {n for (n,) in c.read("SELECT name FROM clients")}
    assert {"Pia Refused", "Lea Later", "Ben From Desktop"} <= names


def _invoice_on_both(a, b):
    bw = billing_setup.brightwater(a)
    issued = invoices.issue(a, invoices.InvoiceDraft(bw.engagement.id, (bw.held[0],),
                                                     "2026-10-05"))
    settle(a, b)
    return issued.id, b.read_one("SELECT id FROM invoices")[0]


def test_an_invoice_paid_on_one_computer_while_voided_on_the_other_ends_voided_on_both(two):
    """Used to stop both computers' sync for good. Voided wins; the payment is set aside
    with an audit entry on each computer, and later work still travels."""
    a, b = two
    on_a, on_b = _invoice_on_both(a, b)
    invoices.mark_paid(b, on_b, "2026-10-06")
    invoices.void(a, on_a, "Wrong sessions", "2026-10-06")
    settle(a, b)
    clients.add(b, clients.ClientDraft("Later client"))
    settle(a, b)
    assert a.read("SELECT count(*) FROM clients WHERE name = 'Later client'") == [(1,)]
    for vault, own in ((a, on_a), (b, on_b)):
        assert invoices.get(vault, own).voided_on == "2026-10-06"
        assert invoices.get(vault, own).paid_on is None
        assert invoices.get(vault, own).void_reason == "Wrong sessions"
        assert vault.read("SELECT record_id FROM audit_log"
                          " WHERE action = 'invoice.payment_set_aside'") == [(own,)]
    with pytest.raises(Exception, match="voided"):
        invoices.mark_paid(b, on_b, "2026-10-07")


def test_an_invoice_voided_on_both_computers_at_once_stays_voided_and_sync_goes_on(two):
    a, b = two
    on_a, on_b = _invoice_on_both(a, b)
    invoices.void(a, on_a, "Wrong sessions", "2026-10-06")
    invoices.void(b, on_b, "Sent twice", "2026-10-07")
    settle(a, b)
    clients.add(a, clients.ClientDraft("Later client"))
    settle(a, b)
    assert b.read("SELECT count(*) FROM clients WHERE name = 'Later client'") == [(1,)]
    assert invoices.get(a, on_a).voided_on and invoices.get(b, on_b).voided_on


def _age(paths, seconds):
    then = time.time() - seconds
    for path in paths:
        os.utime(path, (then, then))


def test_a_damaged_bundle_is_rewritten_by_its_computer_and_the_other_catches_up(two):
    """One damaged bundle used to hold back every later one of its computer for ever, and
    the writer never learnt. The stuck computer says how far it got; the writer rewrites."""
    a, b = two
    clients.add(a, clients.ClientDraft("First"))
    practice.send(a)
    damaged = bundles.own(practice.settings(a).folder, practice.settings(a).practice_id,
                          practice.settings(a).device_id)[-1]
    data = bytearray(damaged.read_bytes())
    data[5000] ^= 0xFF  # one bit of rot
    damaged.write_bytes(bytes(data))
    clients.add(a, clients.ClientDraft("Revoked later"))
    practice.exchange(a)
    settle(a, b)
    assert b.read("SELECT name FROM clients") == []  # fresh damage: still waiting
    assert not mend.others_stuck(a, *_where(a))
    # Twenty minutes on: every file of both computers is that old.
    _age([*_own_folder(a).iterdir(), *_own_folder(b).iterdir()], 2 * mend.STUCK_AFTER)
    practice.exchange(b)  # stuck: says how far it got
    done = practice.exchange(a)  # sees it, rewrites its own bundles
    assert not damaged.exists() and len(bundles.own(*_where(a))) == 1 and done is not None
    done = practice.exchange(b)
    assert not done.refused and not done.waiting
    assert {n for (n,) in b.read("SELECT name FROM clients")} == {"First", "Revoked later"}
    # Caught up: nobody is taken for stuck again.
    practice.exchange(a)
    assert not mend.others_stuck(a, *_where(a))


def test_a_computer_joining_long_after_the_practice_started_is_not_taken_for_stuck(
        two, tmp_path):
    """Its first bundle is empty and says it applied nothing yet: no rewrite for it."""
    a, b = two
    clients.add(a, clients.ClientDraft("First"))
    settle(a, b)
    _age([*_own_folder(a).iterdir(), *_own_folder(b).iterdir()], 2 * mend.STUCK_AFTER)
    before = _files(_own_folder(a))
    c = computer(tmp_path, "office")
    practice.join(c, tmp_path / "Sync", practice.pairing_code(a))
    practice.exchange(a)
    assert _files(_own_folder(a)) == before
    assert c.read("SELECT name FROM clients") == [("First",)]
    c.close()


def _where(vault):
    found = practice.settings(vault)
    return found.folder, found.practice_id, found.device_id


def test_a_disposal_leaves_no_sync_tool_copy_of_her_words_in_the_computers_own_folder(
        two, tmp_path):
    a, b = two
    zed = clients.add(a, clients.ClientDraft("Zed Canary"))
    excerpts.add(a, zed.id, "CANARY-7781 Zed talked about his diagnosis.")
    settle(a, b)
    mine, theirs = _own_folder(a), _own_folder(b)
    for path in bundles.own(*_where(a)):  # what Syncthing and Dropbox leave
        shutil.copy(path, path.with_name(path.stem + ".sync-conflict-20261130-101010-ABC.cdsync"))
        shutil.copy(path, path.with_name(path.stem + " (Coach's conflicted copy).cdsync"))
    before = _files(theirs)
    disposal.dispose(a, zed.id, "retention_ended")
    practice.exchange(a)
    assert len(_files(mine)) == 1  # the rewrite alone
    assert _files(theirs) == before  # never another computer's folder
    settle(a, b)
    key = RawKey(recovery.decode(practice.pairing_code(a)))
    for path in (tmp_path / "Sync").rglob("*"):
        if path.is_file():
            conn = keyed(path, key, "ro")
            try:
                held = conn.execute("SELECT count(*) FROM changes WHERE CAST(value AS TEXT)"
                                    " LIKE '%CANARY-7781%'").fetchone()[0]
            finally:
                conn.close()
            assert held == 0, path.name


def test_two_computers_that_joined_at_once_end_with_two_letters(tmp_path):
    """Both took B (neither's first bundle had reached the other): the one with the larger
    device id takes the next free letter as soon as it sees the clash, and says so."""
    a = computer(tmp_path, "first")
    code = practice.start(a, tmp_path / "Sync")
    shutil.copytree(tmp_path / "Sync", tmp_path / "SyncC")
    shutil.copytree(tmp_path / "Sync", tmp_path / "SyncD")
    c, d = computer(tmp_path, "c"), computer(tmp_path, "d")
    practice.join(c, tmp_path / "SyncC", code)
    practice.join(d, tmp_path / "SyncD", code)
    assert practice.settings(c).label == practice.settings(d).label == "B"
    for copy in (tmp_path / "SyncC", tmp_path / "SyncD"):  # the sync service catches up
        shutil.copytree(copy, tmp_path / "Sync", dirs_exist_ok=True)
    for vault in (c, d):
        with vault.transaction(touches=Touched.NONE) as conn:
            conn.execute("UPDATE sync_practice SET folder = ?", (str(tmp_path / "Sync"),))
    settle(a, c, d)
    kept, moved = sorted((c, d), key=lambda v: practice.settings(v).device_id)
    assert practice.settings(kept).label == "B" and practice.settings(moved).label == "C"
    assert status.status(moved).former_label == "B" and status.status(moved).relabelled_at
    assert status.status(kept).former_label == ""
    for vault in (a, c, d):  # every computer knows both letters
        assert {label for (label,) in vault.read("SELECT label FROM sync_devices")} >= (
            {"B", "C"} - {practice.settings(vault).label})
    assert numbers.number(moved, "CR", "approval_rounds", 1) == "CR-C000001"
    assert numbers.number(kept, "CR", "approval_rounds", 1) == "CR-B000001"
    for vault in (a, c, d):
        vault.close()
