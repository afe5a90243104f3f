"""A backup restored on a computer that syncs (docs/sync.md, *Restoring a backup*).

The backup is older than what this computer already sent: records it made after the
backup are in its bundles, under global ids (this computer, id) that SQLite would hand out
again to the next records made here, so one client's words would reach another. So the
restored vault takes a new identity, as a joining computer does: a new device id and the
next free letter. Every record it made under its old identity keeps that global id (mapped
in ``sync_ids``), the old identity becomes another computer whose bundles, read from the
folder like any other's, bring back what was done after the backup, and it is marked as
gone (its later bundles refused, no compaction waits for it, its letter never given
again). Invoicing, if the old identity had it, is taken back only once every bundle it
sent has been applied here, so no number it issued after the backup is issued again.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from coachdesk import audit
from coachdesk.changes import Change as Touched
from coachdesk.errors import CoachDeskError
from coachdesk.sync import bundles, capture, computers, identity, issuer, practice
from coachdesk.timeutil import now_utc

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault


@dataclass(frozen=True)
class Rejoined:
    """What the restored vault became: its new letter, and whether it issues invoices."""

    letter: str
    old_device: str
    issues_invoices: bool
    # The old identity is marked as gone, and invoicing is here if it had it (False: the
    # folder was not there, or some of its bundles wait; the next exchange goes on).
    caught_up: bool


def _newest_old_bundle(found: practice.Settings, key: bytes, after: int) -> int:
    """The newest bundle ``found``'s device wrote in the folder (0 if none past ``after``
    opens as its own)."""
    mine = bundles.own(found.folder, found.practice_id, found.device_id)
    for path in reversed(mine):
        if bundles.sequence_of(path) <= after:
            break
        if bundles.is_own(path, key, found.practice_id, found.device_id):
            return bundles.sequence_of(path)
    return 0


def _letters_in_use(conn: sqlcipher3.Connection, found: practice.Settings,
                    key: bytes) -> set[str]:
    """Every letter the practice's computers have: known here, or in the folder."""
    used = {found.label}
    used |= {str(x) for (x,) in conn.execute("SELECT label FROM sync_devices")}
    used |= {str(x) for (x,) in conn.execute("SELECT label FROM gone_computers")}
    waiting, _ignored = bundles.waiting(found.folder, found.practice_id, found.device_id)
    for paths in waiting.values():
        for path in paths[:1]:
            header = bundles.header_of(path, key, found.practice_id)
            if isinstance(header, bundles.Bundle):
                used.add(header.label)
    return used


# This computer's own fact (vault_info is never sent), one key per identity it had before
# a restore (``sync_former_device:<id>``), until that identity is marked as gone and
# invoicing, if it had it, taken back (a backup made meanwhile and restored keeps both).
FORMER = "sync_former_device:"


def rejoin(vault: Vault) -> Rejoined | None:
    """Give a just-restored vault that syncs a new identity (see the module's words), then
    read the folder once when it is there; None for a vault that does not sync."""
    found = practice.settings(vault)
    if found is None:
        return None
    key = practice._key(vault)
    old, new = found.device_id, uuid.uuid4().hex
    with vault.transaction(touches=Touched.SETTINGS) as conn:
        next_sequence, sent_up_to, last_with_changes = conn.execute(
            "SELECT next_sequence, sent_up_to, last_with_changes FROM sync_practice"
        ).fetchone()
        went_on = _newest_old_bundle(found, key, next_sequence - 1) >= next_sequence
        # Its changes are the old identity's: those it sent, and, when it went on sending
        # after the backup was made, every one (each bundle carries all unsent changes).
        # Changes never sent stay this computer's to send.
        conn.execute("UPDATE sync_changes SET device = ? WHERE device IS NULL"
                     + ("" if went_on else " AND seq <= ?"),
                     (old,) if went_on else (old, sent_up_to))
        for table in capture.captured_tables(conn):
            own_id = identity.shape(conn, table).own_id
            if own_id is None:
                continue  # keyed by its parent's key: takes the parent's global id
            conn.execute(f'INSERT INTO sync_ids (tbl, local_id, origin, origin_id)'
                         f' SELECT ?, "{own_id}", ?, "{own_id}" FROM "{table}" WHERE'
                         f' "{own_id}" NOT IN (SELECT local_id FROM sync_ids WHERE tbl = ?)',
                         (table, old, table))
        letter = practice._next_label(_letters_in_use(conn, found, key))
        conn.execute("INSERT OR REPLACE INTO sync_devices (device, label) VALUES (?, ?)",
                     (old, found.label))
        # What it applied of the others stays; of its old self, every bundle up to the
        # backup (later ones are read from the folder like any computer's).
        conn.execute("INSERT OR REPLACE INTO sync_applied (device, sequence, with_changes)"
                     " VALUES (?, ?, ?)", (old, next_sequence - 1, last_with_changes))
        audit_sent = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
        conn.execute("UPDATE sync_practice SET device_id = ?, label = ?, next_sequence = 1,"
                     " last_with_changes = 0, sent_at = NULL"
                     + (", audit_sent_up_to = ?" if went_on else ""),
                     (new, letter, audit_sent) if went_on else (new, letter))
        conn.execute("INSERT OR REPLACE INTO vault_info (key, value) VALUES (?, ?)",
                     (FORMER + old, old))
    if found.folder.is_dir():
        with contextlib.suppress(CoachDeskError, OSError):
            # An exchange, as the sync runner's (a disposal that arrives is carried out to
            # the end); it settles the old identity once it has read the folder.
            practice.exchange(vault)
            practice.send(vault, announce=True)  # the new letter, and the mark, go out
    with vault.snapshot() as conn:
        caught_up = conn.execute("SELECT 1 FROM vault_info WHERE key = ?",
                                 (FORMER + old,)).fetchone() is None
    return Rejoined(letter, old, issuer.may_issue(vault), caught_up)


def settle(vault: Vault) -> None:
    """After bundles were read from a folder that is there: the identity this computer had
    before a restore is marked as gone (what it sent and any computer applied stays, its
    letter is never given again, no compaction waits for it), and invoicing, if it had it,
    is taken back once every bundle of it that stays applied has been applied here. Costs
    one read on a computer that was never restored."""
    pending = vault.read("SELECT value FROM vault_info WHERE key LIKE ? || '%'", (FORMER,))
    found = practice.settings(vault) if pending else None
    if found is None or not found.folder.is_dir():
        return
    for (old,) in pending:
        _settle_one(vault, found, str(old))


def _settle_one(vault: Vault, found: practice.Settings, old: str) -> None:
    key = practice._key(vault)
    with vault.transaction(touches=Touched.SETTINGS) as conn:
        if not computers.is_gone(conn, old):
            known = conn.execute(
                "SELECT max(n) FROM (SELECT sequence AS n FROM sync_applied WHERE device = ?"
                " UNION ALL SELECT sequence FROM sync_seen WHERE of_device = ?)",
                (old, old)).fetchone()
            up_to = max(int(known[0] or 0), _newest_old_bundle(
                replace(found, device_id=old), key, int(known[0] or 0)))
            conn.execute("INSERT INTO gone_computers (device, label, up_to, marked_at)"
                         " SELECT ?, label, ?, ? FROM sync_devices WHERE device = ?",
                         (old, up_to, now_utc(), old))
            audit.record(conn, "sync.computer_gone", "computer", None)
    if _issuer_was(vault, old):
        with contextlib.suppress(issuer.NotGone):  # not all of it here yet: next time
            issuer.take_back(vault)
    if not _issuer_was(vault, old):
        with vault.transaction(touches=Touched.NONE) as conn:
            conn.execute("DELETE FROM vault_info WHERE key = ?", (FORMER + old,))


def _issuer_was(vault: Vault, old: str) -> bool:
    """Whether the old identity issues the practice's invoices (recorded, or the first
    computer's by default)."""
    row = vault.read_one("SELECT coalesce((SELECT device FROM invoice_issuer),"
                         " (SELECT device FROM sync_devices WHERE label = ''))")
    return row is not None and row[0] == old
