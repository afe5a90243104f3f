"""The one computer that issues invoices (docs/sync.md, *Readable numbers*).

Invoice numbers run without gaps, so one computer allocates them: the practice's first
computer, until the coach hands the role over from that computer. The role is a shared
record (``invoice_issuer``): the hand-over travels as a change, and only the computer
that has the role can give it, so there is never a moment with two issuers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault


class NotTheIssuer(CoachDeskError):
    def __init__(self) -> None:
        super().__init__(Words("issuer", QT_TRANSLATE_NOOP(
            "issuer", "Invoices are issued on one computer of this practice, so their numbers "
                      "run without gaps, and it is not this one. Issue the invoice on that "
                      "computer, or hand the role to this computer from there.")))


def here(conn: sqlcipher3.Connection) -> bool:
    """Whether this computer may issue an invoice now: always while the practice is on
    this computer only; else if the role is this computer's (before any role was recorded,
    a practice that started syncing earlier: if this is the practice's first computer)."""
    me = conn.execute("SELECT device_id, label FROM sync_practice").fetchone()
    if me is None:
        return True
    found = conn.execute("SELECT device FROM invoice_issuer").fetchone()
    return bool(found[0] == me[0]) if found else me[1] == ""


def may_issue(vault: Vault) -> bool:
    """Whether this computer may issue an invoice now (the screens ask before offering
    Issue; the issuing transaction asks again, through ``check``)."""
    with vault.snapshot() as conn:
        return here(conn)


def check(conn: sqlcipher3.Connection) -> None:
    """Inside the transaction that issues an invoice: refuse on any other computer."""
    if not here(conn):
        raise NotTheIssuer()


def begin(conn: sqlcipher3.Connection, device: str) -> None:
    """When the practice starts syncing: its first computer issues invoices."""
    conn.execute("INSERT INTO invoice_issuer (id, device, since) VALUES (1, ?, ?)",
                 (device, now_utc()))


def hand_over(vault: Vault, device: str) -> None:
    """Give the role to the computer ``device`` (from the computer that has it)."""
    with vault.transaction(touches=Change.SETTINGS) as conn:
        check(conn)
        known = conn.execute("SELECT 1 FROM sync_devices WHERE device = ?", (device,))
        if known.fetchone() is None:
            raise CoachDeskError("That computer has not synced with this one yet: sync it "
                                 "once, then hand it the role.")
        # (A practice that started syncing before the role was recorded has no row yet.)
        conn.execute("INSERT INTO invoice_issuer (id, device, since) VALUES (1, ?, ?)"
                     " ON CONFLICT (id) DO UPDATE SET device = excluded.device,"
                     " since = excluded.since", (device, now_utc()))


@dataclass(frozen=True)
class Computer:
    """Another computer of the practice, by its id and its letter ('' : the first)."""

    device: str
    label: str


@dataclass(frozen=True)
class Role:
    """Who issues invoices, as this computer knows it (for Settings)."""

    here: bool
    # The issuing computer's letter ('' : the first computer); None: a computer this one
    # has not heard from yet (the role was handed on elsewhere).
    issuer_label: str | None
    # The computers whose bundles arrived here: the only ones the role can go to.
    others: tuple[Computer, ...]


def role(vault: Vault) -> Role:
    """Who issues invoices, and to whom this computer could hand the role."""
    with vault.snapshot() as conn:
        me = conn.execute("SELECT device_id, label FROM sync_practice").fetchone()
        mine = here(conn)
        found = conn.execute("SELECT device FROM invoice_issuer").fetchone()
        others = tuple(Computer(str(d), str(x)) for d, x in conn.execute(
            "SELECT d.device, d.label FROM sync_devices d JOIN sync_applied a"
            " ON a.device = d.device WHERE d.device != ? ORDER BY d.label",
            (me[0] if me else "",)))
        label: str | None = str(me[1]) if me else ""
        if not mine:
            row = conn.execute("SELECT label FROM sync_devices WHERE device = ?",
                               (found[0],)).fetchone() if found else ("",)
            label = str(row[0]) if row else None
    return Role(mine, label, others)
