"""The one computer that issues invoices (docs/sync.md, *Readable numbers*).

Invoice numbers run without gaps, so one computer allocates them: the practice's first
computer, until the coach hands the role over from that computer. The role is a shared
record (``invoice_issuer``): the hand-over travels as a change, and only the computer
that has the role can give it, so there is never a moment with two issuers.

One exception: the issuing computer is gone for good (lost, stolen, wiped) and cannot give
the role. Once the coach has marked it as gone (coachdesk.sync.computers), another
computer may take the role back (``take_back``), only when every bundle of the gone
computer that stays applied has arrived here: then it has seen every invoice the gone
computer can ever add to the practice (its later bundles are refused everywhere), and it
numbers on after the highest number it holds, so no number is issued twice. An invoice
the lost computer issued but never sent cannot be known: the confirmation tells the
coach the last number this computer holds, to check against the invoices sent out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import audit
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault


class NotTheIssuer(CoachDeskError):
    """Issuing refused: another computer of the practice issues invoices."""

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
    if conn.execute("SELECT 1 FROM gone_computers WHERE device = ?", (me[0],)).fetchone():
        return False  # marked as gone on another computer: its numbers would clash
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
        known = conn.execute("SELECT 1 FROM sync_devices WHERE device = ? AND device NOT IN"
                             " (SELECT device FROM gone_computers)", (device,))
        if known.fetchone() is None:
            raise CoachDeskError(Words("issuer", QT_TRANSLATE_NOOP(
                "issuer", "That computer has not synced with this one yet: sync it once, "
                          "then hand it the role.")))
        # (A practice that started syncing before the role was recorded has no row yet.)
        conn.execute("INSERT INTO invoice_issuer (id, device, since) VALUES (1, ?, ?)"
                     " ON CONFLICT (id) DO UPDATE SET device = excluded.device,"
                     " since = excluded.since", (device, now_utc()))
        # The hand-over travels in this computer's next bundle: until the other says it
        # applied that one, Settings says it issues "once it has synced".
        conn.execute("UPDATE sync_practice SET handed_over_in = next_sequence")


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
    # The issuing computer was marked as gone: this computer may take the role back.
    issuer_gone: bool = False
    # Of that computer's bundles that stay applied, how many have not arrived here yet
    # (the role can be taken back only once none is missing).
    missing: int = 0
    # The highest invoice number this computer holds ('' : none yet).
    last_number: str = ""
    # Another computer marked this one as gone: it issues nothing, and takes nothing back.
    gone_here: bool = False
    # Other computers that synced with this one but are marked as gone (the role cannot
    # go to them: "no other computer has synced" would be wrong).
    gone_others: int = 0
    # The computer this one handed invoicing to, while it has not applied the hand-over
    # yet ('' : none): no computer issues meanwhile.
    pending: str = ""


def role(vault: Vault) -> Role:
    """Who issues invoices, and to whom this computer could hand the role."""
    with vault.snapshot() as conn:
        me = conn.execute("SELECT device_id, label FROM sync_practice").fetchone()
        mine = here(conn)
        found = conn.execute("SELECT device FROM invoice_issuer").fetchone()
        others = tuple(Computer(str(d), str(x)) for d, x in conn.execute(
            "SELECT d.device, d.label FROM sync_devices d JOIN sync_applied a"
            " ON a.device = d.device WHERE d.device != ? AND d.device NOT IN"
            " (SELECT device FROM gone_computers) ORDER BY d.label",
            (me[0] if me else "",)))
        label: str | None = str(me[1]) if me else ""
        if not mine:
            row = conn.execute("SELECT label FROM sync_devices WHERE device = ?",
                               (found[0],)).fetchone() if found else ("",)
            label = str(row[0]) if row else None
        gone, missing = _gone_issuer(conn)
        last = conn.execute("SELECT number FROM invoices ORDER BY year DESC,"
                            " number_in_year DESC LIMIT 1").fetchone()
        me_id = str(me[0]) if me else ""
        gone_here = conn.execute("SELECT 1 FROM gone_computers WHERE device = ?",
                                 (me_id,)).fetchone() is not None
        gone_others = int(conn.execute("SELECT count(*) FROM gone_computers WHERE device"
                                       " != ?", (me_id,)).fetchone()[0])
        pending = _pending(conn, me_id, str(found[0]) if found else "")
    return Role(mine, label, others,
                gone is not None and not mine and not gone_here, missing,
                str(last[0]) if last else "", gone_here, gone_others, pending)


def _pending(conn: sqlcipher3.Connection, me: str, issuing: str) -> str:
    """The computer invoicing was handed to from here, if its bundles do not say yet that
    it applied the bundle of this computer carrying the hand-over (and the role has not
    moved on elsewhere since: the newest change of the role was made here)."""
    if not me or not issuing or issuing == me:
        return ""
    row = conn.execute("SELECT handed_over_in FROM sync_practice").fetchone()
    newest = conn.execute("SELECT device FROM sync_changes WHERE tbl = 'invoice_issuer'"
                          " ORDER BY hlc DESC LIMIT 1").fetchone()
    if not row or not row[0] or newest is None or newest[0] is not None:
        return ""
    seen = conn.execute("SELECT sequence FROM sync_seen WHERE device = ? AND of_device = ?",
                        (issuing, me)).fetchone()
    return issuing if (int(seen[0]) if seen else 0) < int(row[0]) else ""


def _gone_issuer(conn: sqlcipher3.Connection) -> tuple[str | None, int]:
    """The issuing computer if it was marked as gone (else None), and how many of its
    bundles that stay applied have not been applied here yet."""
    found = conn.execute(
        "SELECT g.device, g.up_to - coalesce(a.sequence, 0) FROM gone_computers g"
        " LEFT JOIN sync_applied a ON a.device = g.device WHERE g.device = coalesce("
        " (SELECT device FROM invoice_issuer), (SELECT device FROM sync_devices"
        "  WHERE label = ''))").fetchone()
    return (str(found[0]), max(int(found[1]), 0)) if found else (None, 0)


class NotGone(CoachDeskError):
    """Taking the role back refused: its computer is not marked as gone, or some of what
    it sent has not arrived here yet."""


def take_back(vault: Vault) -> None:
    """Take the invoicing role on this computer when the computer that has it was marked
    as gone (see the module's words); numbering goes on after the highest number here."""
    with vault.transaction(touches=Change.SETTINGS) as conn:
        me = conn.execute("SELECT device_id FROM sync_practice").fetchone()
        if me is None or here(conn):
            return
        device, missing = _gone_issuer(conn)
        if device is None:
            raise NotGone(Words("issuer", QT_TRANSLATE_NOOP(
                "issuer", "The computer that issues invoices is not marked as gone: only it "
                          "can hand the role over.")))
        if missing:
            raise NotGone(Words("issuer", QT_TRANSLATE_NOOP(
                "issuer", "Some of the changes the lost computer sent have not arrived here "
                          "yet: sync this computer, then take the role back.")))
        conn.execute("INSERT INTO invoice_issuer (id, device, since) VALUES (1, ?, ?)"
                     " ON CONFLICT (id) DO UPDATE SET device = excluded.device,"
                     " since = excluded.since", (me[0], now_utc()))
        audit.record(conn, "sync.invoicing_taken_back", "setting", None)
