"""Reports to a sponsor: ordered excerpts, framed by the facts the agreement allows.

A report belongs to one engagement, one sponsor (or one of its contacts) and
one period. Its items are excerpts in the coach's order; the client may strike
an item, which then never leaves. Framing facts (attendance, session dates,
hours) come from the sessions, never from notes, and only those the active
agreement's information-exchange clause names are offered.

Export asks the consent gate about every item. If anything is blocked the
export is refused, naming each blocking item; otherwise the file is built from
``Decision.passed`` alone and recorded as a disclosure in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from coachdesk import (
    agreements,
    audit,
    clients,
    consent,
    consents,
    disclosures,
    engagements,
    excerpts,
    settings,
    sponsors,
    validation,
)
from coachdesk.consents import METHOD_WORDS, Consent, Recipient
from coachdesk.errors import CoachDeskError, InvalidInput, NotFound
from coachdesk.excerpts import Excerpt
from coachdesk.timeutil import now_utc

# Facts a sponsor may be told, and the word the agreement must use to allow each.
FACTS = ("attendance", "dates", "hours")
FACT_WORDS = {"attendance": "Attendance", "dates": "Session dates", "hours": "Hours of coaching"}
_FACT_KEYWORDS = {"attendance": ("attendance",), "dates": ("dates",), "hours": ("hours",)}

# An item's state, as the builder shows it.
DRAFT, AWAITING, APPROVED, VOIDED, REVOKED, EXPIRED, STRUCK = (
    "draft", "awaiting", "approved", "voided", "revoked", "expired", "struck")
STATE_WORDS = {DRAFT: "Draft", AWAITING: "Awaiting the client", APPROVED: "Approved",
               VOIDED: "Voided by an edit", REVOKED: "Revoked", EXPIRED: "Expired",
               STRUCK: "Struck by the client"}
_STATE_FOR_REASON = {consent.CHANGED: VOIDED, consent.REVOKED: REVOKED,
                     consent.EXPIRED: EXPIRED}

NO_AGREEMENT = ("no active agreement with this sponsor says how information is exchanged "
                "(ICF Code 25): activate a three-party agreement first")
NOTHING = "the report has nothing in it to send"

_COLUMNS = ("id, engagement_id, client_id, sponsor_id, recipient_kind, recipient_id, purpose,"
            " period_from, period_to, facts, created_at, updated_at")


@dataclass(frozen=True)
class ReportDraft:
    engagement_id: int
    purpose: str
    period_from: str
    period_to: str
    recipient: Recipient | None = None  # None: the engagement's sponsor organisation
    facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    id: int
    engagement_id: int
    client_id: int
    sponsor_id: int
    recipient_kind: str
    recipient_id: int
    purpose: str
    period_from: str
    period_to: str
    facts: tuple[str, ...]
    created_at: str
    updated_at: str

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.recipient_kind, self.recipient_id)


@dataclass(frozen=True)
class Item:
    """One excerpt in a report, with where it stands with the client now."""

    position: int
    excerpt: Excerpt
    state: str
    consent: Consent | None
    reason: str  # why it would be held back ('' when approved or struck)
    printed_sha256: str | None = None  # the words as last printed on a release form

    @property
    def changed_since_printed(self) -> bool:
        """Printed on a release form, then edited: a signed form holds other words."""
        return self.printed_sha256 is not None and \
            self.printed_sha256 != self.excerpt.text_sha256

    @property
    def on_printed_form(self) -> bool:
        """Its current words are the ones last printed on a release form for it."""
        return self.printed_sha256 == self.excerpt.text_sha256

    @property
    def state_words(self) -> str:
        if self.state == APPROVED and self.consent is not None:
            words = f"Approved {self.consent.given_on}, {METHOD_WORDS[self.consent.method]}"
            if self.consent.expires_on:
                words += f", until {self.consent.expires_on}"
            return words
        return STATE_WORDS[self.state]


@dataclass(frozen=True)
class Fact:
    label: str
    value: str

    def __str__(self) -> str:
        """One line, as every place that lists the facts sent shows it."""
        return f"{self.label}: {self.value}"


@dataclass(frozen=True)
class ApprovedWords:
    text: str
    approved_on: str
    method: str


@dataclass(frozen=True)
class ReportContent:
    """Everything a report file shows. Its words come only from the gate's ``passed``."""

    disclosure_id: int | None
    produced_on: str
    coach_name: str
    client_name: str
    sponsor_name: str
    recipient_name: str
    purpose: str
    period_from: str
    period_to: str
    facts: tuple[Fact, ...]
    words: tuple[ApprovedWords, ...]


@dataclass(frozen=True)
class Blocking:
    position: int  # 1-based, as the coach sees the list; 0 for the report as a whole
    preview: str
    reason: str

    def __str__(self) -> str:
        if not self.position:
            return f"The report: {self.reason}."
        return f"Item {self.position} “{self.preview}”: {self.reason}."


class ReportBlocked(CoachDeskError):
    """Export refused: at least one item may not go to this recipient now."""

    def __init__(self, blocking: tuple[Blocking, ...]) -> None:
        self.blocking = blocking
        super().__init__("This report cannot be exported yet:\n"
                         + "\n".join(str(b) for b in blocking))


@dataclass(frozen=True)
class Assembly:
    content: ReportContent | None  # None when anything blocks
    blocking: tuple[Blocking, ...]
    decision: consent.Decision


def _preview(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length - 1] + "…"


def _checked(vault, d: ReportDraft) -> tuple[ReportDraft, engagements.Engagement]:
    engagement = engagements.get(vault, d.engagement_id)
    if engagement.sponsor_id is None:
        raise InvalidInput("engagement", "This engagement has no sponsor: there is nobody to "
                                         "report to. The client's own records are theirs to see.")
    purpose = validation.required_name("purpose", "The purpose", d.purpose)
    start = validation.iso_date("period_from", "The start of the period", d.period_from)
    end = validation.iso_date("period_to", "The end of the period", d.period_to)
    if end < start:
        raise InvalidInput("period_to", "The period cannot end before it starts.")
    recipient = d.recipient or Recipient("sponsor", engagement.sponsor_id)
    sponsor = sponsors.get(vault, engagement.sponsor_id)
    wrong_sponsor = recipient.kind == "sponsor" and recipient.id != sponsor.id
    stranger = (recipient.kind == "contact"
                and recipient.id not in {c.id for c in sponsor.contacts})
    if wrong_sponsor or stranger:
        raise InvalidInput("recipient", "The recipient must be this engagement's sponsor or "
                                        "one of its contacts.")
    for fact in d.facts:
        validation.choice("facts", "A fact", fact, FACTS)
    facts = tuple(f for f in FACTS if f in d.facts)
    return ReportDraft(d.engagement_id, purpose, start, end, recipient, facts), engagement


def create(vault, draft: ReportDraft) -> Report:
    d, engagement = _checked(vault, draft)
    now = now_utc()
    with vault.transaction() as conn:
        report_id = conn.execute(
            "INSERT INTO reports (engagement_id, client_id, sponsor_id, recipient_kind,"
            " recipient_id, purpose, period_from, period_to, facts, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (engagement.id, engagement.client_id, engagement.sponsor_id, d.recipient.kind,
             d.recipient.id, d.purpose, d.period_from, d.period_to, ",".join(d.facts), now,
             now)).lastrowid
        audit.record(conn, "report.created", "report", report_id)
    return get(vault, report_id)


def update(vault, report_id: int, draft: ReportDraft) -> Report:
    """New purpose, period, recipient or facts (the engagement stays)."""
    report = get(vault, report_id)
    d, _ = _checked(vault, replace(draft, engagement_id=report.engagement_id))
    with vault.transaction() as conn:
        conn.execute("UPDATE reports SET recipient_kind = ?, recipient_id = ?, purpose = ?,"
                     " period_from = ?, period_to = ?, facts = ?, updated_at = ? WHERE id = ?",
                     (d.recipient.kind, d.recipient.id, d.purpose, d.period_from, d.period_to,
                      ",".join(d.facts), now_utc(), report_id))
        audit.record(conn, "report.changed", "report", report_id)
    return get(vault, report_id)


def _report(row) -> Report:
    return Report(*row[:9], tuple(f for f in row[9].split(",") if f), *row[10:])


def get(vault, report_id: int) -> Report:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM reports WHERE id = ?", (report_id,))
    if row is None:
        raise NotFound("This report is no longer in the vault.")
    return _report(row)


def all_ids(vault) -> list[int]:
    return [r[0] for r in vault.read("SELECT id FROM reports ORDER BY updated_at DESC, id DESC")]


def all_reports(vault) -> list[Report]:
    """Every report, newest change first, in one query (the Reports page's list)."""
    return [_report(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM reports ORDER BY updated_at DESC, id DESC")]


def for_client(vault, client_id: int) -> list[Report]:
    return [_report(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM reports WHERE client_id = ? ORDER BY updated_at DESC",
        (client_id,))]


def _touch(conn, report_id: int) -> None:
    cur = conn.execute("UPDATE reports SET updated_at = ? WHERE id = ?", (now_utc(), report_id))
    if cur.rowcount != 1:
        raise NotFound("This report is no longer in the vault.")


def _item_ids(conn, report_id: int) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT excerpt_id FROM report_items WHERE report_id = ? ORDER BY position",
        (report_id,))]


def _renumber(conn, report_id: int, order: list[int]) -> None:
    conn.executemany("UPDATE report_items SET position = ? WHERE report_id = ? AND excerpt_id = ?",
                     [(i, report_id, e) for i, e in enumerate(order)])


def write_item(vault, report_id: int, text: str, *, source_note_id: int | None = None
               ) -> Excerpt:
    """A new excerpt (fresh words, or lifted from a shared note) at the end of the report."""
    report = get(vault, report_id)
    with vault.transaction() as conn:
        excerpt_id = excerpts.insert(conn, report.client_id, text,
                                     engagement_id=report.engagement_id,
                                     source_note_id=source_note_id)
        position = len(_item_ids(conn, report_id))
        conn.execute("INSERT INTO report_items (report_id, excerpt_id, position)"
                     " VALUES (?, ?, ?)", (report_id, excerpt_id, position))
        _touch(conn, report_id)
        audit.record(conn, "report.item_added", "report", report_id)
    return excerpts.get(vault, excerpt_id)


def edit_item(vault, report_id: int, excerpt_id: int, text: str) -> Excerpt:
    """New words for an item: any approval of the old words stops counting."""
    _require_item(vault, report_id, excerpt_id)
    return excerpts.edit(vault, excerpt_id, text)


def _require_item(vault, report_id: int, excerpt_id: int) -> None:
    if vault.read_one("SELECT 1 FROM report_items WHERE report_id = ? AND excerpt_id = ?",
                      (report_id, excerpt_id)) is None:
        raise NotFound("This item is no longer in the report.")


def move_item(vault, report_id: int, excerpt_id: int, to_position: int) -> None:
    with vault.transaction() as conn:
        order = _item_ids(conn, report_id)
        if excerpt_id not in order:
            raise NotFound("This item is no longer in the report.")
        order.remove(excerpt_id)
        order.insert(max(0, min(to_position, len(order))), excerpt_id)
        _renumber(conn, report_id, order)
        _touch(conn, report_id)
        audit.record(conn, "report.reordered", "report", report_id)


def remove_item(vault, report_id: int, excerpt_id: int) -> None:
    """Take the item out of this report (the excerpt and its history stay)."""
    with vault.transaction() as conn:
        cur = conn.execute("DELETE FROM report_items WHERE report_id = ? AND excerpt_id = ?",
                           (report_id, excerpt_id))
        if cur.rowcount != 1:
            raise NotFound("This item is no longer in the report.")
        _renumber(conn, report_id, _item_ids(conn, report_id))
        _touch(conn, report_id)
        audit.record(conn, "report.item_removed", "report", report_id)


def strike_item(vault, report_id: int, excerpt_id: int, struck: bool = True) -> None:
    """The client struck this item: it stays visible to the coach but never leaves."""
    with vault.transaction() as conn:
        cur = conn.execute("UPDATE report_items SET struck_at = ? WHERE report_id = ?"
                           " AND excerpt_id = ?", (now_utc() if struck else None, report_id,
                                                   excerpt_id))
        if cur.rowcount != 1:
            raise NotFound("This item is no longer in the report.")
        _touch(conn, report_id)
        audit.record(conn, "report.item_struck" if struck else "report.item_restored",
                     "report", report_id)


def mark_asked(vault, report_id: int, excerpt_ids: list[int]) -> None:
    """These items were put to the client on screen."""
    with vault.transaction() as conn:
        conn.executemany("UPDATE report_items SET asked_at = COALESCE(asked_at, ?)"
                         " WHERE report_id = ? AND excerpt_id = ?",
                         [(now_utc(), report_id, e) for e in excerpt_ids])
        audit.record(conn, "report.put_to_client", "report", report_id)


def mark_printed(vault, report_id: int, printed: dict[int, str]) -> None:
    """These items' words were printed on a release form, exactly as given here (by
    excerpt id): a written approval that comes back can cover only those words."""
    with vault.transaction() as conn:
        now = now_utc()
        conn.executemany("UPDATE report_items SET asked_at = COALESCE(asked_at, ?),"
                         " printed_sha256 = ? WHERE report_id = ? AND excerpt_id = ?",
                         [(now, excerpts.text_hash(text), report_id, excerpt_id)
                          for excerpt_id, text in printed.items()])
        audit.record(conn, "report.release_form_printed", "report", report_id)


def approve(vault, report_id: int, excerpt_ids: list[int], *, method: str, given_by: str,
            given_on: str, expires_on: str | None = None) -> consents.Round:
    """The client approved these items' current words for this report's recipient.

    A written approval covers the words of a printed release form: it is refused for
    an item never printed on one, or changed since its form was printed.
    """
    report = get(vault, report_id)
    for excerpt_id in excerpt_ids:
        _require_item(vault, report_id, excerpt_id)
    if method == "written":
        chosen = [i for i in items(vault, report_id, given_on) if i.excerpt.id in excerpt_ids]
        for refused, why in (
                ([i for i in chosen if i.changed_since_printed],
                 "changed after the release form was printed, so the signed form holds "
                 "other words"),
                ([i for i in chosen if i.printed_sha256 is None],
                 "never printed on a release form, so no signed form holds its words")):
            if refused:
                which = ", ".join(str(i.position) for i in refused[:5]) + (
                    f" and {len(refused) - 5} more" if len(refused) > 5 else "")
                raise InvalidInput(
                    "excerpts", f"Item{'s' if len(refused) > 1 else ''} {which}: {why}. "
                    "Print a release form for these words first.")
    return consents.record_round(vault, excerpt_ids, report.recipient, method=method,
                                 given_by=given_by, given_on=given_on, expires_on=expires_on,
                                 purpose=report.purpose, report_id=report_id)


def items(vault, report_id: int, on: str) -> list[Item]:
    """Every item in order, with its state for the report's recipient on day ``on``."""
    report = get(vault, report_id)
    rows = vault.read("SELECT excerpt_id, asked_at, struck_at, printed_sha256"
                      " FROM report_items WHERE report_id = ? ORDER BY position",
                      (report_id,))
    decision = consent.decide(vault, report.recipient, [r[0] for r in rows], on)
    passed = {p.excerpt.id: p for p in decision.passed}
    blocked = {b.excerpt.id: b for b in decision.blocked}
    out = []
    for position, (excerpt_id, asked_at, struck_at, printed) in enumerate(rows, start=1):
        if excerpt_id in passed:
            ok = passed[excerpt_id]
            item = Item(position, ok.excerpt, APPROVED, ok.consent, "", printed)
        elif excerpt_id in blocked:
            no = blocked[excerpt_id]
            state = _STATE_FOR_REASON.get(no.reason, AWAITING if asked_at else DRAFT)
            item = Item(position, no.excerpt, state, None, no.reason, printed)
        else:
            continue
        if struck_at:
            item = replace(item, state=STRUCK, reason="")
        out.append(item)
    return out


def agreement_for(vault, report: Report) -> agreements.Agreement | None:
    """The active agreement with this sponsor for this engagement, if there is one."""
    active = [a for a in agreements.for_engagement(vault, report.engagement_id)
              if a.status == "active" and a.sponsor_id == report.sponsor_id]
    return active[-1] if active else None


def allowed_facts(agreement: agreements.Agreement | None) -> tuple[str, ...]:
    """The facts the agreement's information-exchange clause names, in its own words."""
    clause = agreements.information_exchange(agreement).lower() if agreement else ""
    return tuple(f for f in FACTS if any(k in clause for k in _FACT_KEYWORDS[f]))


def facts(vault, report: Report, allowed: tuple[str, ...]) -> tuple[Fact, ...]:
    """The framing facts for the period, from sessions only: never a note's words."""
    rows = vault.read(
        "SELECT substr(starts_at, 1, 10), duration_minutes, status FROM sessions"
        " WHERE engagement_id = ? AND starts_at >= ? AND starts_at < ?"
        " ORDER BY starts_at", (report.engagement_id, report.period_from,
                                _day_after(report.period_to)))
    held = [r for r in rows if r[2] == "held"]
    out = []
    for fact in report.facts:
        if fact not in allowed:
            continue
        if fact == "attendance":
            cancelled = sum(r[2] == "cancelled" for r in rows)
            missed = sum(r[2] == "no_show" for r in rows)
            planned = sum(r[2] == "planned" for r in rows)
            value = f"{len(held)} sessions held"
            value += "".join(f", {n} {w}" for n, w in ((cancelled, "cancelled"),
                                                         (missed, "missed"),
                                                         (planned, "still planned")) if n)
            out.append(Fact(FACT_WORDS[fact], value))
        elif fact == "dates":
            out.append(Fact(FACT_WORDS[fact], ", ".join(r[0] for r in held) or "none"))
        elif fact == "hours":
            minutes = sum(r[1] for r in held)
            out.append(Fact(FACT_WORDS[fact], f"{minutes / 60:g} hours"))
    return tuple(out)


def facts_to_send(vault, report_id: int) -> tuple[Fact, ...]:
    """The session facts this report would send beside its passages: the ones it asks
    for that the active agreement allows (what the client is told will go too)."""
    report = get(vault, report_id)
    return facts(vault, report, allowed_facts(agreement_for(vault, report)))


def _day_after(day: str) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() + 1).isoformat()


def recipient_name(vault, report: Report) -> str:
    sponsor = sponsors.get(vault, report.sponsor_id)
    if report.recipient_kind == "sponsor":
        return sponsor.organisation
    contact = next((c for c in sponsor.contacts if c.id == report.recipient_id), None)
    if contact is None:
        raise NotFound("This contact is no longer in the vault.")
    return f"{contact.name}, {sponsor.organisation}"


def assemble(vault, report_id: int, on: str, disclosure_id: int | None = None) -> Assembly:
    """What would leave now, or why nothing may: the gate decides every item."""
    report = get(vault, report_id)
    with vault.snapshot():
        rows = vault.read("SELECT excerpt_id, struck_at FROM report_items WHERE report_id = ?"
                          " ORDER BY position", (report_id,))
        positions = {excerpt_id: i for i, (excerpt_id, _struck) in enumerate(rows, start=1)}
        kept = [excerpt_id for excerpt_id, struck_at in rows if struck_at is None]
        decision = consent.decide(vault, report.recipient, kept, on)
        agreement = agreement_for(vault, report)
        blocking = [Blocking(positions[b.excerpt.id], _preview(b.excerpt.text), b.reason)
                    for b in decision.blocked]
        if agreement is None:
            blocking.insert(0, Blocking(0, "", NO_AGREEMENT))
        framing = facts(vault, report, allowed_facts(agreement))
        if not blocking and not decision.passed and not framing:
            blocking.append(Blocking(0, "", NOTHING))
        if blocking:
            return Assembly(None, tuple(blocking), decision)
        engagement = engagements.get(vault, report.engagement_id)
        content = ReportContent(
            disclosure_id=disclosure_id,
            produced_on=on,
            coach_name=settings.get(vault, "coach_name"),
            client_name=clients.get(vault, engagement.client_id).name,
            sponsor_name=sponsors.get(vault, report.sponsor_id).organisation,
            recipient_name=recipient_name(vault, report),
            purpose=report.purpose,
            period_from=report.period_from,
            period_to=report.period_to,
            facts=framing,
            # The one place a report's words come from: what the gate let through.
            words=tuple(ApprovedWords(p.excerpt.text, p.consent.given_on, p.consent.method)
                        for p in decision.passed),
        )
    return Assembly(content, (), decision)


def export(vault, report_id: int, *, on: str, render: Callable[[ReportContent], bytes],
           save: Callable[[bytes], None]) -> disclosures.Disclosure:
    """Render and save the report, recording the disclosure in the same transaction.

    Refused with :class:`ReportBlocked`, naming each blocking item, unless every
    item passes the gate. The gate is asked again inside the write, so nothing
    can change between the check and the file.
    """
    report = get(vault, report_id)

    def prepare(conn, disclosure_id: int):
        assembly = assemble(vault, report_id, on, disclosure_id)
        if assembly.content is None:
            raise ReportBlocked(assembly.blocking)
        words = tuple(disclosures.DisclosedWords(i, p.excerpt.id, p.excerpt.text,
                                                 p.excerpt.text_sha256, p.consent.id)
                      for i, p in enumerate(assembly.decision.passed, start=1))
        pending = disclosures.Pending(
            id=disclosure_id, kind="sponsor_report", client_id=report.client_id,
            sponsor_id=report.sponsor_id, recipient_kind=report.recipient_kind,
            recipient_id=report.recipient_id, recipient_name=assembly.content.recipient_name,
            purpose=report.purpose, report_id=report_id, words=words,
            facts=tuple(str(f) for f in assembly.content.facts))
        return pending, render(assembly.content)

    return disclosures.disclose(vault, prepare, save)
