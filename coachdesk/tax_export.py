"""The tax export: what a tax audit may see, and nothing of the coaching itself.

The ICF's FAQ on tax audits: dates, hours and fees, with who was billed, but
no session content. So each row is one held (or missed, if billed) session:
its date, minutes, fee, currency and billing name, which is the sponsor's
billing name when a sponsor pays and the client's name otherwise. No notes,
no goals, no places, no excerpts. ``invoice`` is the number of the live (not voided)
invoice the session is billed on (or its whole package is), '' while it is on none.

The fee is the session's own (what it cost when held), and ``fee_basis`` says what
it is: a fee per session, a session's share of a fee agreed for the whole engagement,
``share_of_package`` for a session of a package (its price over the package's sessions:
each session used is one of them), or ``to_confirm`` while the coach has not said what
an older engagement's fee was for. A missed session of a package whose agreement says
missed sessions do not count is not billed, so it is not a row.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from coachdesk import validation
from coachdesk.errors import InvalidInput

if TYPE_CHECKING:
    from coachdesk.vault import Vault

HEADER = ("date", "minutes", "fee", "currency", "billed_to", "status", "fee_basis", "invoice")
BASIS_WORDS = {"per_session": "per_session", "engagement_total": "share_of_engagement_total",
               "package": "share_of_package", None: "to_confirm"}
Row = tuple[str, int, str, str, str, str, str, str]


def rows(vault: Vault, start: str, end: str) -> list[Row]:
    start = validation.iso_date("start", "The first day", start)
    end = validation.iso_date("end", "The last day", end)
    if end < start:
        raise InvalidInput("end", "The last day comes before the first: choose the period "
                                  "again.")
    found = vault.read(
        "SELECT substr(s.starts_at, 1, 10), s.duration_minutes, s.fee_cents, e.currency,"
        " COALESCE(NULLIF(sp.billing_name, ''), sp.organisation, c.name), s.status, e.fee_basis,"
        " COALESCE((SELECT i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
        "  WHERE ((l.record_kind = 'session' AND l.record_id = s.id) OR (l.record_kind ="
        "  'package' AND l.record_id = s.engagement_id)) AND i.voided_on IS NULL"
        "  LIMIT 1), '')"
        " FROM sessions s JOIN engagements e ON e.id = s.engagement_id"
        " JOIN clients c ON c.id = e.client_id"
        " LEFT JOIN sponsors sp ON sp.id = e.sponsor_id"
        " WHERE s.starts_at >= ? AND s.starts_at < ? || 'T99'"
        " AND s.status IN ('held', 'no_show')"
        " AND NOT (s.status = 'no_show' AND e.package_missed_counts IS 0)"
        " ORDER BY s.starts_at",
        (start, end))
    return [(day, minutes, f"{cents // 100}.{cents % 100:02d}", currency, billed, status,
             BASIS_WORDS.get(basis, "to_confirm"), invoice)
            for day, minutes, cents, currency, billed, status, basis, invoice in found]


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
