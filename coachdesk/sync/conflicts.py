"""Notes edited on two computers, and resolving each in one step (docs/sync.md, *A note
edited on both computers keeps both texts*).

The merge keeps both texts: the later one is the note, the other an earlier version of
it, and the note is listed in ``sync_conflicts`` (this computer's own table). The coach
keeps the note's text, the other text, or both joined (``SEPARATOR`` between them, to
tidy by hand); the text not kept stays an earlier version, so nothing is lost.

A conflict is named by the other text's version (its clock and computer), which is the
same on every computer. A resolution is a shared record (``note_resolutions``, captured
like any other), so it travels: on arrival it clears the same conflict there
(:func:`settle`, after each bundle), and a conflict found after its resolution arrived
(a third computer's text came late) is recorded resolved. A further edit of the note is
no resolution: the conflict stays, compared with the note as it is now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.sync import clock
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

# What the coach keeps: the note's text now, the other computer's text, or both joined.
CURRENT, OTHER, BOTH = "current", "other", "both"
KEEP = (CURRENT, OTHER, BOTH)
# Between the two texts kept together: a section break in any language.
SEPARATOR = "\n\n* * *\n\n"


@dataclass(frozen=True)
class Text:
    """One of the two texts, and where and when it was written."""

    body: str
    computer: str  # the computer's id
    label: str  # its letter on readable numbers ('' the practice's first computer)
    here: bool  # written on this computer
    written_at: str  # ISO 8601, UTC ('' when not known)


@dataclass(frozen=True)
class Conflict:
    """A note edited on two computers, still to resolve."""

    id: int
    note_id: int
    client_id: int
    client_name: str
    session_starts_at: str | None  # the session the note belongs to (None: a free note)
    current: Text  # the note's text now
    other: Text  # the text kept as an earlier version
    other_hlc: int  # the versions' clocks: with the computers, the same on every computer
    current_hlc: int


def written_at(hlc: int) -> str:
    """When a version was written, from its clock ('' for a record logged at start)."""
    ms = clock.wall_ms(hlc)
    if ms < 1_000_000_000_000:  # before 2001: a counter, not a time
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


# When the coach chose with a version in view (either of the two texts shown): wherever
# that version is a conflict's other text, the conflict is resolved.
_SEEN = ("SELECT min(r.resolved_at) FROM note_resolutions r WHERE r.note_id = {note} AND"
         " ((r.other_hlc = {hlc} AND r.other_device = {device}) OR"
         " (r.current_hlc = {hlc} AND r.current_device = {device}))")


def record(conn: sqlcipher3.Connection, note_id: int, revision_id: int | None,
           other: tuple[int, str]) -> None:
    """List a note edited on two computers (from the merge, inside its transaction):
    ``revision_id`` keeps the other text, written as version ``other`` (clock, computer);
    resolved already when the coach chose with that text in view on another computer; not
    listed twice (its kept text came first from a computer that found it)."""
    seen = _SEEN.format(note="?", hlc="?", device="?")
    conn.execute(
        "INSERT INTO sync_conflicts (tbl, local_id, col, found_at, revision_id, other_hlc,"
        f" other_device, resolved_at) SELECT 'notes', ?, 'body', ?, ?, ?, ?, ({seen})"
        " WHERE NOT EXISTS (SELECT 1 FROM sync_conflicts WHERE tbl = 'notes' AND"
        " local_id = ? AND other_hlc = ? AND other_device = ?)",
        (note_id, now_utc(), revision_id, other[0], other[1], note_id, *other, *other,
         note_id, *other))


# Kept texts here (an earlier version named by its version: ``~`` and its computer, its
# clock) whose conflict is not listed here: they came from a computer that found it. (A
# range on the origin, not LIKE, so the index finds them: computer ids never hold '~'.)
_UNLISTED = ("SELECT r.note_id, r.id, i.origin_id, substr(i.origin, 2) FROM sync_ids i"
             " JOIN note_revisions r ON r.id = i.local_id"
             " WHERE i.tbl = 'note_revisions' AND i.origin > '~' AND i.origin < '~~'"
             " AND NOT EXISTS"
             " (SELECT 1 FROM sync_conflicts c WHERE c.tbl = 'notes' AND"
             " c.local_id = r.note_id AND c.other_hlc = i.origin_id AND"
             " c.other_device = substr(i.origin, 2))")


def settle(conn: sqlcipher3.Connection) -> None:
    """List the conflicts whose kept text came from the computer that found them, and
    clear those a resolution made on another computer covers (after each bundle, inside
    its transaction). A computer that builds the practice from bundles rewritten since
    the two edits never sees them meet, so the kept text is its only sign of the
    conflict: listed here too, every computer has the same conflicts to resolve."""
    for note_id, revision_id, hlc, device in conn.execute(_UNLISTED).fetchall():
        record(conn, int(note_id), int(revision_id), (int(hlc), str(device)))
    seen = _SEEN.format(note="c.local_id", hlc="c.other_hlc", device="c.other_device")
    conn.execute(f"UPDATE sync_conflicts AS c SET resolved_at = ({seen}) WHERE c.tbl = 'notes'"
                 f" AND c.resolved_at IS NULL AND ({seen}) IS NOT NULL")


_OPEN = ("SELECT c.id, c.local_id, c.other_hlc, c.other_device, r.body, n.body,"
         " n.client_id, cl.name, s.starts_at FROM sync_conflicts c"
         " JOIN notes n ON n.id = c.local_id JOIN clients cl ON cl.id = n.client_id"
         " JOIN note_revisions r ON r.id = c.revision_id"
         " LEFT JOIN sessions s ON s.id = n.session_id"
         " WHERE c.tbl = 'notes' AND c.resolved_at IS NULL")


def _listed(conn: sqlcipher3.Connection, where: str = "", params: tuple[int, ...] = ()
            ) -> list[Conflict]:
    me_row = conn.execute("SELECT device_id, label FROM sync_practice").fetchone()
    me, my_label = (str(me_row[0]), str(me_row[1])) if me_row else ("", "")
    labels = {str(d): str(x) for d, x in conn.execute("SELECT device, label FROM sync_devices")}

    def text(body: str, hlc: int, device: str) -> Text:
        here = device == me
        return Text(body, device, my_label if here else labels.get(device, ""), here,
                    written_at(hlc))

    found = []
    for row in conn.execute(f"{_OPEN}{where} ORDER BY c.found_at, c.id", params).fetchall():
        version = conn.execute(
            "SELECT hlc, coalesce(device, ?) FROM sync_changes WHERE tbl = 'notes' AND pk = ?"
            " AND col IN ('body', '*') AND op != 'delete' ORDER BY hlc DESC, device DESC"
            " LIMIT 1", (me, f"[{int(row[1])}]")).fetchone() or (0, me)
        other_hlc, other_device = int(row[2] or 0), str(row[3] or "")
        found.append(Conflict(
            int(row[0]), int(row[1]), int(row[6]), str(row[7]), row[8],
            text(str(row[5]), int(version[0]), str(version[1])),
            text(str(row[4]), other_hlc, other_device), other_hlc, int(version[0])))
    return found


def to_resolve(vault: Vault, note_id: int | None = None) -> list[Conflict]:
    """Every note edited on two computers still to resolve, in the order found (or only
    ``note_id``'s)."""
    with vault.snapshot() as conn:
        if note_id is None:
            return _listed(conn)
        return _listed(conn, " AND c.local_id = ?", (note_id,))


def count(vault: Vault) -> int:
    """How many conflicts are still to resolve (for the status line's link)."""
    row = vault.read_one(f"SELECT count(*) FROM ({_OPEN})")
    return int(row[0]) if row else 0


class Changed(CoachDeskError):
    """The note or the conflict changed while the coach was choosing."""


def resolve(vault: Vault, conflict: Conflict, keep: str) -> str:
    """Keep the note's text (``CURRENT``), the other text (``OTHER``) or both joined
    (``BOTH``), in one transaction. The text replaced stays an earlier version; the
    resolution travels to the other computers. Returns the note's text now."""
    validation.choice("keep", "What to keep", keep, KEEP)
    now = now_utc()
    with vault.transaction(touches=Change.NOTES) as conn:
        row = conn.execute(
            "SELECT c.resolved_at, n.body, n.updated_at, r.body FROM sync_conflicts c"
            " JOIN notes n ON n.id = c.local_id JOIN note_revisions r ON r.id = c.revision_id"
            " WHERE c.id = ?", (conflict.id,)).fetchone()
        if row is None or row[0] is not None:
            raise Changed(Words("Conflicts", QT_TRANSLATE_NOOP(
                "Conflicts", "This note was resolved already, perhaps on another computer.")))
        body, updated_at, other = str(row[1]), str(row[2]), str(row[3])
        if body != conflict.current.body:
            raise Changed(Words("Conflicts", QT_TRANSLATE_NOOP(
                "Conflicts", "This note changed while you were choosing. Both texts are "
                "shown again as they are now.")))
        new = {CURRENT: body, OTHER: other, BOTH: body + SEPARATOR + other}[keep]
        if new != body:
            new = validation.long_text("body", "This note", new)
            conn.execute("INSERT INTO note_revisions (note_id, body, saved_at) VALUES (?, ?, ?)",
                         (conflict.note_id, body, updated_at))
            conn.execute("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?",
                         (new, now, conflict.note_id))
        conn.execute("INSERT INTO note_resolutions (note_id, other_hlc, other_device,"
                     " current_hlc, current_device, kept, resolved_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (conflict.note_id, conflict.other_hlc, conflict.other.computer,
                      conflict.current_hlc, conflict.current.computer, keep, now))
        conn.execute("UPDATE sync_conflicts SET resolved_at = ? WHERE resolved_at IS NULL AND"
                     " local_id = ? AND other_hlc IS ? AND other_device IS ?",
                     (now, conflict.note_id, conflict.other_hlc, conflict.other.computer))
        conn.execute("UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?", (now, conflict.id))
        audit.record(conn, "note.conflict_resolved", "note", conflict.note_id)
    return new

