"""Invoices: numbered bills for held sessions, with dates, hours and sums, and nothing else.

Numbers run without a gap within each year ("2026-0001", "2026-0002", ...) and are never
reused: an invoice is never deleted or changed once issued (the vault's triggers refuse
it, migration 0015). A mistake is put right by voiding the invoice, which stays, voided,
under its number, and issuing another; its sessions may then be billed again. Within a
year, invoices are issued in date order, so the numbers and the dates agree.

An invoice is for one engagement (one currency, one payer): to the client, or to the
engagement's sponsor under its billing name, for the attention of the contact the coach
chooses, and only when the engagement's active agreement lets the sponsor receive what an
invoice tells: the sessions' dates and hours, and attendance when a missed session is
billed (its structured terms, ``sponsor_may_receive``; see :func:`why_not_to_sponsor`).
The coach's name, details, tax number and payment details are copied from
Settings when it is issued and printed as they were then. An optional tax line (a label
such as "VAT" or "Sales tax" and a rate) is added on the subtotal, rounded half to even.

A line is one thing billed: a held session (or a missed one charged as agreed), or a
whole session package, billed up front as coaches sell packages (``record_kind``
'package', its engagement's id; one line of the package's price, "Package of 6 coaching
sessions, to be used by ..."). A package on a live invoice bills its sessions: none of
them is billed again, they are paid when that invoice is, and the tax export names its
number beside each of them. A package whose sessions were already billed one by one is
not billed whole (void those invoices first). A line says the date, the minutes and the
amount: never a note, a goal, a place or an engagement's title. Amounts stay in cents
here; the UI formats them (ui.money). A missed session is billed only where it is
charged: never when its package's agreement says missed sessions do not count.

An invoice is dated today or earlier (a date in the future is a typing slip that would
hold back every later invoice of its year). Within a year a live invoice is never dated
before the last live one; a voided one does not count, so a slip is put right by voiding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coachdesk import audit, settings, sponsors, validation
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError, InvalidInput, NotFound
from coachdesk.sync import issuer
from coachdesk.sync.set_aside import SetAside, for_invoices
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

BILL_TO = ("client", "sponsor")
BILLABLE = ("held", "no_show")
LINE_WORDS = {"held": "Coaching session", "no_show": "Missed session, charged as agreed"}
# An invoice's whole change: its own kind, and the sessions' billed and paid state.
TOUCHES = Change.INVOICES | Change.SESSIONS
_COLUMNS = ("id, number, year, number_in_year, client_id, engagement_id, bill_to,"
            " bill_to_name, bill_to_address, bill_to_email, bill_to_attention, coach_name,"
            " coach_details, coach_tax_number, payment_details, currency, issued_on, due_on,"
            " tax_label, tax_rate_bp, subtotal_cents, tax_cents, total_cents, paid_on,"
            " voided_on, void_reason, bill_to_department")


@dataclass(frozen=True)
class Line:
    position: int
    record_kind: str  # 'session', or 'package' (record_id: the engagement)
    record_id: int
    on_date: str
    description: str
    minutes: int | None
    amount_cents: int


@dataclass(frozen=True)
class Invoice:
    id: int
    number: str
    year: int
    number_in_year: int
    client_id: int
    engagement_id: int | None
    bill_to: str
    bill_to_name: str
    bill_to_address: str
    bill_to_email: str
    bill_to_attention: str
    coach_name: str
    coach_details: str
    coach_tax_number: str
    payment_details: str
    currency: str
    issued_on: str
    due_on: str
    tax_label: str
    tax_rate_bp: int
    subtotal_cents: int
    tax_cents: int
    total_cents: int
    paid_on: str | None
    voided_on: str | None
    void_reason: str
    bill_to_department: str = ""  # a sponsor's billing name, when not its organisation's
    lines: tuple[Line, ...] = field(default=(), kw_only=True)
    # Marked paid on one computer while another voided it: the payment kept apart (the
    # invoice stays voided), for the coach to refund or bill again (coachdesk.sync.set_aside).
    payment_set_aside: SetAside | None = field(default=None, kw_only=True)

    @property
    def state(self) -> str:
        """'voided', 'paid' or 'unpaid'."""
        if self.voided_on:
            return "voided"
        return "paid" if self.paid_on else "unpaid"

    def overdue(self, today: str) -> bool:
        return self.state == "unpaid" and today > self.due_on

    @property
    def minutes(self) -> int:
        return sum(line.minutes or 0 for line in self.lines)


@dataclass(frozen=True)
class InvoiceDraft:
    engagement_id: int
    session_ids: tuple[int, ...]
    issued_on: str
    bill_to: str = "client"
    attention_contact_id: int | None = None  # a sponsor's contact, when billed to it
    due_on: str | None = None  # None: issued_on plus the days to pay in Settings
    tax_label: str = ""
    tax_rate_bp: int = 0  # hundredths of a percent: 2000 is 20%
    whole_package: bool = False  # the engagement's package at its price (no session_ids)


@dataclass(frozen=True)
class Billable:
    """A session that may go on an invoice (held or missed, on no live invoice)."""

    id: int
    starts_at: str
    minutes: int
    fee_cents: int
    status: str


def tax_on(subtotal_cents: int, rate_bp: int) -> int:
    """The tax on ``subtotal_cents`` at ``rate_bp`` hundredths of a percent, rounded half
    to even (as engagements round a session's share)."""
    whole, rest = divmod(subtotal_cents * rate_bp, 10_000)
    if rest * 2 > 10_000 or (rest * 2 == 10_000 and whole % 2):
        whole += 1
    return whole


def billable(vault: Vault, engagement_id: int) -> list[Billable]:
    """The engagement's held and charged missed sessions not on a live invoice, oldest
    first (a missed one is not charged when its package says missed sessions do not
    count)."""
    return [Billable(*r) for r in vault.read(
        "SELECT s.id, s.starts_at, s.duration_minutes, s.fee_cents, s.status FROM sessions s"
        f" WHERE s.engagement_id = ? AND {_CHARGED}"
        f" AND NOT EXISTS ({_LIVE_LINE}) AND NOT EXISTS ({_LIVE_PACKAGE})"
        " ORDER BY s.starts_at, s.id", (engagement_id,))]


# Session s is marked pro bono by the coach: given, not billed.
PRO_BONO = ("SELECT 1 FROM credential_sessions pb WHERE pb.session_id = s.id"
            " AND pb.paid = 'pro_bono'")
# A live (not voided) invoice line for session s.
_LIVE_LINE = ("SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
              " WHERE l.record_kind = 'session' AND l.record_id = s.id"
              " AND i.voided_on IS NULL")
# Session s is charged: held, or missed where a missed session counts (not when its
# package's agreement says it does not: the tax export leaves it out too).
# A session the coach marked pro bono (credentials.set_session_paid) is never charged.
_CHARGED = ("s.status IN ('held', 'no_show') AND NOT (s.status = 'no_show' AND EXISTS"
            " (SELECT 1 FROM engagements me WHERE me.id = s.engagement_id"
            "  AND me.package_missed_counts IS 0))"
            f" AND NOT EXISTS ({PRO_BONO})")
# A live invoice of session s's whole package.
_LIVE_PACKAGE = ("SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                 " WHERE l.record_kind = 'package' AND l.record_id = s.engagement_id"
                 " AND i.voided_on IS NULL")


def package_billable(vault: Vault, engagement_id: int) -> bool:
    """True when the engagement is a package that may be billed whole: it is on no live
    invoice, and none of its sessions is billed on its own."""
    return vault.read_one(
        "SELECT 1 FROM engagements e WHERE e.id = ? AND e.fee_basis = 'package'"
        " AND NOT EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i"
        "  ON i.id = l.invoice_id WHERE l.record_kind = 'package' AND l.record_id = e.id"
        "  AND i.voided_on IS NULL)"
        " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.engagement_id = e.id"
        f"  AND EXISTS ({_LIVE_LINE}))", (engagement_id,)) is not None


def package_words(sessions: int, expires_on: str | None) -> str:
    """A package's invoice line, as printed."""
    words = f"Package of {sessions} coaching session{'s' if sessions != 1 else ''}"
    return words + (f", to be used by {expires_on}" if expires_on else "")


def _payer(conn: sqlcipher3.Connection, d: InvoiceDraft, client_id: int,
           sponsor_id: int | None) -> tuple[str, str, str, str, str]:
    """(name, department, address, email, attention) of whom the invoice is addressed
    to: a sponsor is named by its organisation, then its billing name when that differs
    (a department such as "Accounts Payable" alone does not say which company pays)."""
    if d.bill_to == "client":
        name, address, email = conn.execute(
            "SELECT name, address, email FROM clients WHERE id = ?", (client_id,)).fetchone()
        return name, "", address, email, ""
    if sponsor_id is None:
        raise InvalidInput("bill_to", Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "This engagement has no sponsor: bill the client.")))
    organisation, billing_name, address = conn.execute(
        "SELECT organisation, billing_name, address FROM sponsors WHERE id = ?",
        (sponsor_id,)).fetchone()
    attention, email = "", ""
    if d.attention_contact_id is not None:
        row = conn.execute("SELECT name, email FROM sponsor_contacts WHERE id = ?"
                           " AND sponsor_id = ?", (d.attention_contact_id, sponsor_id)
                           ).fetchone()
        if row is None:
            raise InvalidInput("attention", Words("Invoices", QT_TRANSLATE_NOOP(
                    "Invoices", "That contact is no longer the sponsor's.")))
        attention, email = row
    department = "" if billing_name.strip().casefold() == organisation.strip().casefold() \
        else billing_name.strip()
    return organisation, department, address, email, attention


def _listed(items: list[Words]) -> Words:
    """Terms named one after another ("a; b; c"), each translated in its own words."""
    said = items[0]
    for item in items[1:]:
        said = Words("Invoices", QT_TRANSLATE_NOOP("Invoices", "%1; %2"), (said, item))
    return said


def why_not_to_sponsor(vault: Vault, engagement_id: int, session_ids: tuple[int, ...],
                       *, whole_package: bool = False) -> Words | None:
    """Why an invoice for these sessions may not go to the sponsor (None: it may).

    An invoice tells its reader each session's date and length, and that a session was
    missed when one is billed: the sponsor may read that only if the active agreement
    lets the sponsor receive those terms. A whole package's invoice tells only the
    package's terms, which the sponsor signed in that agreement: it needs the active
    agreement and nothing more."""
    from coachdesk import agreements

    sponsor = vault.read_one("SELECT sponsor_id FROM engagements WHERE id = ?",
                             (engagement_id,))
    if sponsor is None or sponsor[0] is None:
        return Words("Invoices", QT_TRANSLATE_NOOP(
            "Invoices", "This engagement has no sponsor: bill the client."))
    row = vault.read_one("SELECT id FROM agreements WHERE engagement_id = ? AND status ="
                         " 'active' ORDER BY id DESC LIMIT 1", (engagement_id,))
    if row is None:
        return Words("Invoices", QT_TRANSLATE_NOOP(
            "Invoices", "No signed agreement for this engagement is active, so nothing about "
            "the sessions may go to the sponsor: bill the client, or make the agreement active "
            "first."))
    if whole_package:
        return None
    agreement = agreements.get(vault, row[0])
    needed = ["dates", "hours"]
    marks = ",".join("?" * len(session_ids))
    if session_ids and vault.read_one(
            f"SELECT 1 FROM sessions WHERE id IN ({marks}) AND status = 'no_show'",
            tuple(session_ids)):
        needed.append("attendance")
    missing = [agreements.SHARING_TERM_WORDS[t] for t in needed
               if not agreement.may_receive(t)]
    if missing:  # each term whole, in the words the agreement's screen uses for it
        return Words("Invoices", QT_TRANSLATE_NOOP(
            "Invoices", "The agreement does not let the sponsor receive %1. An invoice tells "
            "them that: bill the client, or agree it with the client and sponsor first."),
            (_listed([Words("Agreements", m) for m in missing]),))
    return None


def issue(vault: Vault, draft: InvoiceDraft, *, today: date | None = None) -> Invoice:
    """Number and keep a new invoice for ``draft``'s sessions, in one transaction.
    ``today`` is the latest date it may carry (the computer's date)."""
    validation.choice("bill_to", "Who is billed", draft.bill_to, BILL_TO)
    if draft.bill_to == "sponsor":
        refusal = why_not_to_sponsor(vault, draft.engagement_id, draft.session_ids,
                                     whole_package=draft.whole_package)
        if refusal:
            raise InvalidInput("bill_to", refusal)
    issued = validation.iso_date("issued_on", "The invoice's date", draft.issued_on)
    latest_day = (today or date.today()).isoformat()
    if issued > latest_day:
        raise InvalidInput("issued_on", Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "The invoice's date %1 is later than today (%2): an invoice is "
                "dated the day it is issued or earlier."), (str(issued), str(latest_day))))
    label = validation.one_line("tax_label", "The tax's name", draft.tax_label, 40)
    if not isinstance(draft.tax_rate_bp, int) or not 0 <= draft.tax_rate_bp <= 10_000:
        raise InvalidInput("tax_rate", Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "The tax rate is between 0 and 100%.")))
    if draft.tax_rate_bp and not label:
        raise InvalidInput("tax_label", Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "Name the tax (for example VAT or Sales tax).")))
    if draft.whole_package and draft.session_ids:
        raise InvalidInput("sessions", Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "Bill the whole package or chosen sessions, not both.")))
    if not draft.session_ids and not draft.whole_package:
        raise InvalidInput("sessions", Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "Choose at least one session to bill.")))
    days = int(settings.get(vault, "invoice_days_to_pay") or 0)
    due = validation.iso_date("due_on", "The due date", draft.due_on) if draft.due_on else \
        (date.fromisoformat(issued) + timedelta(days=days)).isoformat()
    if due < issued:
        raise InvalidInput("due_on", Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "The due date comes before the invoice's date.")))
    coach = {name: settings.get(vault, name) for name in
             ("coach_name", "coach_details", "coach_tax_number", "invoice_payment_details")}
    year = int(issued[:4])
    with vault.transaction(touches=TOUCHES) as conn:
        issuer.check(conn)  # one computer of a practice numbers invoices
        found = conn.execute("SELECT client_id, sponsor_id, currency FROM engagements"
                             " WHERE id = ?", (draft.engagement_id,)).fetchone()
        if found is None:
            raise NotFound(Words("Invoices", QT_TRANSLATE_NOOP(
                    "Invoices", "This engagement is no longer in the vault.")))
        client_id, sponsor_id, currency = found
        if draft.whole_package:
            lines = _package_line(conn, draft.engagement_id, issued)
        else:
            lines = _session_lines(conn, draft)
        number_in_year = (conn.execute("SELECT max(number_in_year) FROM invoices WHERE"
                                       " year = ?", (year,)).fetchone()[0] or 0) + 1
        last_live = conn.execute("SELECT max(issued_on) FROM invoices WHERE year = ?"
                                 " AND voided_on IS NULL", (year,)).fetchone()[0]
        if last_live is not None and issued < last_live:
            raise InvalidInput("issued_on", Words("Invoices", QT_TRANSLATE_NOOP(
                    "Invoices", "Invoice numbers follow their dates: the last invoice of %1 is "
                    "dated %2, so this one cannot be dated earlier (if that date was a slip, "
                    "void that invoice and issue it again)."), (str(year), str(last_live))))
        number = f"{year}-{number_in_year:04d}"
        name, department, address, email, attention = _payer(conn, draft, client_id,
                                                               sponsor_id)
        subtotal = sum(line[5] for line in lines)
        tax = tax_on(subtotal, draft.tax_rate_bp)
        invoice_id = conn.execute(
            "INSERT INTO invoices (year, number_in_year, number, client_id, engagement_id,"
            " bill_to, bill_to_name, bill_to_address, bill_to_email, bill_to_attention,"
            " coach_name, coach_details, coach_tax_number, payment_details, currency,"
            " issued_on, due_on, tax_label, tax_rate_bp, subtotal_cents, tax_cents,"
            " total_cents, created_at, bill_to_department)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (year, number_in_year, number, client_id, draft.engagement_id, draft.bill_to,
             name, address, email, attention, coach["coach_name"], coach["coach_details"],
             coach["coach_tax_number"], coach["invoice_payment_details"], currency, issued,
             due, label if draft.tax_rate_bp else "", draft.tax_rate_bp, subtotal, tax,
             subtotal + tax, now_utc(), department)).lastrowid
        conn.executemany(
            "INSERT INTO invoice_lines (invoice_id, position, record_kind, record_id, on_date,"
            " description, minutes, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(invoice_id, position, *line) for position, line in enumerate(lines, start=1)])
        audit.record(conn, "invoice.issued", "invoice", invoice_id)
    return get(vault, invoice_id)


_LineRow = tuple[str, int, str, str, int | None, int]  # kind, id, date, words, minutes, cents


def _session_lines(conn: sqlcipher3.Connection, draft: InvoiceDraft) -> list[_LineRow]:
    """The chosen sessions' lines: each held or missed, on no live invoice (its own or its
    package's)."""
    marks = ",".join("?" * len(draft.session_ids))
    chosen = conn.execute(
        "SELECT s.id, substr(s.starts_at, 1, 10), s.duration_minutes, s.fee_cents,"
        f" s.status FROM sessions s WHERE s.id IN ({marks}) AND s.engagement_id = ?"
        f" AND {_CHARGED} AND NOT EXISTS ({_LIVE_LINE})"
        f" AND NOT EXISTS ({_LIVE_PACKAGE})"
        " ORDER BY s.starts_at, s.id", (*draft.session_ids, draft.engagement_id)
    ).fetchall()
    if len(chosen) != len(set(draft.session_ids)):
        raise CoachDeskError(Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "A session chosen is already on another invoice, no longer held, or"
                " a missed session the agreement does not charge: choose the sessions again.")))
    return [("session", session_id, day, LINE_WORDS[status], minutes, fee)
            for session_id, day, minutes, fee, status in chosen]


def _package_line(conn: sqlcipher3.Connection, engagement_id: int, issued: str
                  ) -> list[_LineRow]:
    """The package's one line at its price, dated the invoice's day."""
    found = conn.execute(
        "SELECT fee_basis, fee_cents, planned_sessions, package_expires_on FROM engagements"
        " WHERE id = ?", (engagement_id,)).fetchone()
    if found is None or found[0] != "package":
        raise InvalidInput("sessions", Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "This engagement is not a package: choose its sessions to bill.")))
    basis, price, count, expires = found
    del basis
    if conn.execute(
            "SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
            " WHERE i.voided_on IS NULL AND ((l.record_kind = 'package' AND l.record_id = ?)"
            " OR (l.record_kind = 'session' AND l.record_id IN"
            " (SELECT id FROM sessions WHERE engagement_id = ?)))",
            (engagement_id, engagement_id)).fetchone():
        raise CoachDeskError(Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "This package, or some of its sessions, is already on an invoice: "
                "void that invoice first to bill the package whole.")))
    return [("package", engagement_id, issued, package_words(count or 0, expires), None,
             price)]


def mark_paid(vault: Vault, invoice_id: int, paid_on: str | None) -> Invoice:
    """Paid on ``paid_on`` (a date), or unpaid again (None: a payment marked by mistake)."""
    invoice = get(vault, invoice_id)
    if invoice.voided_on:
        raise CoachDeskError(Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "Invoice %1 was voided: it cannot be paid."), (str(invoice.number),)))
    if paid_on is not None:
        paid_on = validation.iso_date("paid_on", "The day it was paid", paid_on)
        if paid_on < invoice.issued_on:
            raise InvalidInput("paid_on", Words("Invoices", QT_TRANSLATE_NOOP(
                    "Invoices", "The payment date comes before the invoice's.")))
    with vault.transaction(touches=TOUCHES) as conn:
        conn.execute("UPDATE invoices SET paid_on = ? WHERE id = ?", (paid_on, invoice_id))
        audit.record(conn, "invoice.paid" if paid_on else "invoice.unpaid", "invoice",
                     invoice_id)
    return get(vault, invoice_id)


def void(vault: Vault, invoice_id: int, reason: str, on: str) -> Invoice:
    """Void the invoice for good: its number stays, voided; its sessions are free again."""
    reason = validation.required_name("void_reason", "The reason", reason)
    on = validation.iso_date("voided_on", "The day", on)
    invoice = get(vault, invoice_id)
    if invoice.voided_on:
        raise CoachDeskError(Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "Invoice %1 is already voided."), (str(invoice.number),)))
    if invoice.paid_on:
        raise CoachDeskError(Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "Invoice %1 is marked paid: mark it unpaid first if the payment was"
                " returned."), (str(invoice.number),)))
    with vault.transaction(touches=TOUCHES) as conn:
        conn.execute("UPDATE invoices SET voided_on = ?, void_reason = ? WHERE id = ?",
                     (on, reason, invoice_id))
        audit.record(conn, "invoice.voided", "invoice", invoice_id)
    return get(vault, invoice_id)


def get(vault: Vault, invoice_id: int) -> Invoice:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM invoices WHERE id = ?", (invoice_id,))
    if row is None:
        raise NotFound(Words("Invoices", QT_TRANSLATE_NOOP(
                "Invoices", "This invoice is no longer in the vault.")))
    lines = tuple(Line(*r) for r in vault.read(
        "SELECT position, record_kind, record_id, on_date, description, minutes, amount_cents"
        " FROM invoice_lines WHERE invoice_id = ? ORDER BY position", (invoice_id,)))
    aside = for_invoices(vault, [invoice_id]).get(invoice_id) if row[24] else None
    return Invoice(*row, lines=lines, payment_set_aside=aside)


def get_many(vault: Vault, ids: list[int]) -> dict[int, Invoice]:
    """Invoices for a list (without their lines)."""
    rows = vault.read_ids(f"SELECT {_COLUMNS} FROM invoices WHERE id IN ({{ids}})", ids)
    aside = for_invoices(vault, [row[0] for row in rows if row[24]])  # voided ones only
    return {row[0]: Invoice(*row, payment_set_aside=aside.get(row[0])) for row in rows}


def ids_for_client(vault: Vault, client_id: int) -> list[int]:
    """A client's invoices, newest first."""
    return [r[0] for r in vault.read(
        "SELECT id FROM invoices WHERE client_id = ? ORDER BY issued_on DESC, id DESC",
        (client_id,))]


def unpaid_session_ids(vault: Vault) -> list[int]:
    """Held and charged missed sessions with a fee not yet paid (on no invoice, or on one
    unpaid), newest first: the Sessions page's "Unpaid" filter."""
    return [r[0] for r in vault.read(
        f"SELECT s.id FROM sessions s WHERE {_CHARGED}"
        " AND s.fee_cents > 0 AND NOT EXISTS (SELECT 1 FROM invoice_lines l"
        "  JOIN invoices i ON i.id = l.invoice_id WHERE ((l.record_kind = 'session'"
        "  AND l.record_id = s.id) OR (l.record_kind = 'package'"
        "  AND l.record_id = s.engagement_id))"
        "  AND i.voided_on IS NULL AND i.paid_on IS NOT NULL)"
        " ORDER BY s.starts_at DESC, s.id DESC")]


def payer_choices(vault: Vault, engagement_id: int) -> list[tuple[str, str]]:
    """Whom an invoice for the engagement may go to: (bill_to, name) pairs."""
    row = vault.read_one("SELECT c.name, e.sponsor_id FROM engagements e JOIN clients c"
                         " ON c.id = e.client_id WHERE e.id = ?", (engagement_id,))
    if row is None:
        return []
    name, sponsor_id = row
    choices = [("client", str(name))]
    if sponsor_id is not None:
        sponsor = sponsors.get(vault, sponsor_id)
        department = sponsor.billing_name.strip()
        same = department.casefold() == sponsor.organisation.strip().casefold()
        choices.append(("sponsor", sponsor.organisation if same or not department
                        else f"{sponsor.organisation} — {department}"))
    return choices


def default_payer(vault: Vault, engagement_id: int, session_ids: tuple[int, ...], *,
                  whole_package: bool = False) -> tuple[str, Words | None]:
    """Whom a new invoice goes to unless the coach says otherwise, and why not the
    sponsor (None when the sponsor is billed or there is none): the sponsor when the
    engagement has one and the active agreement lets it receive what the invoice tells,
    else the client."""
    row = vault.read_one("SELECT sponsor_id FROM engagements WHERE id = ?",
                         (engagement_id,))
    if row is None or row[0] is None:
        return "client", None
    why = why_not_to_sponsor(vault, engagement_id, session_ids, whole_package=whole_package)
    return ("client", why) if why else ("sponsor", None)
