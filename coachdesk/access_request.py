"""The client's right of access (GDPR Art. 15): a bundle of everything the vault holds
about a client, as a readable PDF and a machine-readable JSON file.

The coach first sees every item that would go out (:func:`items`), and may withhold an
item whose release would affect others (a sponsor's own words) or that the law lets the
coach keep back (the coach's private reflections, what a legal claim needs): each
withholding has a reason chosen from :data:`REASONS`, recorded (by item, never by its
words) with the disclosure. The bundle then says, by section, how many items were
withheld and why, and holds none of their words. It also says what the data is used for,
who received any of it (the disclosure log), and how long it is kept (the agreements'
retention). Sending it is a disclosure to the client, logged like the packet for the
client: the PDF's SHA-256 in the disclosure, the JSON file's recorded as an export of
that disclosure, both in the same write that ties the disclosure to the request.

The JSON's shape is documented in ``docs/access-request.schema.json`` (JSON Schema
2020-12); the tests validate every bundle against it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import (
    action_items,
    agreements,
    clients,
    data_requests,
    disclosures,
    engagements,
    exports,
    files,
    invoices,
    notes,
    sessions,
    settings,
    sponsor_requests,
    sponsors,
)
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.sync import numbers
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from pathlib import Path

    import sqlcipher3

    from coachdesk.vault import Vault

FORMAT, VERSION = "coachdesk-access-request", 1
# The bundle's sections, in the order the PDF and the JSON list them.
SECTIONS = ("contact", "engagements", "goals", "sessions", "notes", "action_items",
            "agreements", "invoices", "sponsor_requests", "disclosed_words")
# The client's own columns: every other column of ``clients`` is her personal data and
# reaches the bundle (and the portability files) by itself, under the label named here
# or, for a column added later and not named yet, under its own name.
CONTACT_LABELS = {"name": "Name", "pronouns": "Pronouns", "email": "Email",
                  "phone": "Phone", "address": "Postal address"}
NOT_CONTACT = frozenset({"id", "sort_name", "status", "created_at", "updated_at"})
# Why an item may be withheld: a fixed choice, recorded with the disclosure.
REASONS = ("others_rights", "coach_reflections", "legal_claims")
PURPOSES = (
    ("coaching", "Providing the coaching you agreed to: planning and holding sessions, and "
                 "the coach's notes of them"),
    ("agreements", "Making, signing and keeping the coaching agreement"),
    ("billing", "Invoicing and the tax records the law requires (dates, hours and fees)"),
    ("sponsor_reports", "Reports to the sponsor who pays for the coaching, limited to what "
                        "the agreement names and, for your words, only the exact words you "
                        "approved"),
)
JSON_EXPORT_KIND = "access_request_json"
PRIVATE_FILES = Words("AccessRequest", QT_TRANSLATE_NOOP(
    "AccessRequest", "a copy of a client's personal data"))
ELSEWHERE = Words("AccessRequest", QT_TRANSLATE_NOOP(
    "AccessRequest", "a folder in your home folder"))


@dataclass(frozen=True)
class Item:
    """One piece of the client's data as the bundle would show it."""

    key: str  # "note:12": what a withholding names (never the words)
    section: str  # one of SECTIONS
    date: str  # YYYY-MM-DD, or '' when it has none
    label: str  # what it is, in a few words
    text: str  # its content, exactly as kept


@dataclass(frozen=True)
class Withheld:
    section: str
    reason: str  # one of REASONS
    count: int


@dataclass(frozen=True)
class Recipient:
    name: str
    kind: str  # disclosures.recipient_kind: sponsor, contact, client, other
    disclosed_on: str
    purpose: str


@dataclass(frozen=True)
class Retention:
    agreement: str  # its title
    status: str
    years: int | None  # None: the agreement names no period


@dataclass(frozen=True)
class Bundle:
    disclosure_id: int | None
    produced_on: str
    controller: str  # the coach's name
    controller_details: str  # the coach's address and contact, from Settings
    client_name: str
    received_on: str  # when the request arrived
    items: tuple[Item, ...]  # what goes out
    withheld: tuple[Withheld, ...]
    purposes: tuple[tuple[str, str], ...]
    recipients: tuple[Recipient, ...]
    retention: tuple[Retention, ...]
    disclosure_number: str = ""  # as printed (D-000004, D-B000004): coachdesk.sync.numbers


def _sponsor_names(vault: Vault, ids: set[int]) -> dict[int, str]:
    return {i: s.organisation for i, s in sponsors.get_many(vault, sorted(ids)).items()}


def contact_fields(vault: Vault) -> list[tuple[str, str]]:
    """(column, label) of every column of ``clients`` holding the client's own details,
    read from the table itself, so a column added later is not forgotten."""
    return [(name, CONTACT_LABELS.get(name, name.replace("_", " ").capitalize()))
            for _cid, name, *_rest in vault.read("PRAGMA table_info(clients)")
            if name not in NOT_CONTACT]


def contact_details(vault: Vault, client_id: int) -> list[tuple[str, str, str]]:
    """(column, label, value) of the client's details that are filled in."""
    fields = contact_fields(vault)
    columns = ", ".join(f'"{column}"' for column, _label in fields)
    row = vault.read_one(f"SELECT {columns} FROM clients WHERE id = ?", (client_id,))
    if row is None:
        raise NotFound(Words("AccessRequest", QT_TRANSLATE_NOOP(
                "AccessRequest", "This client is no longer in the vault.")))
    return [(column, label, str(value)) for (column, label), value in zip(fields, row,
                                                                          strict=True)
            if value not in (None, "")]


def _invoice_items(vault: Vault, client_id: int) -> list[Item]:
    """Her invoices: to her, or to a sponsor for her sessions (what was billed, the sums,
    its state; the address she was billed at; a sponsor's own details stay out)."""
    found = []
    for invoice_id in reversed(invoices.ids_for_client(vault, client_id)):
        i = invoices.get(vault, invoice_id)
        if i.bill_to == "client":
            billed = "Billed to: " + "; ".join(
                v for v in (i.bill_to_name, *i.bill_to_address.splitlines(), i.bill_to_email)
                if v.strip())
        else:
            billed = f"Billed to the sponsor: {i.bill_to_name}"

        def money(cents: int, currency: str = i.currency) -> str:
            return engagements.amount_words(cents, currency)

        lines = [f"{line.on_date}: {line.description}"
                 + (f", {line.minutes} minutes" if line.minutes else "")
                 + f", {money(line.amount_cents)}" for line in i.lines]
        tax = (f"; {i.tax_label or 'Tax'} {money(i.tax_cents)}" if i.tax_cents else "")
        state = {"paid": f"paid on {i.paid_on}", "unpaid": f"unpaid, due {i.due_on}",
                 "voided": f"voided on {i.voided_on}"}[i.state]
        found.append(Item(
            f"invoice:{i.id}", "invoices", i.issued_on, f"Invoice {i.number}",
            "\n".join([f"Total {money(i.total_cents)} (subtotal {money(i.subtotal_cents)}"
                        f"{tax}); {state}", billed, *lines])))
    return found


def items(vault: Vault, client_id: int) -> list[Item]:
    """Every item the bundle would hold for ``client_id``, before any is withheld."""
    with vault.snapshot():
        found = [Item(f"contact:{column}", "contact", "", label, value)
                 for column, label, value in contact_details(vault, client_id)]
        mine = engagements.for_client(vault, client_id)
        names = _sponsor_names(vault, {e.sponsor_id for e in mine if e.sponsor_id})
        for e in mine:
            paid = f"; paid for by {names[e.sponsor_id]}" if e.sponsor_id in names else ""
            found.append(Item(
                f"engagement:{e.id}", "engagements", e.starts_on, e.title or "Engagement",
                f"From {e.starts_on}" + (f" to {e.ends_on}" if e.ends_on else "")
                + f"; {e.status}{paid}; fee {engagements.amount_words(e.fee_cents, e.currency)}"))
            found += [Item(f"goal:{g.id}", "goals", e.starts_on, "Goal", g.text)
                      for g in e.goals]
        ids = sessions.ids_for_client(vault, client_id)
        held = sessions.get_many(vault, ids)
        for session_id in ids:
            s = held[session_id]
            found.append(Item(f"session:{s.id}", "sessions", s.starts_at[:10], "Session",
                              f"{s.starts_at.replace('T', ' ')}, {s.duration_minutes} "
                              f"minutes, {s.status}" + (f", {s.place}" if s.place else "")))
        note_ids = notes.ids_for_client(vault, client_id)
        kept = notes.get_many(vault, note_ids)
        privacy_words = {notes.COACH_ONLY: "Note (coach only)",
                         notes.WITH_CLIENT: "Note (shared with you)",
                         notes.MAY_REPORT: "Note (shared; may be reported with approval)"}
        for note_id in note_ids:
            n = kept[note_id]
            found.append(Item(f"note:{n.id}", "notes", n.created_at[:10],
                              privacy_words[n.privacy], n.body))
        for a in action_items.for_client(vault, client_id):
            whose = "yours" if a.owner == action_items.CLIENT else "the coach's"
            done = f", done {a.done_on}" if a.done_on else ""
            found.append(Item(f"action_item:{a.id}", "action_items", a.created_at[:10],
                              f"Action item ({whose}{done})", a.text))
        for ag in agreements.for_client(vault, client_id):
            signed = "; ".join(f"{s.signed_name} signed on {s.signed_on}"
                               for s in ag.signatures)
            found.append(Item(f"agreement:{ag.id}", "agreements", "", ag.title or "Agreement",
                              f"Status: {ag.status}" + (f"; {signed}" if signed else "")))
        found += _invoice_items(vault, client_id)
        asked = sponsor_requests.for_client(vault, client_id)
        names.update(_sponsor_names(vault, {r.sponsor_id for r in asked} - set(names)))
        for r in asked:
            answer = f"\nThe coach's answer: {r.response_note}" if r.response_note else ""
            found.append(Item(f"sponsor_request:{r.id}", "sponsor_requests", r.asked_on,
                              f"Request from {names.get(r.sponsor_id, 'the sponsor')}",
                              r.asked_for + answer))
        for d in disclosures.for_client(vault, client_id):
            for w in disclosures.words(vault, d.id):
                found.append(Item(f"disclosed:{d.id}:{w.position}", "disclosed_words",
                                  d.disclosed_at[:10], f"Sent to {d.recipient_name}", w.text))
    return found


def check_withheld(candidates: list[Item], withheld: Mapping[str, str]) -> None:
    """Every withheld item is one of the bundle's and has a reason from REASONS."""
    keys = {i.key for i in candidates}
    for key, reason in withheld.items():
        if key not in keys:
            raise InvalidInput("withheld", Words("AccessRequest", QT_TRANSLATE_NOOP(
                    "AccessRequest", "An item chosen to withhold is no longer in the record. "
                    "Look over the items again.")))
        if reason not in REASONS:
            raise InvalidInput("withheld", Words("AccessRequest", QT_TRANSLATE_NOOP(
                    "AccessRequest", "Choose a reason for each item you withhold.")))


def bundle(vault: Vault, client_id: int, withheld: Mapping[str, str], *, on: str,
           received_on: str, disclosure_id: int | None = None) -> Bundle:
    """The bundle as it will go out: the items not withheld, and the rest by count."""
    with vault.snapshot():
        candidates = items(vault, client_id)
        check_withheld(candidates, withheld)
        counts: dict[tuple[str, str], int] = {}
        for item in candidates:
            if item.key in withheld:
                at = (item.section, withheld[item.key])
                counts[at] = counts.get(at, 0) + 1
        recipients = tuple(Recipient(d.recipient_name, d.recipient_kind, d.disclosed_at[:10],
                                     d.purpose)
                           for d in sorted(disclosures.for_client(vault, client_id),
                                           key=lambda d: d.disclosed_at))
        mine = agreements.for_client(vault, client_id)
        sponsored = any(e.sponsor_id for e in engagements.for_client(vault, client_id))
        return Bundle(
            disclosure_id=disclosure_id, produced_on=on,
            disclosure_number=numbers.disclosure_number(vault, disclosure_id),
            controller=settings.get(vault, "coach_name"),
            controller_details=settings.get(vault, "coach_details"),
            client_name=clients.get(vault, client_id).name, received_on=received_on,
            items=tuple(i for i in candidates if i.key not in withheld),
            withheld=tuple(Withheld(s, r, n) for (s, r), n in sorted(
                counts.items(), key=lambda kv: (SECTIONS.index(kv[0][0]), kv[0][1]))),
            purposes=tuple(p for p in PURPOSES if sponsored or p[0] != "sponsor_reports"),
            recipients=recipients,
            retention=tuple(Retention(a.title, a.status, a.retention_years) for a in mine))


def to_json(content: Bundle) -> bytes:
    """The bundle as JSON (UTF-8), in the shape docs/access-request.schema.json documents."""
    document = {
        "format": FORMAT, "version": VERSION, "produced_on": content.produced_on,
        "reference": content.disclosure_number or None,
        "request_received_on": content.received_on,
        "controller": {"name": content.controller, "details": content.controller_details},
        "data_subject": {"name": content.client_name},
        "personal_data": [
            {"section": i.section, "date": i.date or None, "label": i.label, "text": i.text}
            for i in content.items],
        "withheld": [{"section": w.section, "reason": w.reason, "count": w.count}
                     for w in content.withheld],
        "purposes": [{"id": key, "description": words} for key, words in content.purposes],
        "recipients": [{"name": r.name, "kind": r.kind, "disclosed_on": r.disclosed_on,
                        "purpose": r.purpose} for r in content.recipients],
        "retention": [{"agreement": r.agreement, "status": r.status,
                       "years_after_the_engagement_ends": r.years}
                      for r in content.retention],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


@dataclass(frozen=True)
class Sent:
    disclosure: disclosures.Disclosure
    json_sha256: str


_TRIES = 3


def export(vault: Vault, request_id: int, withheld: Mapping[str, str], *, on: str,
           render: Callable[[Bundle], bytes], save_pdf: disclosures.Save,
           save_json: disclosures.Save, folder: Path | None = None) -> Sent:
    """Make the bundle for access request ``request_id``, write the PDF and the JSON where
    the coach chose, and log it as a disclosure to the client with the withholdings.

    As in ``disclosures.disclose``: the record is read, the files made and staged, then in
    one write read again and recorded only if nothing changed; the files take their names
    only once that write committed, so a bundle on disk always has its disclosure.
    ``folder`` (where the files go) must be the coach's alone: the whole record is in them."""
    request = data_requests.get(vault, request_id)
    if request.kind != "access":
        raise InvalidInput("kind", Words("AccessRequest", QT_TRANSLATE_NOOP(
                "AccessRequest", "This is not an access request.")))
    if not request.is_open:
        raise InvalidInput("kind", Words("AccessRequest", QT_TRANSLATE_NOOP(
                "AccessRequest", "This request was answered already.")))
    data_requests.require_identity(request)
    if folder is not None:
        files.check_private_folder(folder, kept=PRIVATE_FILES, elsewhere=ELSEWHERE)
    client = clients.get(vault, request.client_id)

    def read() -> Bundle:
        with vault.snapshot() as conn:
            return bundle(vault, client.id, withheld, on=on, received_on=request.received_on,
                          disclosure_id=disclosures.reserve_id(conn))

    content = read()
    for _try in range(_TRIES):
        pdf, data = render(content), to_json(content)
        staged: list[object] = []
        same = False
        try:
            staged.append(save_pdf(pdf))
            staged.append(save_json(data))
            with vault.transaction(touches=Change.DISCLOSURES | Change.EXPORTS
                                   | Change.DATA_REQUESTS) as conn:
                again = read()
                same = again == content
                if same:
                    _record(conn, vault, request, client, content, withheld, pdf, data)
                content = again
        except BaseException:
            for file in staged:
                _call(file, "abort")
            raise
        for file in staged:
            _call(file, "finish" if same else "abort")
        if same:
            assert content.disclosure_id is not None
            found = exports.for_record(vault, "disclosure", content.disclosure_id)
            digest = next(e.file_sha256 for e in found if e.kind == JSON_EXPORT_KIND)
            return Sent(disclosures.get(vault, content.disclosure_id), digest)
    raise disclosures.KeptChanging()


def _call(staged: object, step: str) -> None:
    """``finish`` or ``abort`` a staged file (a plain ``save`` has neither)."""
    method = getattr(staged, step, None)
    if method is not None:
        method()


def _record(conn: sqlcipher3.Connection, vault: Vault, request: data_requests.DataRequest,
            client: clients.Client,
            content: Bundle, withheld: Mapping[str, str], pdf: bytes, data: bytes) -> None:
    """The disclosure, the JSON's export record, the withholdings and the request's tie,
    inside the write ``export`` holds."""
    assert content.disclosure_id is not None
    pending = disclosures.Pending(
        id=content.disclosure_id, kind="legal_export", client_id=client.id, sponsor_id=None,
        recipient_kind="client", recipient_id=client.id, recipient_name=client.name,
        purpose="Your access request: a copy of your personal data",
        legal_basis="GDPR Art. 15 (the right of access)", report_id=None)
    disclosures.insert(conn, pending, pdf)
    exports.insert(conn, JSON_EXPORT_KIND, "disclosure", content.disclosure_id, data)
    sections = {i.key: i.section for i in items(vault, client.id)}
    conn.executemany(
        "INSERT INTO access_withheld (disclosure_id, request_id, item, section, reason)"
        " VALUES (?, ?, ?, ?, ?)",
        [(content.disclosure_id, request.id, key, sections[key], reason)
         for key, reason in sorted(withheld.items())])
    data_requests.answered_with(conn, request.id, disclosure_id=content.disclosure_id)


def withheld_for(vault: Vault, disclosure_id: int) -> list[tuple[str, str, str]]:
    """(item, section, reason) withheld from the bundle sent as ``disclosure_id``."""
    return [(r[0], r[1], r[2]) for r in vault.read(
        "SELECT item, section, reason FROM access_withheld WHERE disclosure_id = ?"
        " ORDER BY id", (disclosure_id,))]
