"""Sponsor requests: what a sponsor asked for, and how the coach answered.

The ethics case behind CoachDesk: a client's manager asks for a full report of
what was said and threatens to stop paying. The coach logs the request (when,
who, what, by which channel), reads it beside the agreement's information-
exchange clause, and records one of the responses the ICF Code points to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import agreements, audit, engagements, sponsors, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault
    from coachdesk.vault.vault import Row

CHANNELS = ("email", "phone", "meeting", "letter", "other")
# Marked so screens and the legal record say them in the coach's language
# ("SponsorRequests" context).
CHANNEL_WORDS = {"email": QT_TRANSLATE_NOOP("SponsorRequests", "Email"),
                 "phone": QT_TRANSLATE_NOOP("SponsorRequests", "Phone call"),
                 "meeting": QT_TRANSLATE_NOOP("SponsorRequests", "Meeting"),
                 "letter": QT_TRANSLATE_NOOP("SponsorRequests", "Letter"),
                 "other": QT_TRANSLATE_NOOP("SponsorRequests", "Other")}
RESPONSES = ("explain", "share_permitted", "co_create", "written_permission", "decline")
RESPONSE_WORDS = {
    "explain": QT_TRANSLATE_NOOP("SponsorRequests",
                                 "Explain the nature and limits of confidentiality"),
    "share_permitted": QT_TRANSLATE_NOOP("SponsorRequests",
                                         "Share only what the client permits"),
    "co_create": QT_TRANSLATE_NOOP("SponsorRequests", "Co-create a report with the client"),
    "written_permission": QT_TRANSLATE_NOOP(
        "SponsorRequests", "Ask the client for written permission stating what may be shared"),
    "decline": QT_TRANSLATE_NOOP("SponsorRequests", "Decline the request"),
}
# Shown beside a request for the full record, translated there (same context).
FULL_RECORD_REFUSAL = QT_TRANSLATE_NOOP(
    "SponsorRequests",
    "A sponsor cannot have the full coaching record. The ICF Code of Ethics keeps what "
    "the client says in strictest confidence (standard 24) and lets the sponsor receive "
    "only what the agreement on information exchange allows (standard 25) and the client "
    "approves. The record is released only if the client consents to it, or if the law "
    "requires it (a court order or subpoena: standard 26), and then as a logged legal "
    "export, never as a sponsor report.")
_COLUMNS = ("id, sponsor_id, contact_id, engagement_id, client_id, asked_on, channel,"
            " asked_for, full_record, response, response_note, responded_on, created_at")


@dataclass(frozen=True)
class RequestDraft:
    sponsor_id: int
    asked_on: str
    channel: str
    asked_for: str
    contact_id: int | None = None
    engagement_id: int | None = None
    full_record: bool = False


@dataclass(frozen=True)
class SponsorRequest:
    id: int
    sponsor_id: int
    contact_id: int | None
    engagement_id: int | None
    client_id: int | None
    asked_on: str
    channel: str
    asked_for: str
    full_record: bool
    response: str | None
    response_note: str
    responded_on: str | None
    created_at: str


def _checked(vault: Vault, d: RequestDraft) -> tuple[RequestDraft, int | None]:
    sponsor = sponsors.get(vault, d.sponsor_id)
    day = validation.iso_date("asked_on", "The date of the request", d.asked_on)
    validation.choice("channel", "How it came", d.channel, CHANNELS)
    what = validation.long_text("asked_for", "What was asked", d.asked_for, 64 * 1024)
    if not what.strip():
        raise InvalidInput("asked_for", Words("SponsorRequests", QT_TRANSLATE_NOOP(
                "SponsorRequests", "Say what the sponsor asked for.")))
    if d.contact_id is not None and d.contact_id not in {c.id for c in sponsor.contacts}:
        raise InvalidInput("contact", Words("SponsorRequests", QT_TRANSLATE_NOOP(
                "SponsorRequests", "That person is not one of this sponsor's contacts.")))
    client_id = None
    if d.engagement_id is not None:
        engagement = engagements.get(vault, d.engagement_id)
        if engagement.sponsor_id != sponsor.id:
            raise InvalidInput("engagement", Words("SponsorRequests", QT_TRANSLATE_NOOP(
                    "SponsorRequests", "That engagement is not sponsored by them.")))
        client_id = engagement.client_id
    return RequestDraft(d.sponsor_id, day, d.channel, what, d.contact_id, d.engagement_id,
                        bool(d.full_record)), client_id


def log(vault: Vault, draft: RequestDraft) -> SponsorRequest:
    d, client_id = _checked(vault, draft)
    with vault.transaction(touches=Change.REQUESTS) as conn:
        request_id = conn.execute(
            "INSERT INTO sponsor_requests (sponsor_id, contact_id, engagement_id, client_id,"
            " asked_on, channel, asked_for, full_record, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.sponsor_id, d.contact_id, d.engagement_id, client_id, d.asked_on, d.channel,
             d.asked_for, int(d.full_record), now_utc())).lastrowid
        audit.record(conn, "sponsor_request.logged", "sponsor_request", request_id)
    return get(vault, request_id)


def respond(vault: Vault, request_id: int, response: str, *, note: str = "",
            on: str) -> SponsorRequest:
    """The coach's answer, chosen from the ethics case's options."""
    validation.choice("response", "The response", response, RESPONSES)
    note = validation.long_text("response_note", "The note", note, 64 * 1024)
    day = validation.iso_date("responded_on", "The date of the response", on)
    with vault.transaction(touches=Change.REQUESTS) as conn:
        cur = conn.execute("UPDATE sponsor_requests SET response = ?, response_note = ?,"
                           " responded_on = ? WHERE id = ?", (response, note, day, request_id))
        if cur.rowcount != 1:
            raise NotFound(Words("SponsorRequests", QT_TRANSLATE_NOOP(
                    "SponsorRequests", "This request is no longer in the vault.")))
        audit.record(conn, f"sponsor_request.{response}", "sponsor_request", request_id)
    return get(vault, request_id)


def get(vault: Vault, request_id: int) -> SponsorRequest:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM sponsor_requests WHERE id = ?", (request_id,))
    if row is None:
        raise NotFound(Words("SponsorRequests", QT_TRANSLATE_NOOP(
                "SponsorRequests", "This request is no longer in the vault.")))
    return _request(row)


def _request(row: Row) -> SponsorRequest:
    values = list(row)
    values[8] = bool(values[8])
    return SponsorRequest(*values)


def for_sponsor(vault: Vault, sponsor_id: int) -> list[SponsorRequest]:
    return [_request(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM sponsor_requests WHERE sponsor_id = ?"
        " ORDER BY asked_on DESC, id DESC", (sponsor_id,))]


def for_client(vault: Vault, client_id: int) -> list[SponsorRequest]:
    return [_request(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM sponsor_requests WHERE client_id = ?"
        " ORDER BY asked_on DESC, id DESC", (client_id,))]


def all_requests(vault: Vault) -> list[SponsorRequest]:
    return [_request(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM sponsor_requests ORDER BY asked_on DESC, id DESC")]


def agreement_words(vault: Vault, request: SponsorRequest) -> str:
    """The information-exchange clause to read beside the request ('' if none applies)."""
    if request.engagement_id is None:
        return ""
    found = [a for a in agreements.for_engagement(vault, request.engagement_id)
             if a.sponsor_id == request.sponsor_id and a.status in ("active", "ended")]
    return agreements.information_exchange(found[-1]) if found else ""
