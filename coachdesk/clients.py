"""Clients: the people the coach works with.

A client is archived, never deleted here (disposal is its own, recorded act).
Lists hand out ids first and rows on demand, so a screen can show thousands
without reading them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import audit, search, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

STATUSES = ("active", "paused", "archived")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_COLUMNS = "id, name, pronouns, email, phone, status, created_at, updated_at, address"
MAX_ADDRESS_BYTES = 4096  # a postal address: a few lines (as a sponsor's)


@dataclass(frozen=True)
class ClientDraft:
    """What the coach types for a client."""

    name: str
    pronouns: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""  # postal, a few lines; printed on invoices to the client


@dataclass(frozen=True)
class Client:
    id: int
    name: str
    pronouns: str
    email: str
    phone: str
    status: str
    created_at: str
    updated_at: str
    address: str = ""

    @property
    def archived(self) -> bool:
        return self.status == "archived"


def _checked(draft: ClientDraft) -> ClientDraft:
    email = validation.one_line("email", "Email", draft.email)
    if email and not _EMAIL.match(email):
        raise InvalidInput("email", Words("Clients", QT_TRANSLATE_NOOP(
            "Clients", "This does not look like an email address (name@example.org).")))
    return ClientDraft(
        name=validation.required_name("name", "The client's name", draft.name),
        pronouns=validation.one_line("pronouns", "Pronouns", draft.pronouns, 50),
        email=email,
        phone=validation.one_line("phone", "Phone", draft.phone, 50),
        address=validation.long_text("address", "The address", draft.address.strip(),
                                     MAX_ADDRESS_BYTES),
    )


def add(vault: Vault, draft: ClientDraft) -> Client:
    d = _checked(draft)
    now = now_utc()
    with vault.transaction(touches=Change.CLIENTS) as conn:
        cur = conn.execute(
            "INSERT INTO clients (name, sort_name, pronouns, email, phone, address, status,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)",
            (d.name, validation.sort_key(d.name), d.pronouns, d.email, d.phone, d.address,
             now, now),
        )
        client_id = cur.lastrowid
        audit.record(conn, "client.added", "client", client_id)
    return get(vault, client_id)


def update(vault: Vault, client_id: int, draft: ClientDraft) -> Client:
    d = _checked(draft)
    with vault.transaction(touches=Change.CLIENTS) as conn:
        cur = conn.execute(
            "UPDATE clients SET name = ?, sort_name = ?, pronouns = ?, email = ?, phone = ?,"
            " address = ?, updated_at = ? WHERE id = ?",
            (d.name, validation.sort_key(d.name), d.pronouns, d.email, d.phone, d.address,
             now_utc(), client_id),
        )
        if cur.rowcount != 1:
            raise NotFound(Words("Clients", QT_TRANSLATE_NOOP(
                "Clients", "This client is no longer in the vault.")))
        audit.record(conn, "client.edited", "client", client_id)
    return get(vault, client_id)


def set_status(vault: Vault, client_id: int, status: str) -> Client:
    validation.choice("status", "Status", status, STATUSES)
    with vault.transaction(touches=Change.CLIENTS) as conn:
        cur = conn.execute(
            "UPDATE clients SET status = ?, updated_at = ? WHERE id = ?",
            (status, now_utc(), client_id),
        )
        if cur.rowcount != 1:
            raise NotFound(Words("Clients", QT_TRANSLATE_NOOP(
                "Clients", "This client is no longer in the vault.")))
        audit.record(conn, f"client.{status}", "client", client_id)
    return get(vault, client_id)


def archive(vault: Vault, client_id: int) -> Client:
    return set_status(vault, client_id, "archived")


def restore(vault: Vault, client_id: int) -> Client:
    return set_status(vault, client_id, "active")


def get(vault: Vault, client_id: int) -> Client:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM clients WHERE id = ?", (client_id,))
    if row is None:
        raise NotFound(Words("Clients", QT_TRANSLATE_NOOP(
            "Clients", "This client is no longer in the vault.")))
    return Client(*row)


def get_many(vault: Vault, ids: list[int]) -> dict[int, Client]:
    """Rows for a page of ids (what a lazy list asks for as it scrolls)."""
    rows = vault.read_ids(f"SELECT {_COLUMNS} FROM clients WHERE id IN ({{ids}})", ids)
    return {row[0]: Client(*row) for row in rows}


def list_ids(vault: Vault, *, text: str = "", include_archived: bool = False) -> list[int]:
    """Client ids in name order, optionally only those matching ``text``."""
    statuses = STATUSES if include_archived else ("active", "paused")
    marks = ",".join("?" * len(statuses))
    expr = search.match_expression(text)
    if text.strip() and expr is None:
        # Nothing FTS can index (emoji, punctuation): a plain substring match.
        return [
            r[0]
            for r in vault.read(
                f"SELECT id FROM clients WHERE status IN ({marks}) AND instr(name, ?) > 0"
                " ORDER BY sort_name, id",
                (*statuses, text.strip()),
            )
        ]
    if expr is None:
        return [
            r[0]
            for r in vault.read(
                f"SELECT id FROM clients WHERE status IN ({marks})"
                " ORDER BY sort_name, id",
                statuses,
            )
        ]
    return [
        r[0]
        for r in vault.read(
            "SELECT c.id FROM clients_fts JOIN clients c ON c.id = clients_fts.rowid"
            f" WHERE clients_fts MATCH ? AND c.status IN ({marks})"
            " ORDER BY c.sort_name, c.id",
            (expr, *statuses),
        )
    ]


def count(vault: Vault) -> int:
    total: int = vault.read("SELECT count(*) FROM clients")[0][0]
    return total
