"""The credential log as a printable PDF: the same lines as the CSV (names only where the
client agreed), the totals and where they stand against the credential chosen.
Plain text blocks through ui.pdf's writer, so nothing typed is interpreted. Dates and
hours are written as the coach's locale writes them ("409,50" in German), as on the
page; the CSV keeps ICF's own form."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from coachdesk.credentials import LogEntry, Progress
from ui.bidi import isolated
from ui.pdf import _Writer
from ui.words import day, put_in, tr


def hours_text(minutes: int) -> str:
    """Hours with two decimals in the coach's locale (90 minutes: "1.50", "1,50")."""
    return QLocale().toString(minutes / 60, "f", 2)


def _whole(count: int) -> str:
    """A whole number with the locale's grouping ("1.000" hours in German)."""
    return QLocale().toString(count)


def credential_log_pdf(found: list[LogEntry], progress: Progress, coach_name: str,
                       printed_on: str) -> bytes:
    """``printed_on`` is an ISO date; the PDF writes it in the coach's locale."""
    t = progress.threshold
    printed_on = day(printed_on)
    out = _Writer()
    out.block(tr("Client coaching log"), size=18, bold=True, space_after=4)
    out.block(put_in(tr("Toward the ICF %1 credential · printed %2"), t.level, printed_on),
              grey=True, space_after=10)
    if coach_name:
        out.facts([(tr("Coach"), coach_name)])
    of = tr("%1 of %2")
    out.facts([
        (tr("Hours in total"), put_in(of, hours_text(progress.total_minutes), _whole(t.hours))),
        (tr("Paid hours"), put_in(of, hours_text(progress.paid_minutes), _whole(t.paid_hours))),
        (tr("Pro bono hours"), hours_text(progress.pro_bono_minutes)),
        (tr("Clients"), put_in(of, _whole(progress.clients), _whole(t.clients))),
        (tr("Hours since %1 (18 months)").replace("%1", day(progress.recent_from)),
         put_in(of, hours_text(progress.recent_minutes), _whole(t.recent_hours)))])
    out.block(tr("Clients"), size=13, bold=True, space_before=14, space_after=4)
    if not found:
        out.block(tr("No held sessions yet."))
    for entry in found:
        kind = (tr("Group of %1").replace("%1", _whole(entry.group_size)) if entry.group_size
                else tr("Individual"))
        out.block(isolated(entry.name), bold=True, space_before=6, space_after=1)
        contact = f" · {isolated(entry.contact)}" if entry.contact else ""
        out.block(kind + contact + " · " + put_in(
            tr("%1 to %2 · paid %3 h · pro bono %4 h"), day(entry.start), day(entry.end),
            hours_text(entry.paid_minutes), hours_text(entry.pro_bono_minutes)), size=9,
            space_after=2)
    out.block(tr("Clients who did not agree to be named are listed as confidential clients, "
              "with their sponsor's contact where there is one. Hours are held sessions "
              "only; no session content is in this log."), size=8.5, grey=True,
              space_before=14)
    return out.pdf_bytes(tr("Client coaching log"),
                         tr("Client coaching log · %1").replace("%1", printed_on))
