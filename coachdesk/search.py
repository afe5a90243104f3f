"""Full-text search over clients, sponsors and notes, inside the vault (FTS5).

The indexes are kept in step by triggers, so they change in the same
transaction as the records. What the coach types is never handed to FTS5 as
query syntax: each word becomes a quoted prefix term, so ``AND``, quotes,
brackets or ``*`` in a search are just text.

Search as you type must stay cheap at any size of practice. Names (clients'
names and emails, sponsors' organisations) are searched from the first letter:
there are only thousands of them. Notes are searched once a word has three
characters (``NOTES_FROM``): one or two letters begin a word of nearly every
note, and would rank a whole practice for nothing. Within notes a single letter
is left out of the match for the same reason. Notes are ranked within a bounded
set, the newest ``NOTE_POOL`` that match, so the cost does not grow with the
practice. A hit names the field that matched, never the text of a note.

A ``Searcher`` reads through a read-only connection of its own (``Vault.reader``),
so the window can run it on a thread of its own and interrupt a stale search.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import sqlcipher3

if TYPE_CHECKING:
    from coachdesk.vault import Vault

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
NOTES_FROM = 3  # characters in a word before notes are searched
NOTE_POOL = 500  # the newest matching notes that are ranked
_MARK = "\x01"  # what highlight() puts before a matching word: never in a name


class Readable(Protocol):
    """Where a search reads: the vault itself, or a ``Searcher``'s own connection."""

    def read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]: ...


class Interrupted(Exception):
    """The search was cut short because the coach typed on (or locked)."""


def words(text: str) -> list[str]:
    """The searchable words of what was typed (letters and digits)."""
    return _WORD.findall(text or "")


def _expression(terms: list[str]) -> str | None:
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in terms)


def match_expression(text: str) -> str | None:
    """An FTS5 query matching records with every typed word as a prefix, or None."""
    return _expression(words(text))


def note_expression(text: str) -> str | None:
    """The match for notes, or None while no word has ``NOTES_FROM`` characters yet.

    Single letters are left out: they begin a word of almost every note."""
    terms = words(text)
    if not any(len(t) >= NOTES_FROM for t in terms):
        return None
    return _expression([t for t in terms if len(t) > 1])


def searches_notes(text: str) -> bool:
    """True when ``text`` is long enough for notes to be searched."""
    return note_expression(text) is not None


@dataclass(frozen=True)
class Hit:
    kind: str  # "client", "sponsor" or "note"
    record_id: int
    title: str  # a name: never note text
    client_id: int | None = None
    # Why it matched: "name", "email" (a client's), "organisation" (a sponsor's) or
    # "note" (words in the note's text, which is never shown); a client's name and
    # email can both match.
    fields: tuple[str, ...] = ()
    name: str = ""  # the client's name or the sponsor's organisation
    day: str = ""  # a note's day (ISO date), what the list shows instead of its text


def _marked(value: object) -> bool:
    return isinstance(value, str) and _MARK in value


def everything(db: Readable, text: str, limit: int = 50,
               cancelled: Callable[[], bool] = lambda: False) -> list[Hit]:
    """Clients, then sponsors, then notes matching ``text``, best first within each kind.

    ``cancelled`` is asked between the queries: a search no longer wanted stops there
    (raising ``Interrupted``) even where an interrupt came between two statements."""
    expr = match_expression(text)
    if expr is None:
        return []

    def read(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        if cancelled():
            raise Interrupted()
        return db.read(sql, params)

    hits = []
    for cid, name, by_name, by_email in read(
        "SELECT c.id, c.name, highlight(clients_fts, 0, char(1), ''),"
        " highlight(clients_fts, 1, char(1), '')"
        " FROM clients_fts JOIN clients c ON c.id = clients_fts.rowid"
        " WHERE clients_fts MATCH ? ORDER BY rank LIMIT ?",
        (expr, limit),
    ):
        fields = tuple(f for f, hit in (("name", by_name), ("email", by_email)) if _marked(hit))
        hits.append(Hit("client", cid, name, cid, fields or ("name",), name))
    hits += [
        Hit("sponsor", sid, org, None, ("organisation",), org)
        for sid, org in read(
            "SELECT s.id, s.organisation FROM sponsors_fts"
            " JOIN sponsors s ON s.id = sponsors_fts.rowid"
            " WHERE sponsors_fts MATCH ? ORDER BY rank LIMIT ?",
            (expr, limit),
        )
    ]
    notes_expr = note_expression(text)
    if notes_expr is None:
        return hits
    # The newest NOTE_POOL matches (FTS5 walks its lists by rowid and stops there),
    # ranked by bm25 among themselves.
    hits += [
        Hit("note", nid, f"Note for {name} ({created[:10]})", cid, ("note",), name, created[:10])
        for nid, cid, name, created in read(
            "SELECT n.id, n.client_id, c.name, n.created_at FROM ("
            " SELECT rowid AS id, bm25(notes_fts) AS score FROM notes_fts"
            " WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS pool"
            " JOIN notes n ON n.id = pool.id JOIN clients c ON c.id = n.client_id"
            " ORDER BY pool.score, n.id DESC LIMIT ?",
            (notes_expr, NOTE_POOL, limit),
        )
    ]
    return hits


def note_ids(vault: Vault, text: str, limit: int = 1000) -> list[int]:
    expr = match_expression(text)
    if expr is None:
        return []
    return [
        r[0]
        for r in vault.read(
            "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?",
            (expr, limit),
        )
    ]


class Searcher:
    """Searches through a read-only connection of its own to the vault.

    Made for a thread of its own: the vault's connection stays free for saves, and
    ``interrupt`` (from any thread) stops the search that is running at once."""

    def __init__(self, vault: Vault) -> None:
        self._conn: sqlcipher3.Connection | None = vault.reader()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        conn = self._conn
        if conn is None:
            raise Interrupted()
        try:
            rows: list[tuple[Any, ...]] = conn.execute(sql, params).fetchall()
        except sqlcipher3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise Interrupted() from None
            raise
        return rows

    def everything(self, text: str, limit: int = 50,
                   cancelled: Callable[[], bool] = lambda: False) -> list[Hit]:
        """As ``everything`` above; raises ``Interrupted`` when cut short."""
        return everything(self, text, limit, cancelled)

    def interrupt(self) -> None:
        """Stop the statement running now, from any thread (SQLite's own interrupt)."""
        conn = self._conn
        if conn is not None:
            conn.interrupt()

    def close(self) -> None:
        """Close the connection: only once no search runs on it."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
