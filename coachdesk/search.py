"""Full-text search over clients, sponsors and notes, inside the vault (FTS5).

The indexes are kept in step by triggers, so they change in the same
transaction as the records. What the coach types is never handed to FTS5 as
query syntax: each word becomes a quoted prefix term, so ``AND``, quotes,
brackets or ``*`` in a search are just text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.vault import Vault

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str) -> list[str]:
    """The searchable words of what was typed (letters and digits)."""
    return _WORD.findall(text or "")


def match_expression(text: str) -> str | None:
    """An FTS5 query matching records with every typed word as a prefix, or None."""
    terms = words(text)
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in terms)


@dataclass(frozen=True)
class Hit:
    kind: str  # "client", "sponsor" or "note"
    record_id: int
    title: str  # a name: never note text
    client_id: int | None = None


def everything(vault: Vault, text: str, limit: int = 50) -> list[Hit]:
    """Clients, sponsors and notes matching ``text``, best first within each kind."""
    expr = match_expression(text)
    if expr is None:
        return []
    hits = [
        Hit("client", cid, name, cid)
        for cid, name in vault.read(
            "SELECT c.id, c.name FROM clients_fts JOIN clients c ON c.id = clients_fts.rowid"
            " WHERE clients_fts MATCH ? ORDER BY rank LIMIT ?",
            (expr, limit),
        )
    ]
    hits += [
        Hit("sponsor", sid, org)
        for sid, org in vault.read(
            "SELECT s.id, s.organisation FROM sponsors_fts"
            " JOIN sponsors s ON s.id = sponsors_fts.rowid"
            " WHERE sponsors_fts MATCH ? ORDER BY rank LIMIT ?",
            (expr, limit),
        )
    ]
    hits += [
        Hit("note", nid, f"Note for {name} ({created[:10]})", cid)
        for nid, cid, name, created in vault.read(
            "SELECT n.id, n.client_id, c.name, n.created_at FROM notes_fts"
            " JOIN notes n ON n.id = notes_fts.rowid JOIN clients c ON c.id = n.client_id"
            " WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?",
            (expr, limit),
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
