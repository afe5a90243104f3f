"""The credential log as a printable PDF: the same lines as the CSV (names only where the
client agreed), the totals and where they stand against the credential chosen.
Plain text blocks through ui.pdf's writer, so nothing typed is interpreted."""

from __future__ import annotations

from coachdesk.credentials import LogEntry, Progress, hours_text
from ui.bidi import isolated
from ui.pdf import _Writer
from ui.words import tr


def credential_log_pdf(found: list[LogEntry], progress: Progress, coach_name: str,
                       printed_on: str) -> bytes:
    t = progress.threshold
    out = _Writer()
    out.block(tr("Client coaching log"), size=18, bold=True, space_after=4)
    out.block(f"Toward the ICF {t.level} credential · printed {printed_on}", grey=True,
              space_after=10)
    if coach_name:
        out.facts([(tr("Coach"), coach_name)])
    out.facts([
        (tr("Hours in total"), f"{hours_text(progress.total_minutes)} of {t.hours}"),
        (tr("Paid hours"), f"{hours_text(progress.paid_minutes)} of {t.paid_hours}"),
        (tr("Pro bono hours"), hours_text(progress.pro_bono_minutes)),
        (tr("Clients"), f"{progress.clients} of {t.clients}"),
        (f"Hours since {progress.recent_from} (18 months)",
         f"{hours_text(progress.recent_minutes)} of {t.recent_hours}")])
    out.block(tr("Clients"), size=13, bold=True, space_before=14, space_after=4)
    if not found:
        out.block(tr("No held sessions yet."))
    for entry in found:
        kind = f"Group of {entry.group_size}" if entry.group_size else tr("Individual")
        out.block(isolated(entry.name), bold=True, space_before=6, space_after=1)
        contact = f" · {isolated(entry.contact)}" if entry.contact else ""
        out.block(f"{kind}{contact} · {entry.start} to {entry.end} · paid "
                  f"{hours_text(entry.paid_minutes)} h · pro bono "
                  f"{hours_text(entry.pro_bono_minutes)} h", size=9, space_after=2)
    out.block(tr("Clients who did not agree to be named are listed as confidential clients, "
              "with their sponsor's contact where there is one. Hours are held sessions "
              "only; no session content is in this log."), size=8.5, grey=True,
              space_before=14)
    return out.pdf_bytes(tr("Client coaching log"), f"Client coaching log · {printed_on}")
