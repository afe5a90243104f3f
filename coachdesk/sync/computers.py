"""The practice's computers as Settings lists them, and a computer gone for good
(docs/sync.md, *A computer gone for good*).

A laptop lost, stolen or wiped never says again what it has applied, so every other
computer's compaction would wait for it forever. The coach marks it as gone on any other
computer; the mark is a shared record (``gone_computers``), so it travels like any change:

- what it sent and this computer (or another one, as their bundles said) applied stays
  applied: the mark keeps the newest such bundle (``up_to``);
- its later bundles are refused, on every computer, with a reason the status line shows
  (``GONE``): a computer that comes back (the laptop found again) is not merged back in,
  because while it was away another computer may have taken the invoicing role and issued
  the numbers it would also issue. To use it again, the coach joins the practice from it
  as a new computer (a new vault, a new letter);
- no compaction waits for it any more, and its letter is never given to another computer
  (numbers it printed stay unique).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from coachdesk import audit
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

# Why a gone computer's later bundle is not applied (shown after the file's name, context
# "sync", as the reasons in coachdesk.sync.bundles).
GONE = QT_TRANSLATE_NOOP("sync", "comes from a computer marked as gone: it is not applied "
                                 "(to use that computer again, join the practice from it "
                                 "as a new computer)")


@dataclass(frozen=True)
class Computer:
    """One computer of the practice, as Settings lists it."""

    device: str
    label: str  # '' for the practice's first computer ("computer A" on screen)
    this: bool  # the computer the coach sits at
    arrived_at: datetime | None  # when its newest bundle was applied here (None: never)
    issues: bool  # issues the practice's invoices
    gone: bool  # marked as gone for good


def gone(conn: sqlcipher3.Connection) -> dict[str, int]:
    """Each computer marked as gone, with its newest bundle that stays applied."""
    return {str(d): int(n) for d, n in conn.execute(
        "SELECT device, up_to FROM gone_computers")}


def is_gone(conn: sqlcipher3.Connection, device: str) -> bool:
    return conn.execute("SELECT 1 FROM gone_computers WHERE device = ?",
                        (device,)).fetchone() is not None


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def listing(vault: Vault) -> tuple[Computer, ...]:
    """This computer first, then every other one it knows by letter (A first)."""
    with vault.snapshot() as conn:
        me = conn.execute("SELECT device_id, label FROM sync_practice").fetchone()
        if me is None:
            return ()
        issuer = conn.execute("SELECT device FROM invoice_issuer").fetchone()
        issuing = str(issuer[0]) if issuer else ""
        marked = gone(conn)
        found = [Computer(str(me[0]), str(me[1]), True, None,
                          issuing == me[0] or (not issuing and me[1] == ""),
                          str(me[0]) in marked)]
        for device, label, at in conn.execute(
                "SELECT d.device, d.label, a.applied_at FROM sync_devices d"
                " LEFT JOIN sync_applied a ON a.device = d.device WHERE d.device != ?"
                " ORDER BY d.label = '' DESC, d.label", (me[0],)):
            found.append(Computer(str(device), str(label), False, _instant(at),
                                  issuing == device or (not issuing and label == ""),
                                  str(device) in marked))
    return tuple(found)


def mark_gone(vault: Vault, device: str) -> None:
    """Mark another computer of the practice as gone for good (see the module's words).
    What it sent that any computer is known to have applied stays; the rest is refused."""
    with vault.transaction(touches=Change.SETTINGS) as conn:
        me = conn.execute("SELECT device_id FROM sync_practice").fetchone()
        if me is None or me[0] == device:
            raise CoachDeskError(Words("sync", QT_TRANSLATE_NOOP(
                "sync", "Only another computer can be marked as gone.")))
        known = conn.execute("SELECT label FROM sync_devices WHERE device = ?",
                             (device,)).fetchone()
        if known is None:
            raise CoachDeskError(Words("sync", QT_TRANSLATE_NOOP(
                "sync", "That computer is not one of this practice's computers.")))
        if is_gone(conn, device):
            return
        applied = conn.execute(
            "SELECT max(n) FROM (SELECT sequence AS n FROM sync_applied WHERE device = ?"
            " UNION ALL SELECT sequence FROM sync_seen WHERE of_device = ?)",
            (device, device)).fetchone()
        conn.execute("INSERT INTO gone_computers (device, label, up_to, marked_at)"
                     " VALUES (?, ?, ?, ?)", (device, known[0], int(applied[0] or 0),
                                              now_utc()))
        audit.record(conn, "sync.computer_gone", "computer", None)


def gone_here(vault: Vault) -> bool:
    """Whether another computer marked this one as gone (its changes no longer go)."""
    with vault.snapshot() as conn:
        me = conn.execute("SELECT device_id FROM sync_practice").fetchone()
        return me is not None and is_gone(conn, str(me[0]))
