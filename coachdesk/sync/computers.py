"""The practice's computers as Settings lists them, and a computer gone for good
(docs/sync.md, *A computer gone for good*).

A laptop lost, stolen or wiped never says again what it has applied, so every other
computer's compaction would wait for it forever. The coach marks it as gone on any other
computer; the mark is a shared record (``gone_computers``), so it travels like any change:

- what it sent and this computer (or another one, as their bundles said) applied stays
  applied: the mark keeps the newest such bundle (``up_to``);
- its later bundles are refused, on every computer, with a reason the status line shows
  (``GONE``);
- no compaction waits for it any more, and its letter is never given to another computer
  (numbers it printed stay unique).

A mark made by mistake (the wrong computer, or the laptop found in a drawer) is undone by
``bring_back``: the shared record is deleted, the deletion travels like any change, and
every computer applies the bundles it refused at its next exchange. It is refused when the
invoicing role moved while the computer was marked (another computer took it back, or it
went on elsewhere): invoices the computer issued meanwhile may carry numbers given again,
so it is used again by joining the practice from it as a new computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from coachdesk import audit
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.sync import identity
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

# Why a gone computer's later bundle is not applied (shown after the file's name, context
# "sync", as the reasons in coachdesk.sync.bundles).
GONE = QT_TRANSLATE_NOOP("sync", "comes from a computer marked as gone: it is not applied "
                                 "(if that was a mistake, choose \"Not gone after all…\" "
                                 "for it in Settings; else join the practice from it as a "
                                 "new computer)")


@dataclass(frozen=True)
class Computer:
    """One computer of the practice, as Settings lists it."""

    device: str
    label: str  # '' for the practice's first computer ("computer A" on screen)
    this: bool  # the computer the coach sits at
    arrived_at: datetime | None  # when its newest bundle was applied here (None: never)
    issues: bool  # issues the practice's invoices (never a computer marked as gone)
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
                          (issuing == me[0] or (not issuing and me[1] == ""))
                          and str(me[0]) not in marked, str(me[0]) in marked)]
        for device, label, at in conn.execute(
                "SELECT d.device, d.label, a.applied_at FROM sync_devices d"
                " LEFT JOIN sync_applied a ON a.device = d.device WHERE d.device != ?"
                " ORDER BY d.label = '' DESC, d.label", (me[0],)):
            found.append(Computer(str(device), str(label), False, _instant(at),
                                  (issuing == device or (not issuing and label == ""))
                                  and str(device) not in marked, str(device) in marked))
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
        # This computer's bundles are rewritten, carrying the gone one's records: its own
        # may soon open with a key nobody holds (coachdesk.sync.practice._outgoing).
        conn.execute("UPDATE sync_practice SET rewrite_due = 1")
        audit.record(conn, "sync.computer_gone", audit.about_computer("computer", device), None)


class NotBroughtBack(CoachDeskError):
    """Bringing a computer back refused (its words say why and what to do)."""


def role_moved_since_mark(conn: sqlcipher3.Connection, mark: int) -> bool:
    """Whether the invoicing role changed hands after the mark (gone_computers row
    ``mark``) was made, by the clocks of the two records (the change log keeps the newest
    clock of every record's column, compacted or not): a take-back needs the mark first,
    so a role taken back from the gone computer always reads as later. A hand-over between
    two other computers meanwhile reads the same way (the log keeps no values to tell them
    apart): refused too, which costs a new join at worst, never a number twice. The mark's
    oldest clock: a mark kept against a removal goes out again under a newer one (merge)."""
    marked = conn.execute("SELECT min(hlc) FROM sync_changes WHERE tbl = 'gone_computers'"
                          " AND pk = json_array(?) AND op != 'delete'", (mark,)).fetchone()[0]
    moved = conn.execute("SELECT max(hlc) FROM sync_changes WHERE tbl = 'invoice_issuer'"
                         " AND col IN ('*', 'device')").fetchone()[0]
    return moved is not None and (marked is None or moved > marked)


def bring_back(vault: Vault, device: str) -> None:
    """Undo "Mark as gone" for ``device`` (a mark made by mistake, a laptop found again):
    the shared mark is deleted in one transaction, so every computer applies what it sent
    at its next exchange and it learns it is no longer gone. Refused, in words, on the gone
    computer itself (what it sends is not taken in until another computer brings it back)
    and when the invoicing role moved while it was marked (see the module's words)."""
    with vault.transaction(touches=Change.SETTINGS) as conn:
        me = conn.execute("SELECT device_id FROM sync_practice").fetchone()
        mark = conn.execute("SELECT id FROM gone_computers WHERE device = ?",
                            (device,)).fetchone()
        if me is None or mark is None:
            return  # not marked (brought back on another computer already): nothing to do
        if me[0] == device:
            raise NotBroughtBack(Words("sync", QT_TRANSLATE_NOOP(
                "sync", "This computer cannot bring itself back: what it sends is not taken "
                        "in. Bring it back on another computer of the practice.")))
        issuing = conn.execute("SELECT device FROM invoice_issuer").fetchone()
        maker = str(identity.to_global(conn, "gone_computers", int(mark[0]), str(me[0]))[0])
        first = conn.execute("SELECT device FROM sync_devices WHERE label = '' UNION ALL"
                             " SELECT device_id FROM sync_practice WHERE label = ''").fetchone()
        holds = (issuing or first or ("",))[0] == device
        if holds and maker != me[0] and not is_gone(conn, maker):
            # It issues invoices, as far as this computer knows: another one may have taken
            # the role back already (not synced here yet). The computer that marked it
            # knows more (review of issue 17, finding 2); a removal that arrives where
            # the role moved is undone there anyway (merge).
            letter = conn.execute("SELECT label FROM sync_devices WHERE device = ?",
                                  (maker,)).fetchone()
            raise NotBroughtBack(Words("sync", QT_TRANSLATE_NOOP(
                "sync", "Bring that computer back on computer %1, where it was marked as "
                        "gone: it issues the practice's invoices, and invoicing may have been "
                        "taken back on another computer since, which this one has not heard "
                        "of yet."), (str(letter[0]) if letter and letter[0] else "A",)))
        if issuing is not None and issuing[0] != device and role_moved_since_mark(
                conn, int(mark[0])):
            raise NotBroughtBack(Words("sync", QT_TRANSLATE_NOOP(
                "sync", "That computer cannot be brought back: while it was marked as gone, "
                        "invoicing moved to another computer, so invoices it issued since "
                        "may carry numbers given again. To use it again, join the practice "
                        "from it as a new computer.")))
        conn.execute("DELETE FROM gone_computers WHERE id = ?", (int(mark[0]),))
        audit.record(conn, "sync.computer_back", audit.about_computer("computer", device), None)


def gone_here(vault: Vault) -> bool:
    """Whether another computer marked this one as gone (its changes no longer go)."""
    with vault.snapshot() as conn:
        me = conn.execute("SELECT device_id FROM sync_practice").fetchone()
        return me is not None and is_gone(conn, str(me[0]))
