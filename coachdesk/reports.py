"""Reports to a sponsor: ordered excerpts, framed by the facts the agreement allows.

A report belongs to one engagement, one sponsor (or one of its contacts) and
one period. Its items are excerpts in the coach's order; the client may strike
an item, which then never leaves. Framing facts (attendance, session dates,
hours) come from the sessions, never from notes, and only those the active
agreement's terms let the sponsor receive (explicit choices, never read out of
the clause's words); passages only if the terms include progress in the
client's approved words.

The client approves the report as the sponsor will receive it: the passages and
the frame around them (recipient as named, purpose, period, session facts with
their values, the names printed). Every approval round for a report stores that
frame and its hash; a later change to any of it voids the approval.

Export asks the consent gate about every item and the frame. If anything is
blocked the export is refused, naming each blocking item and what changed;
otherwise the file is built from ``Decision.passed`` and the approved frame alone
and recorded as a disclosure in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Protocol

from coachdesk import (
    agreements,
    approvals,
    audit,
    clients,
    consent,
    disclosures,
    engagements,
    excerpts,
    settings,
    sponsors,
    validation,
)
from coachdesk import words as core_words
from coachdesk.approvals import METHOD_WORDS, Consent, Recipient
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError, InvalidInput, NotFound
from coachdesk.excerpts import Excerpt
from coachdesk.sync import numbers
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Counting, Words, plural, put_in

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault
    from coachdesk.vault.vault import Row

# Facts a sponsor may be told (each one a term the agreement's parties may choose).
FACTS = ("attendance", "dates", "hours")
FACT_WORDS = {"attendance": QT_TRANSLATE_NOOP("SessionFacts", "Attendance"),
              "dates": QT_TRANSLATE_NOOP("SessionFacts", "Session dates"),
              "hours": QT_TRANSLATE_NOOP("SessionFacts", "Hours of coaching")}
NO_DATES = QT_TRANSLATE_NOOP("SessionFacts", "none")

# The languages a report may be printed in (English, and those CoachDesk is translated
# into), each named in its own words.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español",
             "pt_BR": "Português (Brasil)"}
# The frame's own labels, printed in the report's language.
FOR, PURPOSE, PERIOD, FROM_TO = (QT_TRANSLATE_NOOP("PrintedFrame", "For"),
                                 QT_TRANSLATE_NOOP("PrintedFrame", "Purpose"),
                                 QT_TRANSLATE_NOOP("PrintedFrame", "Period"),
                                 QT_TRANSLATE_NOOP("PrintedFrame", "%1 to %2"))


class PrintWording(Protocol):
    """CoachDesk's words and dates in a report's print language (ui.print_language)."""

    language: str

    def translated(self, context: str, source: str, disambiguation: str = "",
                   n: int = -1) -> str: ...

    def day(self, value: date | str) -> str: ...


class SourceWords:
    """The source words (English) and ISO dates: what the core prints with no screen."""

    def __init__(self, language: str) -> None:
        self.language = language

    def translated(self, context: str, source: str, disambiguation: str = "",
                   n: int = -1) -> str:
        return plural(source.replace("%n", str(n)), n) if n >= 0 else source

    def day(self, value: date | str) -> str:
        return str(value)[:10]


def print_words(language: str) -> PrintWording:
    """How the frame's words are found in ``language``: with the translations the UI
    handed in (coachdesk.words.print_words_in), else the source words. The core never
    imports Qt, so it is told, not asked."""
    found = core_words.print_words_in
    return found(language) if found is not None else SourceWords(language)

# An item's state, as the builder shows it.
DRAFT, AWAITING, APPROVED, VOIDED, REVOKED, EXPIRED, STRUCK = (
    "draft", "awaiting", "approved", "voided", "revoked", "expired", "struck")
REFRAMED = "reframed"
# Shown as the pills' words, in the "Badges" context (ui.models.records.badge_words).
STATE_WORDS = {DRAFT: "Draft", AWAITING: "Awaiting the client", APPROVED: "Approved",
               VOIDED: "Voided by an edit", REVOKED: "Revoked", EXPIRED: "Expired",
               STRUCK: QT_TRANSLATE_NOOP("Badges", "Struck by the client"),
               REFRAMED: QT_TRANSLATE_NOOP("Badges", "Voided: the report around it changed")}
_STATE_FOR_REASON = {consent.CHANGED: VOIDED, consent.REVOKED: REVOKED,
                     consent.EXPIRED: EXPIRED, consent.FRAME_CHANGED: REFRAMED}

# Why nothing may leave, shown to the coach translated in the "Consent" context.
NO_AGREEMENT = QT_TRANSLATE_NOOP(
    "Consent", "no active agreement with this sponsor says how information is exchanged "
    "(ICF Code 25): activate a three-party agreement first")
NO_TERMS = QT_TRANSLATE_NOOP(
    "Consent", "nobody has confirmed what the agreement lets the sponsor receive: open the "
    "agreement and choose it (every party then signs again)")
NO_WORDS = QT_TRANSLATE_NOOP(
    "Consent", "the agreement does not let the sponsor receive the client's words, only the "
    "session facts it names: strike or remove the passages")
NOTHING = QT_TRANSLATE_NOOP("Consent", "the report has nothing in it to send")
CANNOT_PRINT = QT_TRANSLATE_NOOP(
    "Consent", "the report is set to print in %1, and this copy of CoachDesk cannot print "
    "in that language (its translation is missing or incomplete): it would go out in other "
    "words than the client approves. Use a CoachDesk that prints in %1, or choose another "
    "language and ask the client to approve the report again")

_COLUMNS = ("id, engagement_id, client_id, sponsor_id, recipient_kind, recipient_id, purpose,"
            " period_from, period_to, facts, created_at, updated_at, printed_frame_sha256,"
            " print_language")


@dataclass(frozen=True)
class ReportDraft:
    engagement_id: int
    purpose: str
    period_from: str
    period_to: str
    recipient: Recipient | None = None  # None: the engagement's sponsor organisation
    facts: tuple[str, ...] = ()
    print_language: str = "en"


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
    printed_frame_sha256: str | None = None  # the frame as last printed on a release form
    print_language: str = "en"  # the language CoachDesk's words around the passages print in

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.recipient_kind, self.recipient_id)


@dataclass(frozen=True)
class Fact:
    label: str
    value: str

    def __str__(self) -> str:
        """One line, as every place that lists the facts sent shows it."""
        return f"{self.label}: {self.value}"


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
class PrintedFrame:
    """Everything a sponsor's file prints around the passages, exactly as it prints:
    the client approves it with the words, and its hash binds the approval."""

    coach_name: str
    client_name: str
    sponsor_name: str
    recipient_name: str
    purpose: str
    period_from: str
    period_to: str
    facts: tuple[Fact, ...]
    language: str = "en"  # CoachDesk's words around the passages, and its dates
    # The "For", "Purpose" and "Period" lines as worded when the frame was made, in a
    # language other than English: the words approved are the words printed, whatever a
    # later translation or another computer's locale data would say. English is worded
    # the same everywhere (source words, ISO dates), so its frames keep their old text.
    worded: tuple[Fact, ...] = ()

    @property
    def text(self) -> str:
        """Canonical JSON: the same frame always gives the same text and hash. The print
        language and the lines as worded are in it (so changing either voids the
        approval), except in English, which frames approved before reports had a
        language were printed in: their hash stays."""
        fields: dict[str, object] = {
            "coach": self.coach_name, "client": self.client_name,
            "sponsor": self.sponsor_name, "recipient": self.recipient_name,
            "purpose": self.purpose, "period": [self.period_from, self.period_to],
            "facts": [[f.label, f.value] for f in self.facts]}
        if self.language != "en":
            fields["language"] = self.language
        if self.worded:
            fields["lines"] = [[f.label, f.value] for f in self.worded]
        return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    @property
    def sha256(self) -> str:
        return self.as_approved().sha256  # one way to hash a frame, the approval's own

    @property
    def code(self) -> str:
        """A short code for this frame, printed on the release form ("3F9A-21C7")."""
        return excerpts.words_code(self.sha256)

    @classmethod
    def from_text(cls, text: str) -> PrintedFrame | None:
        """The frame an approval stored (None for approvals from before frames)."""
        if not text:
            return None
        d = json.loads(text)
        return cls(d["coach"], d["client"], d["sponsor"], d["recipient"], d["purpose"],
                   d["period"][0], d["period"][1], tuple(Fact(*f) for f in d["facts"]),
                   d.get("language", "en"), tuple(Fact(*f) for f in d.get("lines", ())))

    def lines(self) -> tuple[Fact, ...]:
        """The frame as review mode, the release form and the report list it, fact by
        fact, in its print language: as worded when it was made, where it keeps that
        (the session facts are always kept as worded)."""
        if self.worded:
            return (*self.worded, *self.facts)
        return (*self._worded_now(), *self.facts)

    def worded_now(self) -> PrintedFrame:
        """This frame with its lines worded now and kept (in English: as it is)."""
        return self if self.language == "en" else replace(self, worded=self._worded_now())

    def _worded_now(self) -> tuple[Fact, ...]:
        """The "For", "Purpose" and "Period" lines in the print language, worded now."""
        words = print_words(self.language)
        period = put_in(words.translated("PrintedFrame", FROM_TO), words.day(self.period_from),
                        words.day(self.period_to))
        return (Fact(words.translated("PrintedFrame", FOR), self.recipient_name),
                Fact(words.translated("PrintedFrame", PURPOSE), self.purpose),
                Fact(words.translated("PrintedFrame", PERIOD), period))

    def changes_since(self, earlier: PrintedFrame) -> list[str]:
        """What differs from the frame the client approved, in the coach's words."""
        out = []
        for what, before, now in (
                ("the recipient's name", earlier.recipient_name, self.recipient_name),
                ("the purpose", earlier.purpose, self.purpose),
                ("the client's name as printed", earlier.client_name, self.client_name),
                ("your name as printed", earlier.coach_name, self.coach_name),
                ("the sponsor's name", earlier.sponsor_name, self.sponsor_name)):
            if before != now:
                out.append(f"{what} (approved as “{before}”, now “{now}”)")
        if (earlier.period_from, earlier.period_to) != (self.period_from, self.period_to):
            out.append(f"the period (approved {earlier.period_from} to {earlier.period_to}, "
                       f"now {self.period_from} to {self.period_to})")
        if earlier.language != self.language:  # its words all change: said once
            out.append(f"the print language (approved in "
                       f"{LANGUAGES.get(earlier.language, earlier.language)}, "
                       f"now {LANGUAGES.get(self.language, self.language)})")
            return out
        if not out and earlier.worded != self.worded:  # only how the lines are worded
            out.append("the wording of its lines (approved before CoachDesk kept them with "
                       "the report)" if not earlier.worded else
                       "the wording of its lines (approved “" +
                       "; ".join(map(str, earlier.worded)) + "”, now “" +
                       "; ".join(map(str, self.worded)) + "”)")
        was = {f.label: f.value for f in earlier.facts}
        now_ = {f.label: f.value for f in self.facts}
        for label in dict.fromkeys([*was, *now_]):
            if label not in now_:
                out.append(f"{label} is no longer sent")
            elif label not in was:
                out.append(f"{label} is now sent (“{now_[label]}”), not approved")
            elif was[label] != now_[label]:
                out.append(f"{label} (approved “{was[label]}”, now “{now_[label]}”)")
        return out

    def as_approved(self) -> approvals.Frame:
        return approvals.Frame(self.text)


@dataclass(frozen=True)
class ApprovedWords:
    text: str
    approved_on: str
    method: str


@dataclass(frozen=True)
class ReportContent:
    """Everything a report file shows: the frame the client approved and the words the
    gate let through (``passed`` alone), with the disclosure's number and day."""

    disclosure_id: int | None
    produced_on: str
    frame: PrintedFrame
    words: tuple[ApprovedWords, ...]
    disclosure_number: str = ""  # as printed (D-000004, D-B000004): coachdesk.sync.numbers


@dataclass(frozen=True)
class Blocking:
    position: int  # 1-based, as the coach sees the list; 0 for the report as a whole
    preview: str
    reason: str
    detail: str = ""  # what fills the reason's %1 (after it is translated)

    def __str__(self) -> str:
        return self.words().english()

    def words(self) -> Words:
        """The reason in whole words (the same the report's preview shows, ui.report_parts)."""
        reason = Words("Consent", self.reason, (self.detail,))
        if not self.position:
            return Words("", QT_TRANSLATE_NOOP("", "The report: %1."), (reason,))
        return Words("", QT_TRANSLATE_NOOP("", "Item %1 “%2”: %3."),
                     (str(self.position), self.preview, reason))


class ReportBlocked(CoachDeskError):
    """Export refused: at least one item may not go to this recipient now."""

    def __init__(self, blocking: tuple[Blocking, ...]) -> None:
        self.blocking = blocking
        super().__init__(Words("Reports", QT_TRANSLATE_NOOP(
            "Reports", "This report cannot be exported yet:")),
            tuple(b.words() for b in blocking))


@dataclass(frozen=True)
class Assembly:
    content: ReportContent | None  # None when anything blocks
    blocking: tuple[Blocking, ...]
    decision: consent.Decision


def _preview(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length - 1] + "…"


def _checked(vault: Vault, d: ReportDraft) -> tuple[ReportDraft, Recipient,
                                                  engagements.Engagement]:
    engagement = engagements.get(vault, d.engagement_id)
    if engagement.sponsor_id is None:
        raise InvalidInput("engagement", Words("Reports", QT_TRANSLATE_NOOP(
                "Reports", "This engagement has no sponsor: there is nobody to report to. The "
                "client's own records are theirs to see.")))
    purpose = validation.required_name("purpose", "The purpose", d.purpose)
    start = validation.iso_date("period_from", "The start of the period", d.period_from)
    end = validation.iso_date("period_to", "The end of the period", d.period_to)
    if end < start:
        raise InvalidInput("period_to", Words("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The period cannot end before it starts.")))
    recipient = d.recipient or Recipient("sponsor", engagement.sponsor_id)
    sponsor = sponsors.get(vault, engagement.sponsor_id)
    wrong_sponsor = recipient.kind == "sponsor" and recipient.id != sponsor.id
    stranger = (recipient.kind == "contact"
                and recipient.id not in {c.id for c in sponsor.contacts})
    if wrong_sponsor or stranger:
        raise InvalidInput("recipient", Words("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The recipient must be this engagement's sponsor or one of its "
                "contacts.")))
    for fact in d.facts:
        validation.choice("facts", "A fact", fact, FACTS)
    facts = tuple(f for f in FACTS if f in d.facts)
    validation.choice("print_language", "The print language", d.print_language,
                      tuple(LANGUAGES))
    draft = ReportDraft(d.engagement_id, purpose, start, end, recipient, facts,
                        d.print_language)
    return draft, recipient, engagement


def create(vault: Vault, draft: ReportDraft) -> Report:
    d, recipient, engagement = _checked(vault, draft)
    now = now_utc()
    with vault.transaction(touches=Change.REPORTS) as conn:
        report_id = conn.execute(
            "INSERT INTO reports (engagement_id, client_id, sponsor_id, recipient_kind,"
            " recipient_id, purpose, period_from, period_to, facts, created_at, updated_at,"
            " print_language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (engagement.id, engagement.client_id, engagement.sponsor_id, recipient.kind,
             recipient.id, d.purpose, d.period_from, d.period_to, ",".join(d.facts), now,
             now, d.print_language)).lastrowid
        audit.record(conn, "report.created", "report", report_id)
    return get(vault, report_id)


def update(vault: Vault, report_id: int, draft: ReportDraft) -> Report:
    """New purpose, period, recipient or facts (the engagement stays)."""
    report = get(vault, report_id)
    d, recipient, _ = _checked(vault, replace(draft, engagement_id=report.engagement_id))
    with vault.transaction(touches=Change.REPORTS) as conn:
        conn.execute("UPDATE reports SET recipient_kind = ?, recipient_id = ?, purpose = ?,"
                     " period_from = ?, period_to = ?, facts = ?, updated_at = ? WHERE id = ?",
                     (recipient.kind, recipient.id, d.purpose, d.period_from, d.period_to,
                      ",".join(d.facts), now_utc(), report_id))
        audit.record(conn, "report.changed", "report", report_id)
    return get(vault, report_id)


def set_print_language(vault: Vault, report_id: int, language: str) -> Report:
    """Print the report in ``language`` (a code of :data:`LANGUAGES`). The language is part
    of the frame the client approves: after a change, the client approves it again."""
    validation.choice("print_language", "The print language", language, tuple(LANGUAGES))
    with vault.transaction(touches=Change.REPORTS) as conn:
        cur = conn.execute("UPDATE reports SET print_language = ?, updated_at = ?"
                           " WHERE id = ? AND print_language != ?",
                           (language, now_utc(), report_id, language))
        if cur.rowcount:
            audit.record(conn, "report.print_language_changed", "report", report_id)
    return get(vault, report_id)


def disclosed_language(vault: Vault, disclosure_id: int) -> str | None:
    """The language a report disclosure was printed in (None for other disclosures)."""
    row = vault.read_one("SELECT language FROM disclosures WHERE id = ?", (disclosure_id,))
    return str(row[0]) if row and row[0] is not None else None


def _report(row: Row) -> Report:
    values = (*row[:9], tuple(f for f in row[9].split(",") if f), *row[10:])
    return Report(*values)


def get(vault: Vault, report_id: int) -> Report:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM reports WHERE id = ?", (report_id,))
    if row is None:
        raise NotFound(Words("Reports", QT_TRANSLATE_NOOP(
                "Reports", "This report is no longer in the vault.")))
    return _report(row)


def all_ids(vault: Vault) -> list[int]:
    return [r[0] for r in vault.read("SELECT id FROM reports ORDER BY updated_at DESC, id DESC")]


def all_reports(vault: Vault) -> list[Report]:
    """Every report, newest change first, in one query (the Reports page's list)."""
    return [_report(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM reports ORDER BY updated_at DESC, id DESC")]


def for_client(vault: Vault, client_id: int) -> list[Report]:
    return [_report(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM reports WHERE client_id = ? ORDER BY updated_at DESC",
        (client_id,))]


def _touch(conn: sqlcipher3.Connection, report_id: int) -> None:
    cur = conn.execute("UPDATE reports SET updated_at = ? WHERE id = ?", (now_utc(), report_id))
    if cur.rowcount != 1:
        raise NotFound(Words("Reports", QT_TRANSLATE_NOOP(
                "Reports", "This report is no longer in the vault.")))


def _item_ids(conn: sqlcipher3.Connection, report_id: int) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT excerpt_id FROM report_items WHERE report_id = ? ORDER BY position",
        (report_id,))]


def _renumber(conn: sqlcipher3.Connection, report_id: int, order: list[int]) -> None:
    conn.executemany("UPDATE report_items SET position = ? WHERE report_id = ? AND excerpt_id = ?",
                     [(i, report_id, e) for i, e in enumerate(order)])


def write_item(vault: Vault, report_id: int, text: str, *, source_note_id: int | None = None
               ) -> Excerpt:
    """A new excerpt (fresh words, or lifted from a shared note) at the end of the report."""
    report = get(vault, report_id)
    with vault.transaction(touches=Change.REPORTS) as conn:
        excerpt_id = excerpts.insert(conn, report.client_id, text,
                                     engagement_id=report.engagement_id,
                                     source_note_id=source_note_id)
        position = len(_item_ids(conn, report_id))
        conn.execute("INSERT INTO report_items (report_id, excerpt_id, position)"
                     " VALUES (?, ?, ?)", (report_id, excerpt_id, position))
        _touch(conn, report_id)
        audit.record(conn, "report.item_added", "report", report_id)
    return excerpts.get(vault, excerpt_id)


def edit_item(vault: Vault, report_id: int, excerpt_id: int, text: str) -> Excerpt:
    """New words for an item: any approval of the old words stops counting."""
    _require_item(vault, report_id, excerpt_id)
    return excerpts.edit(vault, excerpt_id, text)


def _require_item(vault: Vault, report_id: int, excerpt_id: int) -> None:
    if vault.read_one("SELECT 1 FROM report_items WHERE report_id = ? AND excerpt_id = ?",
                      (report_id, excerpt_id)) is None:
        raise NotFound(Words("Reports", QT_TRANSLATE_NOOP(
                "Reports", "This item is no longer in the report.")))


def move_item(vault: Vault, report_id: int, excerpt_id: int, to_position: int) -> None:
    with vault.transaction(touches=Change.REPORTS) as conn:
        order = _item_ids(conn, report_id)
        if excerpt_id not in order:
            raise NotFound(Words("Reports", QT_TRANSLATE_NOOP(
                    "Reports", "This item is no longer in the report.")))
        order.remove(excerpt_id)
        order.insert(max(0, min(to_position, len(order))), excerpt_id)
        _renumber(conn, report_id, order)
        _touch(conn, report_id)
        audit.record(conn, "report.reordered", "report", report_id)


def remove_item(vault: Vault, report_id: int, excerpt_id: int) -> None:
    """Take the item out of this report (the excerpt and its history stay)."""
    with vault.transaction(touches=Change.REPORTS) as conn:
        cur = conn.execute("DELETE FROM report_items WHERE report_id = ? AND excerpt_id = ?",
                           (report_id, excerpt_id))
        if cur.rowcount != 1:
            raise NotFound(Words("Reports", QT_TRANSLATE_NOOP(
                    "Reports", "This item is no longer in the report.")))
        _renumber(conn, report_id, _item_ids(conn, report_id))
        _touch(conn, report_id)
        audit.record(conn, "report.item_removed", "report", report_id)


def strike_item(vault: Vault, report_id: int, excerpt_id: int, struck: bool = True) -> None:
    """The client struck this item: it stays visible to the coach but never leaves."""
    with vault.transaction(touches=Change.REPORTS) as conn:
        cur = conn.execute("UPDATE report_items SET struck_at = ? WHERE report_id = ?"
                           " AND excerpt_id = ?", (now_utc() if struck else None, report_id,
                                                   excerpt_id))
        if cur.rowcount != 1:
            raise NotFound(Words("Reports", QT_TRANSLATE_NOOP(
                    "Reports", "This item is no longer in the report.")))
        _touch(conn, report_id)
        audit.record(conn, "report.item_struck" if struck else "report.item_restored",
                     "report", report_id)


def mark_asked(vault: Vault, report_id: int, excerpt_ids: list[int]) -> None:
    """These items were put to the client on screen."""
    with vault.transaction(touches=Change.REPORTS) as conn:
        conn.executemany("UPDATE report_items SET asked_at = COALESCE(asked_at, ?)"
                         " WHERE report_id = ? AND excerpt_id = ?",
                         [(now_utc(), report_id, e) for e in excerpt_ids])
        audit.record(conn, "report.put_to_client", "report", report_id)


def mark_printed(vault: Vault, report_id: int, printed: dict[int, str],
                 printed_frame: PrintedFrame | None = None) -> None:
    """These items' words (by excerpt id) and this frame (the report's frame now, when not
    given) were printed on a release form, exactly as given here: a written approval that
    comes back covers only those."""
    printed_frame = printed_frame or frame(vault, get(vault, report_id))
    with vault.transaction(touches=Change.REPORTS) as conn:
        now = now_utc()
        conn.executemany("UPDATE report_items SET asked_at = COALESCE(asked_at, ?),"
                         " printed_sha256 = ? WHERE report_id = ? AND excerpt_id = ?",
                         [(now, excerpts.text_hash(text), report_id, excerpt_id)
                          for excerpt_id, text in printed.items()])
        conn.execute("UPDATE reports SET printed_frame_sha256 = ? WHERE id = ?",
                     (printed_frame.sha256, report_id))
        audit.record(conn, "report.release_form_printed", "report", report_id)


def approve(vault: Vault, report_id: int, excerpt_ids: list[int], *, method: str, given_by: str,
            given_on: str, expires_on: str | None = None,
            shown_frame: str | None = None) -> approvals.Round:
    """The client approved these items' current words, and the report's frame as it
    stands now, for this report's recipient. With no items, the frame alone (a report
    of session facts only).

    A written approval covers the words and frame of a printed release form: it is
    refused for an item never printed on one, or changed since its form was printed,
    and for a frame that changed since. ``shown_frame`` is the SHA-256 of the frame the
    client (or the coach recording the approval) was shown: if the report changed since,
    the approval is refused rather than given to a frame nobody saw.
    """
    report = get(vault, report_id)
    for excerpt_id in excerpt_ids:
        _require_item(vault, report_id, excerpt_id)
    current = frame(vault, report)
    if shown_frame is not None and shown_frame != current.sha256:
        raise InvalidInput("frame", Words("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The report changed after it was shown (its recipient, purpose, "
                "period or session facts): show it again and ask the client to approve what is "
                "shown now.")))
    if method == "written":
        chosen = [i for i in items(vault, report_id, given_on) if i.excerpt.id in excerpt_ids]
        for refused, one, several in (
                ([i for i in chosen if i.changed_since_printed],
                 QT_TRANSLATE_NOOP("Reports", "Item %1: changed after the release form was "
                                   "printed, so the signed form holds other words. Print a "
                                   "release form for these words first."),
                 QT_TRANSLATE_NOOP("Reports", "Items %1: changed after the release form was "
                                   "printed, so the signed form holds other words. Print a "
                                   "release form for these words first.")),
                ([i for i in chosen if i.printed_sha256 is None],
                 QT_TRANSLATE_NOOP("Reports", "Item %1: never printed on a release form, so no "
                                   "signed form holds its words. Print a release form for "
                                   "these words first."),
                 QT_TRANSLATE_NOOP("Reports", "Items %1: never printed on a release form, so "
                                   "no signed form holds their words. Print a release form "
                                   "for these words first."))):
            if refused:
                which = ", ".join(str(i.position) for i in refused)
                raise InvalidInput("excerpts", Words(
                    "Reports", one if len(refused) == 1 else several, (which,)))
        if report.printed_frame_sha256 != current.sha256:
            raise InvalidInput("frame", Words("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The report's recipient, purpose, period or session facts changed "
                "after the release form was printed, so the signed form does not show the "
                "report as it will be sent. Print a new release form first.")
                if report.printed_frame_sha256 else QT_TRANSLATE_NOOP(
                "Reports", "The report's recipient, purpose, period or session facts were never "
                "printed on a release form, so the signed form does not show the report as it "
                "will be sent. Print a new release form first.")))
    return approvals.record_round(vault, excerpt_ids, report.recipient, method=method,
                                 given_by=given_by, given_on=given_on, expires_on=expires_on,
                                 purpose=current.purpose, report_id=report_id,
                                 frame=current.as_approved(), client_id=report.client_id)


def _gate(vault: Vault, report: Report, excerpt_ids: list[int], on: str,
          printed: PrintedFrame) -> consent.Decision:
    return consent.decide(vault, report.recipient, excerpt_ids, on,
                          frame=consent.ReportFrame(report.id, report.client_id,
                                                    printed.sha256))


_ITEM_ROWS = ("SELECT excerpt_id, asked_at, struck_at, printed_sha256"
              " FROM report_items WHERE report_id = ? ORDER BY position")


def items(vault: Vault, report_id: int, on: str) -> list[Item]:
    """Every item in order, with its state for the report's recipient on day ``on``."""
    report = get(vault, report_id)
    rows = vault.read(_ITEM_ROWS, (report_id,))
    return _items(rows, _gate(vault, report, [r[0] for r in rows], on, frame(vault, report)))


def _items(rows: list[Row], decision: consent.Decision) -> list[Item]:
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


@dataclass(frozen=True)
class FrameStatus:
    """Where the report's frame stands with the client, for the builder and review mode."""

    frame: PrintedFrame
    approved: bool
    reason: str  # why not, in the coach's words, naming what changed ('' when approved)
    changes: tuple[str, ...]  # what differs from the frame last approved


def frame_status(vault: Vault, report_id: int, on: str) -> FrameStatus:
    report = get(vault, report_id)
    current = frame(vault, report)
    return _frame_status(vault, report, current, _gate(vault, report, [], on, current))


def _frame_status(vault: Vault, report: Report, current: PrintedFrame,
                  decision: consent.Decision) -> FrameStatus:
    """Where the frame stands, from a gate decision already made (naming what changed
    since the frame last approved, when that is why)."""
    if not decision.frame_blocked:
        return FrameStatus(current, True, "", ())
    changes: tuple[str, ...] = ()
    earlier = [r for r in approvals.rounds_for_report(vault, report.id) if r.frame]
    if decision.frame_blocked == consent.FRAME_NEVER and earlier:
        approved = PrintedFrame.from_text(earlier[-1].frame)
        changes = tuple(current.changes_since(approved)) if approved else ()
    if changes:
        reason = ("it changed after the client approved it. What changed: "
                  + "; ".join(changes) + ". The client needs to approve the report again")
    else:
        reason = decision.frame_blocked
    return FrameStatus(current, False, reason, changes)


def agreement_for(vault: Vault, report: Report) -> agreements.Agreement | None:
    """The active agreement with this sponsor for this engagement, if there is one."""
    active = [a for a in agreements.for_engagement(vault, report.engagement_id)
              if a.status == "active" and a.sponsor_id == report.sponsor_id]
    return active[-1] if active else None


def allowed_facts(agreement: agreements.Agreement | None) -> tuple[str, ...]:
    """The facts the agreement's parties chose to let the sponsor receive (none unless
    they chose them; none while the terms are unconfirmed). Never read from its words."""
    return tuple(f for f in FACTS if agreement is not None and agreement.may_receive(f))


class SessionFacts(Counting):
    """The words of the session facts, as the sponsor's file prints them: counts in
    real plural forms ("1 session held", "2 sessions held"), marked for translation."""

    def attendance(self, held: int, cancelled: int, missed: int, planned: int) -> str:
        value = self.tr("%n session(s) held", "", held)
        for n, words in ((cancelled, self.tr("%n cancelled", "", cancelled)),
                         (missed, self.tr("%n missed", "", missed)),
                         (planned, self.tr("%n still planned", "", planned))):
            if n:
                value += ", " + words
        return value

    def hours(self, minutes: int) -> str:
        """Whole hours and minutes ("1 hour 30 minutes"), never "0.833333 hours"."""
        whole, rest = divmod(minutes, 60)
        if not rest:
            return self.tr("%n hour(s)", "", whole)
        if not whole:
            return self.tr("%n minute(s)", "", rest)
        return self.tr("%n hour(s)", "", whole) + " " + self.tr("%n minute(s)", "", rest)


class FirstWording(SessionFacts):
    """The facts as CoachDesk worded them until plurals were handled ("1 sessions held",
    "1.5 hours"). Reports the client approved in these words still print them, exactly as
    approved (see :func:`frame`); nothing new is worded this way."""

    def attendance(self, held: int, cancelled: int, missed: int, planned: int) -> str:
        return f"{held} sessions held" + "".join(
            f", {n} {w}" for n, w in ((cancelled, "cancelled"), (missed, "missed"),
                                      (planned, "still planned")) if n)

    def hours(self, minutes: int) -> str:
        return f"{minutes / 60:g} hours"


def facts(vault: Vault, report: Report, allowed: tuple[str, ...],
          wording: SessionFacts | None = None) -> tuple[Fact, ...]:
    """The framing facts for the period, from sessions only: never a note's words; worded,
    and their dates written, in the report's print language (English keeps ISO dates)."""
    words = print_words(report.print_language)
    wording = wording or SessionFacts(
        lambda context, text, n: words.translated(context, text, "", n))

    def label(fact: str) -> str:
        return words.translated("SessionFacts", FACT_WORDS[fact])
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
            value = wording.attendance(len(held), sum(r[2] == "cancelled" for r in rows),
                                       sum(r[2] == "no_show" for r in rows),
                                       sum(r[2] == "planned" for r in rows))
            out.append(Fact(label(fact), value))
        elif fact == "dates":
            out.append(Fact(label(fact), ", ".join(words.day(r[0]) for r in held)
                            or words.translated("SessionFacts", NO_DATES)))
        elif fact == "hours":
            out.append(Fact(label(fact), wording.hours(sum(r[1] for r in held))))
    return tuple(out)


def facts_to_send(vault: Vault, report_id: int) -> tuple[Fact, ...]:
    """The session facts this report would send beside its passages: the ones it asks
    for that the active agreement allows (what the client is told will go too)."""
    report = get(vault, report_id)
    return facts(vault, report, allowed_facts(agreement_for(vault, report)))


def frame(vault: Vault, report: Report) -> PrintedFrame:
    """The report's frame as it would print now: what the client approves with the words.

    Worded as CoachDesk words facts now, unless the client approved this same frame in
    the first wording (before plurals: "1 sessions held"), or it was printed on a release
    form in it, and not approved in today's: then the first wording, so a report approved
    before the change still prints, and exports, exactly the words the client approved.
    Any other change to the frame moves it to today's wording, which the client then
    approves as usual."""
    sponsor = sponsors.get(vault, report.sponsor_id)
    allowed = allowed_facts(agreement_for(vault, report))
    now = PrintedFrame(
        coach_name=settings.get(vault, "coach_name"),
        client_name=clients.get(vault, report.client_id).name,
        sponsor_name=sponsor.organisation, recipient_name=recipient_name(vault, report),
        purpose=report.purpose, period_from=report.period_from, period_to=report.period_to,
        facts=facts(vault, report, allowed), language=report.print_language).worded_now()
    if report.print_language != "en":
        return _as_worded_when_approved(vault, report, now)
    first = replace(now, facts=facts(vault, report, allowed, FirstWording()))
    if first == now:  # the first wording was English
        return now
    approved = {r.frame_sha256 for r in approvals.rounds_for_report(vault, report.id)
                if r.revoked_at is None}
    if now.sha256 in approved:
        return now
    # Approved in the first wording, or printed in it on a release form the client may
    # have signed: that form shows the report as it will be sent.
    return first if first.sha256 in approved | {report.printed_frame_sha256} else now


def _as_worded_when_approved(vault: Vault, report: Report, now: PrintedFrame) -> PrintedFrame:
    """``now``, or the frame the client approved if it differs only in how its lines
    were worded (a later translation, another computer's dates): the sponsor then
    reads the lines the client approved, and an update does not void the approval."""
    for approved in reversed(approvals.rounds_for_report(vault, report.id)):  # latest first
        if approved.revoked_at is None and approved.frame:
            earlier = PrintedFrame.from_text(approved.frame)
            if earlier is not None and earlier.worded and \
                    replace(now, worded=earlier.worded) == earlier:
                return earlier
    return now


def _day_after(day: str) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() + 1).isoformat()


def recipient_name(vault: Vault, report: Report) -> str:
    """The recipient's name as printed now: named one way, the way approvals name it."""
    with vault.snapshot() as conn:
        return approvals.recipient_name(conn, report.recipient)


def assemble(vault: Vault, report_id: int, on: str, disclosure_id: int | None = None) -> Assembly:
    """What would leave now, or why nothing may: the gate decides every item and the
    frame, and the agreement's terms decide what kinds of thing may go at all."""
    report = get(vault, report_id)
    with vault.snapshot():
        rows = vault.read(_ITEM_ROWS, (report_id,))
        kept = [excerpt_id for excerpt_id, _asked, struck_at, _printed in rows
                if struck_at is None]
        printed = frame(vault, report)
        return _assembled(vault, report, rows, printed,
                          _gate(vault, report, kept, on, printed), on, disclosure_id)


@dataclass(frozen=True)
class Builder:
    """What the report builder shows at once, from one frame and one gate decision: the
    items with their states, where the frame stands, and what would leave now."""

    items: list[Item]
    status: FrameStatus
    assembly: Assembly


def builder(vault: Vault, report_id: int, on: str) -> Builder:
    """``items``, ``frame_status`` and ``assemble`` together, asking the gate once: its
    verdict on each excerpt stands alone, so what would leave is the same decision with
    the struck items left out."""
    report = get(vault, report_id)
    with vault.snapshot():
        rows = vault.read(_ITEM_ROWS, (report_id,))
        printed = frame(vault, report)
        decision = _gate(vault, report, [r[0] for r in rows], on, printed)
        struck = {r[0] for r in rows if r[2] is not None}
        kept = replace(decision,
                       passed=tuple(p for p in decision.passed if p.excerpt.id not in struck),
                       blocked=tuple(b for b in decision.blocked
                                     if b.excerpt.id not in struck))
        return Builder(_items(rows, decision),
                       _frame_status(vault, report, printed, decision),
                       _assembled(vault, report, rows, printed, kept, on, None))


def _assembled(vault: Vault, report: Report, rows: list[Row], printed: PrintedFrame,
               decision: consent.Decision, on: str, disclosure_id: int | None) -> Assembly:
    """What would leave, from the gate's decision on the items not struck."""
    positions = {r[0]: i for i, r in enumerate(rows, start=1)}
    kept = [r[0] for r in rows if r[2] is None]
    agreement = agreement_for(vault, report)
    blocking = []
    if agreement is None:
        blocking.append(Blocking(0, "", NO_AGREEMENT))
    elif not agreement.terms_confirmed:
        blocking.append(Blocking(0, "", NO_TERMS))
    elif kept and not agreement.may_receive("progress"):
        blocking.append(Blocking(0, "", NO_WORDS))
    if print_words(printed.language).language != printed.language:
        # Its words would fall back to English: never what the client approved.
        blocking.append(Blocking(0, "", CANNOT_PRINT,
                                 LANGUAGES.get(printed.language, printed.language)))
    if decision.frame_blocked:
        blocking.append(Blocking(0, "", _frame_status(vault, report, printed,
                                                      decision).reason))
    # An item held back only because the frame changed is said once, above.
    blocking += [Blocking(positions[b.excerpt.id], _preview(b.excerpt.text), b.reason)
                 for b in decision.blocked
                 if not (decision.frame_blocked and b.reason == consent.FRAME_CHANGED)]
    if not blocking and not decision.passed and not printed.facts:
        blocking.append(Blocking(0, "", NOTHING))
    if blocking:
        return Assembly(None, tuple(blocking), decision)
    content = ReportContent(
        disclosure_id=disclosure_id,
        disclosure_number=numbers.disclosure_number(vault, disclosure_id),
        produced_on=on,
        frame=printed,  # as the client approved it (its hash is the approved one)
        # The one place a report's words come from: what the gate let through.
        words=tuple(ApprovedWords(p.excerpt.text, p.consent.given_on, p.consent.method)
                    for p in decision.passed),
    )
    return Assembly(content, (), decision)


def export(vault: Vault, report_id: int, *, on: str, render: Callable[[ReportContent], bytes],
           save: disclosures.Save) -> disclosures.Disclosure:
    """Render and save the report, and record the disclosure once the file is made.

    Refused with :class:`ReportBlocked`, naming each blocking item and what changed in
    the frame, unless every item and the frame pass the gate. The gate is asked again
    inside the write, so nothing can change between the check and the file. The
    disclosure records the frame as approved: names, purpose and facts as printed.
    """
    report = get(vault, report_id)

    def prepare(conn: sqlcipher3.Connection,
                disclosure_id: int) -> tuple[disclosures.Pending, ReportContent]:
        assembly = assemble(vault, report_id, on, disclosure_id)
        if assembly.content is None:
            raise ReportBlocked(assembly.blocking)
        frame = assembly.content.frame
        words = tuple(disclosures.DisclosedWords(i, p.excerpt.id, p.excerpt.text,
                                                 p.excerpt.text_sha256, p.consent.id)
                      for i, p in enumerate(assembly.decision.passed, start=1))
        pending = disclosures.Pending(
            id=disclosure_id, kind="sponsor_report", client_id=report.client_id,
            sponsor_id=report.sponsor_id, recipient_kind=report.recipient_kind,
            recipient_id=report.recipient_id, recipient_name=frame.recipient_name,
            purpose=frame.purpose, legal_basis="", report_id=report_id, words=words,
            facts=tuple(str(f) for f in frame.facts), language=frame.language)
        return pending, assembly.content

    return disclosures.disclose(vault, prepare, render, save)


@dataclass(frozen=True)
class Standing:
    """Where a report stands as a whole, for the report list: its items, how many the
    client approved or struck, and whether it would export now (the gate, asked once)."""

    items: int  # the items that would be sent if approved (struck ones left out)
    approved: int
    struck: int
    ready: bool


def standing(vault: Vault, report_id: int, on: str) -> Standing:
    built = builder(vault, report_id, on)
    struck = sum(i.state == STRUCK for i in built.items)
    return Standing(len(built.items) - struck,
                    sum(i.state == APPROVED for i in built.items), struck,
                    built.assembly.content is not None)


def default_period(vault: Vault, engagement_id: int, recipient: Recipient | None,
                   today: str) -> tuple[str, str]:
    """The period a new report covers unless the coach says otherwise: from the day
    after the last report to this recipient about this engagement ended, or else from
    the engagement's start; to today, or the engagement's end if it ended before."""
    engagement = engagements.get(vault, engagement_id)
    recipient = recipient or (Recipient("sponsor", engagement.sponsor_id)
                              if engagement.sponsor_id is not None else None)
    start = engagement.starts_on
    if recipient is not None:
        row = vault.read_one(
            "SELECT max(period_to) FROM reports WHERE client_id = ? AND engagement_id = ?"
            " AND recipient_kind = ? AND recipient_id = ?",
            (engagement.client_id, engagement_id, recipient.kind, recipient.id))
        if row is not None and row[0]:
            start = max(start, _day_after(row[0]))
    end = min(today, engagement.ends_on) if engagement.ends_on else today
    return start, max(start, end)
