"""The tax export: what a tax audit may see, and nothing of the coaching itself.

The ICF's FAQ on tax audits: dates, hours and fees, with who was billed, but
no session content. So each row is one held (or missed, if billed) session:
its date, minutes, fee, currency and billing name, which is the sponsor's
billing name when a sponsor pays and the client's name otherwise. No notes,
no goals, no places, no excerpts. ``invoice`` is the number of the live (not voided)
invoice the session is billed on (or its whole package is), '' while it is on none. A
session on a live invoice of its own is exported as the invoice billed it (its date,
minutes, amount and whom it was addressed to), which the session can no longer
contradict (sessions.update); a package's session names whom its package was billed to.

A package billed whole (invoices: one line at the package's price) is income once, as
invoiced: one row on the invoice's day, with the price, whom it was billed to, the status
``invoiced``, the fee basis ``package`` and no minutes (the invoice bills sessions to
come, not time). Its sessions stay rows for their dates and minutes (the hours an audit
asks about), with no fee of their own and the fee basis ``in_invoiced_package``: the
price is never counted again as per-session shares. A package billed session by session
is exported as those invoices (or, on none, as shares) billed each session.

The fee is the session's own (what it cost when held), and ``fee_basis`` says what
it is: a fee per session, a session's share of a fee agreed for the whole engagement,
``share_of_package`` for a session of a package (its price over the package's sessions:
each session used is one of them), or ``to_confirm`` while the coach has not said what
an older engagement's fee was for. A missed session of a package whose agreement says
missed sessions do not count is not billed, so it is not a row. A session the coach
marked pro bono (credentials.set_session_paid) is a row with a fee of 0.00, billed to
nobody, its ``fee_basis`` ``pro_bono``: given, not sold (it is never on a live invoice).
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from coachdesk import invoices, validation
from coachdesk.errors import InvalidInput
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

HEADER = ("date", "minutes", "fee", "currency", "billed_to", "status", "fee_basis", "invoice")
BASIS_WORDS = {"per_session": "per_session", "engagement_total": "share_of_engagement_total",
               "package": "share_of_package", None: "to_confirm"}
Row = tuple[str, int | str, str, str, str, str, str, str]  # minutes '': a package's row
IN_PACKAGE = "in_invoiced_package"  # a session of a package billed whole: its fee is there


def rows(vault: Vault, start: str, end: str) -> list[Row]:
    start = validation.iso_date("start", "The first day", start)
    end = validation.iso_date("end", "The last day", end)
    if end < start:
        raise InvalidInput("end", Words("TaxExport", QT_TRANSLATE_NOOP(
                "TaxExport", "The last day comes before the first: choose the period again.")))
    # A session on a live invoice is exported as the invoice states it (its day, minutes,
    # amount and payer), whatever the session says now; a package billed whole names
    # its invoice on each of its sessions.
    found = vault.read(
        "SELECT COALESCE(l.on_date, substr(s.starts_at, 1, 10)) AS day,"
        " COALESCE(l.minutes, s.duration_minutes), COALESCE(l.amount_cents, s.fee_cents),"
        " COALESCE(i.currency, e.currency),"
        " COALESCE(i.bill_to_name, pi.bill_to_name,"
        "  NULLIF(sp.billing_name, ''), sp.organisation, c.name),"
        " s.status, e.fee_basis, COALESCE(i.number, pi.number, ''),"
        f" l.id IS NULL AND EXISTS ({invoices.PRO_BONO}), l.id IS NULL AND pi.id IS NOT NULL"
        " FROM sessions s JOIN engagements e ON e.id = s.engagement_id"
        " JOIN clients c ON c.id = e.client_id"
        " LEFT JOIN sponsors sp ON sp.id = e.sponsor_id"
        " LEFT JOIN invoice_lines l ON l.record_kind = 'session' AND l.record_id = s.id"
        "  AND l.invoice_id IN (SELECT id FROM invoices WHERE voided_on IS NULL)"
        " LEFT JOIN invoices i ON i.id = l.invoice_id"
        " LEFT JOIN invoices pi ON pi.voided_on IS NULL AND pi.id IN (SELECT pl.invoice_id"
        "  FROM invoice_lines pl WHERE pl.record_kind = 'package' AND pl.record_id = e.id)"
        " WHERE day >= ? AND day <= ?"
        " AND (l.id IS NOT NULL OR (s.status IN ('held', 'no_show')"
        "  AND NOT (s.status = 'no_show' AND e.package_missed_counts IS 0)))"
        " ORDER BY day, s.starts_at, s.id",
        (start, end))
    found_rows: list[Row] = [
        (day, minutes, "0.00", currency, "", status, "pro_bono", "") if pro_bono else
        (day, minutes, "", currency, billed, status, IN_PACKAGE, invoice) if in_package else
        (day, minutes, _money(cents), currency, billed, status,
         BASIS_WORDS.get(basis, "to_confirm"), invoice)
        for day, minutes, cents, currency, billed, status, basis, invoice, pro_bono, in_package
        in found]
    found_rows += [(day, "", _money(cents), currency, billed, "invoiced", "package", number)
                   for day, cents, currency, billed, number in vault.read(
                       "SELECT l.on_date, l.amount_cents, i.currency, i.bill_to_name, i.number"
                       " FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                       " WHERE l.record_kind = 'package' AND i.voided_on IS NULL"
                       " AND l.on_date >= ? AND l.on_date <= ? ORDER BY l.on_date, i.id",
                       (start, end))]
    return sorted(found_rows, key=lambda row: row[0])  # stable: sessions keep their order


def session_count(found: list[Row]) -> int:
    """The sessions among ``found`` (a package billed whole is a row, not a session)."""
    return sum(1 for row in found if row[6] != "package")


def _money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def csv_bytes(vault: Vault, start: str, end: str) -> bytes:
    """The CSV file's bytes (UTF-8 with a BOM, so spreadsheet programs read accents)."""
    return csv_of(rows(vault, start, end))


def csv_of(found: list[Row]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in found:
        # A billing name starting with = + - @ would be a formula in a spreadsheet.
        writer.writerow([("'" + v) if isinstance(v, str) and v[:1] and v[:1] in "=+-@" else v
                         for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
