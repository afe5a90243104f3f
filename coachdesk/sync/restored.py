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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk.changes import Change as Touched
from coachdesk.errors import CoachDeskError
from coachdesk.sync import bundles, capture, identity, issuer, practice
from coachdesk.sync.former import FORMER, newest_old_bundle
from coachdesk.sync.here import next_label, sync_key

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




def rejoin(vault: Vault) -> Rejoined | None:
    """Give a just-restored vault that syncs a new identity (see the module's words), then
    read the folder once when it is there; None for a vault that does not sync."""
    found = practice.settings(vault)
    if found is None:
        return None
    key = sync_key(vault)
    old, new = found.device_id, uuid.uuid4().hex
    with vault.transaction(touches=Touched.SETTINGS) as conn:
        next_sequence, sent_up_to, last_with_changes = conn.execute(
            "SELECT next_sequence, sent_up_to, last_with_changes FROM sync_practice"
        ).fetchone()
        went_on = newest_old_bundle(found, key, next_sequence - 1) >= next_sequence
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
        letter = next_label(_letters_in_use(conn, found, key))
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
