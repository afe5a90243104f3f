"""Notes: what the coach writes about a client, with every save kept as a revision.

The note row holds the current text; each save first keeps the text it
replaces in ``note_revisions``, so the full history is the stored revisions
followed by the current text (and a new note costs no second copy).

Not every save is kept: a save that replaces text itself saved less than
``REVISION_EVERY_SECONDS`` after the newest kept revision overwrites it, so the
history holds at most one version per minute of editing (the editor saves at
every pause: a 10 MB note kept a full copy at each one).

Note text is stored exactly as typed (HTML, emoji, right-to-left scripts); it
is escaped wherever it is ever shown or exported. Who may see a note is one of
three explicit choices (``PRIVACY``): the coach only (never offered for a
sponsor report), shared with the client, or offered for a sponsor report if the
client approves the exact words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from coachdesk import audit, paging, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault
    from coachdesk.vault.vault import Row

_COLUMNS = ("id, client_id, session_id, is_private, body, created_at, updated_at,"
            " for_sponsor")

# Who may see a note, as stored; the words the coach reads are the pills' (ui.models).
COACH_ONLY, WITH_CLIENT, MAY_REPORT = "coach", "client", "sponsor"
PRIVACY = (COACH_ONLY, WITH_CLIENT, MAY_REPORT)
REVISION_EVERY_SECONDS = 60


@dataclass(frozen=True)
class Note:
    id: int
    client_id: int
    session_id: int | None
    is_private: bool
    body: str
    created_at: str
    updated_at: str
    for_sponsor: bool = False

    @property
    def privacy(self) -> str:
        """One of ``PRIVACY``."""
        if self.is_private:
            return COACH_ONLY
        return MAY_REPORT if self.for_sponsor else WITH_CLIENT


@dataclass(frozen=True)
class NewNote:
    """A note to store in bulk (imports, the demo practice)."""

    client_id: int
    body: str
    created_at: str
    session_id: int | None = None
    is_private: bool = True
    for_sponsor: bool = False  # shared, and offered for a sponsor report if she approves


@dataclass(frozen=True)
class Revision:
    id: int  # 0 for the current text
    note_id: int
    body: str
    saved_at: str


def _row(row: Row) -> Note:
    return Note(row[0], row[1], row[2], bool(row[3]), row[4], row[5], row[6], bool(row[7]))


def insert_note(conn: sqlcipher3.Connection, client_id: int, session_id: int | None,
                is_private: bool, body: str, created_at: str, for_sponsor: bool = False
                ) -> int:
    """Store a note and its audit entry inside the caller's transaction (a template's
    section writes its own record beside it)."""
    note_id: int = conn.execute(
        "INSERT INTO notes (client_id, session_id, is_private, for_sponsor, body, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (client_id, session_id, int(is_private), int(for_sponsor and not is_private), body,
         created_at, created_at),
    ).lastrowid
    audit.record(conn, "note.added", "note", note_id)
    return note_id


def add(vault: Vault, client_id: int, body: str = "", *, session_id: int | None = None,
        is_private: bool = True, privacy: str | None = None) -> Note:
    """A new note: private to the coach unless the coach says otherwise (ICF 24).

    ``privacy`` (one of ``PRIVACY``) is the coach's choice; ``is_private=False`` alone
    means shared with the client, never offered for a sponsor."""
    body = validation.long_text("body", "This note", body)
    if privacy is not None:
        is_private = _choice(privacy) == COACH_ONLY
    for_sponsor = privacy == MAY_REPORT
    now = now_utc()
    with vault.transaction(touches=Change.NOTES) as conn:
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise NotFound(Words("Notes", QT_TRANSLATE_NOOP(
                    "Notes", "This client is no longer in the vault.")))
        note_id = insert_note(conn, client_id, session_id, is_private, body, now, for_sponsor)
    return Note(note_id, client_id, session_id, is_private, body, now, now, for_sponsor)


def _choice(privacy: str) -> str:
    if privacy not in PRIVACY:
        raise InvalidInput("privacy", Words("Notes", QT_TRANSLATE_NOOP(
                "Notes", "Choose who may see this note.")))
    return privacy


def add_many(vault: Vault, new_notes: list[NewNote]) -> list[int]:
    """Store many notes in one transaction, each with its audit entry."""
    bodies = [validation.long_text("body", "A note", n.body) for n in new_notes]
    with vault.transaction(touches=Change.NOTES) as conn:
        return [insert_note(conn, n.client_id, n.session_id, n.is_private, body, n.created_at,
                        n.for_sponsor)
                for n, body in zip(new_notes, bodies, strict=True)]


def save(vault: Vault, note_id: int, body: str) -> Note:
    """Store new text, keeping the text it replaces; unchanged text writes nothing."""
    body = validation.long_text("body", "This note", body)
    now = now_utc()
    with vault.transaction(touches=Change.NOTES) as conn:
        row = conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise NotFound(Words("Notes", QT_TRANSLATE_NOOP(
                    "Notes", "This note is no longer in the vault.")))
        current = _row(row)
        if current.body == body:
            return current
        if _keeps_revision(conn, current, now):
            conn.execute("INSERT INTO note_revisions (note_id, body, saved_at) VALUES (?, ?, ?)",
                         (note_id, current.body, current.updated_at))
        conn.execute("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?",
                     (body, now, note_id))
        audit.record(conn, "note.saved", "note", note_id)
    return Note(note_id, current.client_id, current.session_id, current.is_private, body,
                current.created_at, now, current.for_sponsor)


def _keeps_revision(conn: sqlcipher3.Connection, current: Note, now: str) -> bool:
    """Keep the text being replaced when it stood for a minute or more (a new spell of
    editing starts), or when it was saved a minute or more after the newest kept revision;
    otherwise that revision already stands for this minute of editing."""
    newest = conn.execute("SELECT saved_at FROM note_revisions WHERE note_id = ?"
                          " ORDER BY id DESC LIMIT 1", (current.id,)).fetchone()
    if newest is None or conn.execute(
            "SELECT 1 FROM sync_conflicts WHERE tbl = 'notes' AND local_id = ? AND"
            " resolved_at IS NULL", (current.id,)).fetchone() is not None:
        return True  # edited on two computers: every text stays until the coach chooses
    replaced = _moment(current.updated_at)
    stood = _moment(now) - replaced
    since_kept = replaced - _moment(newest[0])
    return (stood.total_seconds() >= REVISION_EVERY_SECONDS
            or since_kept.total_seconds() >= REVISION_EVERY_SECONDS)


def _moment(stamp: str) -> datetime:
    """A stored time as a moment in UTC (notes written in bulk, by the demo or an older
    version, carry no zone: they were written in UTC)."""
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def set_privacy(vault: Vault, note_id: int, privacy: str) -> Note:
    """Who may see the note, as the coach chose it (one of ``PRIVACY``)."""
    privacy = _choice(privacy)
    with vault.transaction(touches=Change.NOTES) as conn:
        cur = conn.execute(
            "UPDATE notes SET is_private = ?, for_sponsor = ?, updated_at = ? WHERE id = ?",
            (int(privacy == COACH_ONLY), int(privacy == MAY_REPORT), now_utc(), note_id))
        if cur.rowcount != 1:
            raise NotFound(Words("Notes", QT_TRANSLATE_NOOP(
                    "Notes", "This note is no longer in the vault.")))
        audit.record(conn, {COACH_ONLY: "note.private", WITH_CLIENT: "note.shared",
                            MAY_REPORT: "note.for_sponsor"}[privacy], "note", note_id)
    return get(vault, note_id)


def set_private(vault: Vault, note_id: int, is_private: bool) -> Note:
    """Coach only, or shared with the client (kept for callers of the two-way choice)."""
    return set_privacy(vault, note_id, COACH_ONLY if is_private else WITH_CLIENT)


def get(vault: Vault, note_id: int) -> Note:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,))
    if row is None:
        raise NotFound(Words("Notes", QT_TRANSLATE_NOOP(
                "Notes", "This note is no longer in the vault.")))
    return _row(row)


def revisions(vault: Vault, note_id: int) -> list[Revision]:
    """Every version of the note, oldest first; the last one is the current text."""
    current = get(vault, note_id)
    earlier = [Revision(*r) for r in vault.read(
        "SELECT id, note_id, body, saved_at FROM note_revisions WHERE note_id = ? ORDER BY id",
        (note_id,))]
    return [*earlier, Revision(0, note_id, current.body, current.updated_at)]


def earlier_versions_for_client(vault: Vault, client_id: int) -> dict[int, list[Revision]]:
    """Every earlier version of each of the client's notes (note id -> oldest first), in
    one query: a legal export holds the whole history, not only the current words."""
    found: dict[int, list[Revision]] = {}
    for row in vault.read(
            "SELECT r.id, r.note_id, r.body, r.saved_at FROM note_revisions r"
            " JOIN notes n ON n.id = r.note_id WHERE n.client_id = ? ORDER BY r.id",
            (client_id,)):
        found.setdefault(row[1], []).append(Revision(*row))
    return found


def ids_for_client(vault: Vault, client_id: int) -> list[int]:
    return [r[0] for r in vault.read(
        "SELECT id FROM notes WHERE client_id = ? ORDER BY created_at DESC, id DESC",
        (client_id,))]


def get_many(vault: Vault, ids: list[int]) -> dict[int, Note]:
    rows = vault.read_ids(f"SELECT {_COLUMNS} FROM notes WHERE id IN ({{ids}})", ids)
    return {row[0]: _row(row) for row in rows}


def ids_for_session(vault: Vault, session_id: int) -> list[int]:
    return [r[0] for r in vault.read(
        "SELECT id FROM notes WHERE session_id = ? ORDER BY created_at, id", (session_id,))]


def all_ids(vault: Vault) -> list[int]:
    """Every note in the practice, newest first (the ids only: rows come as needed)."""
    return [r[0] for r in vault.read("SELECT id FROM notes ORDER BY created_at DESC, id DESC")]


class NewestFirst(paging.NewestFirst):
    """Every note in the practice, newest first, a page at a time (along the
    ``notes_by_created`` index)."""

    TABLE, ORDER = "notes", "created_at"
