"""The credential log as a printable PDF: the same lines as the CSV (names only where the
client agreed), the totals and where they stand against the credential chosen.
Plain text blocks through ui.pdf's writer, so nothing typed is interpreted."""

from __future__ import annotations

from coachdesk.credentials import LogEntry, Progress, hours_text
from ui.bidi import isolated
from ui.pdf import _Writer
from ui.words import put_in, tr


def credential_log_pdf(found: list[LogEntry], progress: Progress, coach_name: str,
                       printed_on: str) -> bytes:
    t = progress.threshold
    out = _Writer()
    out.block(tr("Client coaching log"), size=18, bold=True, space_after=4)
    out.block(put_in(tr("Toward the ICF %1 credential · printed %2"), t.level, printed_on),
              grey=True, space_after=10)
    if coach_name:
        out.facts([(tr("Coach"), coach_name)])
    of = tr("%1 of %2")
    out.facts([
        (tr("Hours in total"), put_in(of, hours_text(progress.total_minutes), str(t.hours))),
        (tr("Paid hours"), put_in(of, hours_text(progress.paid_minutes), str(t.paid_hours))),
        (tr("Pro bono hours"), hours_text(progress.pro_bono_minutes)),
        (tr("Clients"), put_in(of, str(progress.clients), str(t.clients))),
        (tr("Hours since %1 (18 months)").replace("%1", progress.recent_from),
         put_in(of, hours_text(progress.recent_minutes), str(t.recent_hours)))])
    out.block(tr("Clients"), size=13, bold=True, space_before=14, space_after=4)
    if not found:
        out.block(tr("No held sessions yet."))
    for entry in found:
        kind = (tr("Group of %1").replace("%1", str(entry.group_size)) if entry.group_size
                else tr("Individual"))
        out.block(isolated(entry.name), bold=True, space_before=6, space_after=1)
        contact = f" · {isolated(entry.contact)}" if entry.contact else ""
        out.block(kind + contact + " · " + put_in(
            tr("%1 to %2 · paid %3 h · pro bono %4 h"), entry.start, entry.end,
            hours_text(entry.paid_minutes), hours_text(entry.pro_bono_minutes)), size=9,
            space_after=2)
    out.block(tr("Clients who did not agree to be named are listed as confidential clients, "
              "with their sponsor's contact where there is one. Hours are held sessions "
              "only; no session content is in this log."), size=8.5, grey=True,
              space_before=14)
    return out.pdf_bytes(tr("Client coaching log"),
                         tr("Client coaching log · %1").replace("%1", printed_on))
