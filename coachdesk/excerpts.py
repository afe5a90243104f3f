"""Excerpts: words meant for a sponsor, written fresh or lifted from a note.

An excerpt keeps its text and the SHA-256 of that text. Lifting from a note
keeps only a link to the note, never the note's other words. Editing an
excerpt changes its hash, and with it every approval given to the old words
stops counting (the consent gate compares hashes).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

MAX_EXCERPT_BYTES = 1024 * 1024
_COLUMNS = "id, client_id, engagement_id, source_note_id, text, text_sha256, created_at, updated_at"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def words_code(text_sha256: str) -> str:
    """A short code for exact words ("3F9A-21C7"), printed beside each passage on a
    release form and shown when the approval is recorded: the same words always give
    the same code, and changed words a different one, so paper and record can be
    compared at a glance."""
    head = text_sha256[:8].upper()
    return f"{head[:4]}-{head[4:]}"


@dataclass(frozen=True)
class Excerpt:
    id: int
    client_id: int
    engagement_id: int | None
    source_note_id: int | None
    text: str
    text_sha256: str
    created_at: str
    updated_at: str


def _checked(text: str) -> str:
    text = validation.long_text("text", "An excerpt", text, MAX_EXCERPT_BYTES)
    if not text.strip():
        raise InvalidInput("text", Words("Excerpts", QT_TRANSLATE_NOOP(
                "Excerpts", "An excerpt cannot be empty.")))
    return text


def add(vault: Vault, client_id: int, text: str, *, engagement_id: int | None = None,
        source_note_id: int | None = None) -> Excerpt:
    with vault.transaction(touches=Change.REPORTS) as conn:
        excerpt_id = insert(conn, client_id, text, engagement_id=engagement_id,
                            source_note_id=source_note_id)
    return get(vault, excerpt_id)


def insert(conn: sqlcipher3.Connection, client_id: int, text: str, *,
           engagement_id: int | None = None, source_note_id: int | None = None) -> int:
    """Add an excerpt inside a write the caller holds (a report adds one with its item)."""
    text = _checked(text)
    now = now_utc()
    if source_note_id is not None:
        row = conn.execute("SELECT client_id, is_private, for_sponsor FROM notes WHERE id = ?",
                           (source_note_id,)).fetchone()
        if row is None or row[0] != client_id:
            raise InvalidInput("source_note_id", Words("Excerpts", QT_TRANSLATE_NOOP(
                    "Excerpts", "That note is not this client's.")))
        if row[1]:
            raise InvalidInput("source_note_id", Words("Excerpts", QT_TRANSLATE_NOOP(
                    "Excerpts", "A private note is the coach's own: nothing is lifted from it "
                    "for a sponsor.")))
        if not row[2]:
            raise InvalidInput("source_note_id", Words("Excerpts", QT_TRANSLATE_NOOP(
                    "Excerpts", "This note is shared with the client only: choose \"Sponsor, if "
                    "client approves\" for it first.")))
    excerpt_id: int = conn.execute(
        "INSERT INTO excerpts (client_id, engagement_id, source_note_id, text, text_sha256,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (client_id, engagement_id, source_note_id, text, text_hash(text), now, now),
    ).lastrowid
    audit.record(conn, "excerpt.added", "excerpt", excerpt_id)
    return excerpt_id


def edit(vault: Vault, excerpt_id: int, text: str) -> Excerpt:
    """New words: approvals given to the old words no longer count."""
    text = _checked(text)
    with vault.transaction(touches=Change.REPORTS) as conn:
        cur = conn.execute("UPDATE excerpts SET text = ?, text_sha256 = ?, updated_at = ?"
                           " WHERE id = ?", (text, text_hash(text), now_utc(), excerpt_id))
        if cur.rowcount != 1:
            raise NotFound(Words("Excerpts", QT_TRANSLATE_NOOP(
                    "Excerpts", "This excerpt is no longer in the vault.")))
        audit.record(conn, "excerpt.edited", "excerpt", excerpt_id)
    return get(vault, excerpt_id)


def get(vault: Vault, excerpt_id: int) -> Excerpt:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM excerpts WHERE id = ?", (excerpt_id,))
    if row is None:
        raise NotFound(Words("Excerpts", QT_TRANSLATE_NOOP(
                "Excerpts", "This excerpt is no longer in the vault.")))
    return Excerpt(*row)


def get_many(vault: Vault, ids: list[int]) -> dict[int, Excerpt]:
    rows = vault.read_ids(f"SELECT {_COLUMNS} FROM excerpts WHERE id IN ({{ids}})", ids)
    return {row[0]: Excerpt(*row) for row in rows}


def ids_for_client(vault: Vault, client_id: int) -> list[int]:
    return [r[0] for r in vault.read(
        "SELECT id FROM excerpts WHERE client_id = ? ORDER BY created_at, id", (client_id,))]
