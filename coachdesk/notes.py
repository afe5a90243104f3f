"""Notes: what the coach writes about a client, with every save kept as a revision.

Note text is stored exactly as typed (HTML, emoji, right-to-left scripts); it
is escaped wherever it is ever shown or exported. A private note is the coach's
own reflection: it is never offered for a sponsor report.
"""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk import audit, validation
from coachdesk.errors import NotFound
from coachdesk.timeutil import now_utc

_COLUMNS = "id, client_id, session_id, is_private, body, created_at, updated_at"


@dataclass(frozen=True)
class Note:
    id: int
    client_id: int
    session_id: int | None
    is_private: bool
    body: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Revision:
    id: int
    note_id: int
    body: str
    saved_at: str


def _row(row: tuple) -> Note:
    return Note(row[0], row[1], row[2], bool(row[3]), *row[4:])


def add(
    vault,
    client_id: int,
    body: str = "",
    *,
    session_id: int | None = None,
    is_private: bool = False,
) -> Note:
    body = validation.long_text("body", "This note", body)
    now = now_utc()
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise NotFound("This client is no longer in the vault.")
        note_id = conn.execute(
            "INSERT INTO notes (client_id, session_id, is_private, body, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (client_id, session_id, int(is_private), body, now, now),
        ).lastrowid
        conn.execute(
            "INSERT INTO note_revisions (note_id, body, saved_at) VALUES (?, ?, ?)",
            (note_id, body, now),
        )
        audit.record(conn, "note.added", "note", note_id)
    return get(vault, note_id)


def save(vault, note_id: int, body: str) -> Note:
    """Store new text and keep it as a revision; unchanged text writes nothing."""
    body = validation.long_text("body", "This note", body)
    current = get(vault, note_id)
    if current.body == body:
        return current
    now = now_utc()
    with vault.transaction() as conn:
        conn.execute("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?", (body, now, note_id))
        conn.execute(
            "INSERT INTO note_revisions (note_id, body, saved_at) VALUES (?, ?, ?)",
            (note_id, body, now),
        )
        audit.record(conn, "note.saved", "note", note_id)
    return get(vault, note_id)


def set_private(vault, note_id: int, is_private: bool) -> Note:
    with vault.transaction() as conn:
        cur = conn.execute(
            "UPDATE notes SET is_private = ?, updated_at = ? WHERE id = ?",
            (int(is_private), now_utc(), note_id),
        )
        if cur.rowcount != 1:
            raise NotFound("This note is no longer in the vault.")
        audit.record(conn, "note.private" if is_private else "note.shared", "note", note_id)
    return get(vault, note_id)


def get(vault, note_id: int) -> Note:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,))
    if row is None:
        raise NotFound("This note is no longer in the vault.")
    return _row(row)


def revisions(vault, note_id: int) -> list[Revision]:
    return [
        Revision(*r)
        for r in vault.read(
            "SELECT id, note_id, body, saved_at FROM note_revisions WHERE note_id = ? ORDER BY id",
            (note_id,),
        )
    ]


def ids_for_client(vault, client_id: int) -> list[int]:
    return [
        r[0]
        for r in vault.read(
            "SELECT id FROM notes WHERE client_id = ? ORDER BY created_at DESC, id DESC",
            (client_id,),
        )
    ]


def get_many(vault, ids: list[int]) -> dict[int, Note]:
    found: dict[int, Note] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in vault.read(f"SELECT {_COLUMNS} FROM notes WHERE id IN ({marks})", tuple(chunk)):
            found[row[0]] = _row(row)
    return found
