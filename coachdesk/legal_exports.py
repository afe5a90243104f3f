"""A client's whole record leaving the vault: for the law, or for the client.

A legal export answers a court order or subpoena (ICF Code 26), or the
client's own request for their record: everything, private notes included,
with the requester and the legal basis typed in by the coach, and logged as a
disclosure. "Everything" is the whole record the vault keeps: every earlier
version of each note (dated), where sessions were held, each report with its
items and their states, each approval with the words and report frame the
client approved (and their codes, as on a signed release form), and the
disclosure log for the client with what each disclosure sent. It is never a
sponsor report and never passes through the report builder. The client packet
is different: everything that was ever disclosed about the client, with their
consent receipts, for the client to keep.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coachdesk import (
    action_items,
    agreements,
    approvals,
    clients,
    disclosures,
    engagements,
    evidence,
    excerpts,
    notes,
    reports,
    sessions,
    settings,
    sponsor_requests,
    validation,
)
from coachdesk.disclosures import DisclosedWords
from coachdesk.errors import InvalidInput
from coachdesk.notes import Revision
from coachdesk.sync import numbers
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

BASES_EXAMPLES = ("Court order", "Subpoena", "The client's own request")


@dataclass(frozen=True)
class ClientRecord:
    disclosure_id: int | None
    produced_on: str
    coach_name: str
    requester: str
    legal_basis: str
    client: clients.Client
    engagements: tuple[engagements.Engagement, ...]
    sessions: tuple[sessions.Session, ...]
    notes: tuple[notes.Note, ...]
    agreements: tuple[agreements.Agreement, ...]
    excerpts: tuple[excerpts.Excerpt, ...]
    rounds: tuple[approvals.Round, ...]
    disclosures: tuple[disclosures.Disclosure, ...]
    sponsor_requests: tuple[sponsor_requests.SponsorRequest, ...]
    earlier_versions: dict[int, list[Revision]] = field(default_factory=dict)
    reports: tuple[ReportHistory, ...] = ()
    approvals: tuple[Approval, ...] = ()
    disclosed_words: dict[int, tuple[DisclosedWords, ...]] = field(
        default_factory=dict)
    evidence: tuple[evidence.Evidence, ...] = ()  # signed forms, kept encrypted
    action_items: tuple[action_items.ActionItem, ...] = ()  # open and done
    disclosure_number: str = ""  # as printed (D-000004, D-B000004): coachdesk.sync.numbers


@dataclass(frozen=True)
class ReportHistory:
    """A report as it stands, with its items and where each stands with the client."""

    report: reports.Report
    recipient_name: str
    items: tuple[reports.Item, ...]


@dataclass(frozen=True)
class ApprovedPassage:
    consent: approvals.Consent
    words: str | None  # the words approved (None: approved before CoachDesk kept them)
    words_code: str  # as printed on a release form beside them


@dataclass(frozen=True)
class Approval:
    """One approval round: who, when, how, for whom (as named then), what report frame,
    and the exact words approved."""

    round: approvals.Round
    frame: reports.PrintedFrame | None
    passages: tuple[ApprovedPassage, ...]


@dataclass(frozen=True)
class Packet:
    disclosure_id: int | None
    produced_on: str
    coach_name: str
    client_name: str
    disclosed: tuple[tuple[disclosures.Disclosure, tuple[disclosures.DisclosedWords, ...]], ...]
    receipts: tuple[approvals.Receipt, ...]
    disclosure_number: str = ""  # as printed (D-000004, D-B000004): coachdesk.sync.numbers


def whole_record(vault: Vault, client_id: int, *, on: str, requester: str = "",
                 legal_basis: str = "", disclosure_id: int | None = None) -> ClientRecord:
    with vault.snapshot():
        client = clients.get(vault, client_id)
        mine = engagements.for_client(vault, client_id)
        session_ids = sessions.ids_for_client(vault, client_id)
        found_sessions = sessions.get_many(vault, session_ids)
        note_ids = notes.ids_for_client(vault, client_id)
        found_notes = notes.get_many(vault, note_ids)
        excerpt_ids = excerpts.ids_for_client(vault, client_id)
        found_excerpts = excerpts.get_many(vault, excerpt_ids)
        rounds = approvals.rounds_for_client(vault, client_id)
        logged = disclosures.for_client(vault, client_id)
        return ClientRecord(
            disclosure_id=disclosure_id, produced_on=on,
            disclosure_number=numbers.disclosure_number(vault, disclosure_id),
            coach_name=settings.get(vault, "coach_name"), requester=requester,
            legal_basis=legal_basis, client=client, engagements=tuple(mine),
            sessions=tuple(found_sessions[i] for i in session_ids if i in found_sessions),
            notes=tuple(found_notes[i] for i in note_ids if i in found_notes),
            agreements=tuple(agreements.for_client(vault, client_id)),
            excerpts=tuple(found_excerpts[i] for i in excerpt_ids if i in found_excerpts),
            rounds=tuple(rounds),
            disclosures=tuple(logged),
            sponsor_requests=tuple(sponsor_requests.for_client(vault, client_id)),
            earlier_versions=notes.earlier_versions_for_client(vault, client_id),
            reports=tuple(ReportHistory(r, reports.recipient_name(vault, r),
                                        tuple(reports.items(vault, r.id, on)))
                          for r in reports.for_client(vault, client_id)),
            approvals=tuple(_approval(vault, r) for r in rounds),
            disclosed_words={d.id: tuple(disclosures.words(vault, d.id)) for d in logged},
            evidence=tuple(evidence.for_client(vault, client_id)),
            action_items=tuple(action_items.for_client(vault, client_id)))


def _approval(vault: Vault, round_: approvals.Round) -> Approval:
    passages = tuple(
        ApprovedPassage(c, c.text, excerpts.words_code(c.text_sha256))
        for c in approvals.in_round(vault, round_.id))
    return Approval(round_, reports.PrintedFrame.from_text(round_.frame), passages)


def check_request(requester: str, legal_basis: str) -> tuple[str, str]:
    """Who asks and on what basis, as ``export`` takes them, or InvalidInput naming the
    field: checked while the coach is still in the dialog, before a file is chosen and
    the export runs off the GUI thread."""
    who = validation.required_name("requester", "Who asked for the record", requester)
    basis = validation.one_line("legal_basis", "The legal basis", legal_basis)
    if not basis.strip():
        raise InvalidInput("legal_basis", Words("LegalExports", QT_TRANSLATE_NOOP(
                "LegalExports", "Say on what basis the record is released (for example: court "
                "order no. 123 of 2026-05-01).")))
    return who, basis


def export(vault: Vault, client_id: int, *, requester: str, legal_basis: str, on: str,
           for_the_client: bool = False, render: Callable[[ClientRecord], bytes],
           save: disclosures.Save) -> disclosures.Disclosure:
    """The whole record for ``requester`` under ``legal_basis``, logged as a disclosure."""
    who, basis = check_request(requester, legal_basis)
    client = clients.get(vault, client_id)

    def prepare(conn: sqlcipher3.Connection,
                disclosure_id: int) -> tuple[disclosures.Pending, ClientRecord]:
        record = whole_record(vault, client_id, on=on, requester=who, legal_basis=basis,
                              disclosure_id=disclosure_id)
        pending = disclosures.Pending(
            id=disclosure_id, kind="legal_export", client_id=client.id, sponsor_id=None,
            recipient_kind="client" if for_the_client else "other",
            recipient_id=client.id if for_the_client else None, recipient_name=who,
            purpose="The client's whole record", legal_basis=basis, report_id=None)
        return pending, record

    return disclosures.disclose(vault, prepare, render, save)


def packet(vault: Vault, client_id: int, *, on: str, disclosure_id: int | None = None) -> Packet:
    with vault.snapshot():
        client = clients.get(vault, client_id)
        disclosed = tuple((d, tuple(disclosures.words(vault, d.id)))
                          for d in disclosures.for_client(vault, client_id))
        receipts = tuple(approvals.receipt(vault, r.id, on)
                         for r in approvals.rounds_for_client(vault, client_id))
        return Packet(disclosure_id, on, settings.get(vault, "coach_name"), client.name,
                      disclosed, receipts, numbers.disclosure_number(vault, disclosure_id))


def export_packet(vault: Vault, client_id: int, *, on: str, render: Callable[[Packet], bytes],
                  save: disclosures.Save) -> disclosures.Disclosure:
    """Everything ever disclosed about the client, with the receipts, for the client."""
    client = clients.get(vault, client_id)

    def prepare(conn: sqlcipher3.Connection,
                disclosure_id: int) -> tuple[disclosures.Pending, Packet]:
        content = packet(vault, client_id, on=on, disclosure_id=disclosure_id)
        pending = disclosures.Pending(
            id=disclosure_id, kind="client_packet", client_id=client.id, sponsor_id=None,
            recipient_kind="client", recipient_id=client.id, recipient_name=client.name,
            purpose="What was disclosed about you, with your consent receipts",
            legal_basis="", report_id=None)
        return pending, content

    return disclosures.disclose(vault, prepare, render, save)
