"""The identity a computer had before a backup was restored on it (docs/sync.md,
*Restoring a backup*; ``restored`` gives the restored vault its new one): after each exchange
that could read the folder, the old identity is marked as gone and invoicing, if it had it,
taken back. Apart from ``restored`` because the exchange calls it, and ``restored`` builds on
the exchange."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from coachdesk import audit
from coachdesk.changes import Change as Touched
from coachdesk.sync import bundles, computers, issuer
from coachdesk.sync.here import Settings, settings, sync_key
from coachdesk.timeutil import now_utc

if TYPE_CHECKING:
    from coachdesk.vault import Vault

# This computer's own fact (vault_info is never sent), one key per identity it had before
# a restore (``sync_former_device:<id>``), until that identity is marked as gone and
# invoicing, if it had it, taken back (a backup made meanwhile and restored keeps both).
FORMER = "sync_former_device:"


def newest_old_bundle(found: Settings, key: bytes, after: int) -> int:
    """The newest bundle ``found``'s device wrote in the folder (0 if none past ``after``
    opens as its own)."""
    mine = bundles.own(found.folder, found.practice_id, found.device_id)
    for path in reversed(mine):
        if bundles.sequence_of(path) <= after:
            break
        if bundles.is_own(path, key, found.practice_id, found.device_id):
            return bundles.sequence_of(path)
    return 0




def settle(vault: Vault) -> None:
    """After bundles were read from a folder that is there: the identity this computer had
    before a restore is marked as gone (what it sent and any computer applied stays, its
    letter is never given again, no compaction waits for it), and invoicing, if it had it,
    is taken back once every bundle of it that stays applied has been applied here. Costs
    one read on a computer that was never restored."""
    pending = vault.read("SELECT value FROM vault_info WHERE key LIKE ? || '%'", (FORMER,))
    found = settings(vault) if pending else None
    if found is None or not found.folder.is_dir():
        return
    for (old,) in pending:
        _settle_one(vault, found, str(old))


def _settle_one(vault: Vault, found: Settings, old: str) -> None:
    key = sync_key(vault)
    with vault.transaction(touches=Touched.SETTINGS) as conn:
        if not computers.is_gone(conn, old):
            known = conn.execute(
                "SELECT max(n) FROM (SELECT sequence AS n FROM sync_applied WHERE device = ?"
                " UNION ALL SELECT sequence FROM sync_seen WHERE of_device = ?)",
                (old, old)).fetchone()
            up_to = max(int(known[0] or 0), newest_old_bundle(
                replace(found, device_id=old), key, int(known[0] or 0)))
            conn.execute("INSERT INTO gone_computers (device, label, up_to, marked_at)"
                         " SELECT ?, label, ?, ? FROM sync_devices WHERE device = ?",
                         (old, up_to, now_utc(), old))
            audit.record(conn, "sync.computer_gone", audit.about_computer("computer", old), None)
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
