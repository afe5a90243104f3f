"""Sponsors: the organisations that pay for a client's coaching, and their people."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault


@dataclass(frozen=True)
class ContactDraft:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Contact:
    id: int
    sponsor_id: int
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class SponsorDraft:
    organisation: str
    billing_name: str = ""
    address: str = ""


@dataclass(frozen=True)
class Sponsor:
    id: int
    organisation: str
    billing_name: str
    address: str
    status: str
    created_at: str
    updated_at: str
    contacts: tuple[Contact, ...] = field(default=(), kw_only=True)  # from its own table


def _checked(draft: SponsorDraft) -> SponsorDraft:
    return SponsorDraft(
        organisation=validation.required_name(
            "organisation", "The organisation's name", draft.organisation
        ),
        billing_name=validation.one_line("billing_name", "Billing name", draft.billing_name),
        address=validation.long_text("address", "The address", draft.address, 4096),
    )


def _checked_contact(draft: ContactDraft) -> ContactDraft:
    return ContactDraft(
        name=validation.required_name("name", "The contact's name", draft.name),
        role=validation.one_line("role", "Role", draft.role, 100),
        email=validation.one_line("email", "Email", draft.email),
        phone=validation.one_line("phone", "Phone", draft.phone, 50),
    )


def add(vault: Vault, draft: SponsorDraft) -> Sponsor:
    d = _checked(draft)
    now = now_utc()
    with vault.transaction(touches=Change.SPONSORS) as conn:
        sponsor_id = conn.execute(
            "INSERT INTO sponsors (organisation, sort_name, billing_name, address, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (d.organisation, validation.sort_key(d.organisation), d.billing_name, d.address,
             now, now),
        ).lastrowid
        audit.record(conn, "sponsor.added", "sponsor", sponsor_id)
    return get(vault, sponsor_id)


def update(vault: Vault, sponsor_id: int, draft: SponsorDraft) -> Sponsor:
    d = _checked(draft)
    with vault.transaction(touches=Change.SPONSORS) as conn:
        cur = conn.execute(
            "UPDATE sponsors SET organisation = ?, sort_name = ?, billing_name = ?, address = ?,"
            " updated_at = ? WHERE id = ?",
            (d.organisation, validation.sort_key(d.organisation), d.billing_name, d.address,
             now_utc(), sponsor_id),
        )
        if cur.rowcount != 1:
            raise NotFound(Words("Sponsors", QT_TRANSLATE_NOOP(
                    "Sponsors", "This sponsor is no longer in the vault.")))
        audit.record(conn, "sponsor.edited", "sponsor", sponsor_id)
    return get(vault, sponsor_id)


def add_contact(vault: Vault, sponsor_id: int, draft: ContactDraft) -> Contact:
    d = _checked_contact(draft)
    get(vault, sponsor_id)
    with vault.transaction(touches=Change.SPONSORS) as conn:
        contact_id = conn.execute(
            "INSERT INTO sponsor_contacts (sponsor_id, name, role, email, phone)"
            " VALUES (?, ?, ?, ?, ?)",
            (sponsor_id, d.name, d.role, d.email, d.phone),
        ).lastrowid
        audit.record(conn, "sponsor.contact_added", "sponsor_contact", contact_id)
    return Contact(contact_id, sponsor_id, d.name, d.role, d.email, d.phone)


def get(vault: Vault, sponsor_id: int) -> Sponsor:
    row = vault.read_one(
        "SELECT id, organisation, billing_name, address, status, created_at, updated_at"
        " FROM sponsors WHERE id = ?",
        (sponsor_id,),
    )
    if row is None:
        raise NotFound(Words("Sponsors", QT_TRANSLATE_NOOP(
                "Sponsors", "This sponsor is no longer in the vault.")))
    contacts = tuple(
        Contact(*r)
        for r in vault.read(
            "SELECT id, sponsor_id, name, role, email, phone FROM sponsor_contacts"
            " WHERE sponsor_id = ? ORDER BY name COLLATE NOCASE, id",
            (sponsor_id,),
        )
    )
    return Sponsor(*row, contacts=contacts)


def list_ids(vault: Vault, include_archived: bool = False) -> list[int]:
    statuses = ("active", "archived") if include_archived else ("active",)
    marks = ",".join("?" * len(statuses))
    return [r[0] for r in vault.read(
        f"SELECT id FROM sponsors WHERE status IN ({marks}) ORDER BY sort_name, id", statuses
    )]


def get_many(vault: Vault, ids: list[int]) -> dict[int, Sponsor]:
    """Sponsors for a page of a lazy list (contacts are read when one is opened)."""
    rows = vault.read_ids(
        "SELECT id, organisation, billing_name, address, status, created_at, updated_at"
        " FROM sponsors WHERE id IN ({ids})", ids)
    return {row[0]: Sponsor(*row) for row in rows}
