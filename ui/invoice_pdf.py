"""The invoice as a PDF: calm, plain, and nothing of the coaching in it.

Made the way every CoachDesk PDF is (ui.pdf): plain text inserted as typed, rendered to
memory so the caller records the exact bytes. It prints what the invoice holds as
issued (the coach's details, the payer, each line's date, minutes and amount, the sums)
and never reads a note, a goal, a place or an engagement's title. Sums are written by
ui.money in the coach's locale. The file's title names the invoice, never the client.
"""

from __future__ import annotations

from PySide6.QtGui import QTextOption

from coachdesk.invoices import Invoice
from ui.bidi import isolated
from ui.money import amount
from ui.pdf import _Writer
from ui.words import put_in, tr

# Tab stops across the page's 166 mm body. Qt takes tab positions in 96-dpi pixels and
# scales them with the layout to the PDF's 300 dpi.
_DOTS_PER_MM = 96 / 25.4


def _stops(*millimetres: float) -> list[QTextOption.Tab]:
    """Right-aligned stops (amounts and minutes line up on their last digit)."""
    return [QTextOption.Tab(mm * _DOTS_PER_MM, QTextOption.TabType.RightTab)
            for mm in millimetres]


class _InvoiceWriter(_Writer):
    def row(self, cells: list[str], stops: list[QTextOption.Tab], *, bold: bool = False,
            space_after: float = 3, space_before: float = 0) -> None:
        """One line of columns separated by tabs (each cell plain text)."""
        self.block("\t".join(cells), bold=bold, space_after=space_after,
                   space_before=space_before)
        block = self.cursor.blockFormat()
        block.setTabPositions(stops)
        self.cursor.setBlockFormat(block)


def _lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def invoice_pdf(invoice: Invoice) -> bytes:
    """The invoice's pages: who, to whom, when, each line, the sums, how to pay."""
    out = _InvoiceWriter()
    out.block(tr("Invoice %1").replace("%1", invoice.number), size=18, bold=True,
              space_after=10)
    if invoice.voided_on:
        out.block(put_in(tr("VOID: this invoice was voided on %1 (%2). Nothing is due on it."),
                         invoice.voided_on, invoice.void_reason), bold=True, space_after=10)
    elif invoice.paid_on:
        out.block(tr("Paid on %1. Thank you.").replace("%1", invoice.paid_on), bold=True,
                  space_after=10)
    if invoice.coach_name:
        out.block(isolated(invoice.coach_name), bold=True, space_after=2)
    for text in _lines_of(invoice.coach_details):
        out.block(isolated(text), space_after=2)
    if invoice.coach_tax_number:
        out.block(tr("Tax number: %1").replace("%1", isolated(invoice.coach_tax_number)),
                  space_after=2)
    out.block(tr("Bill to"), size=9, grey=True, space_before=14, space_after=2)
    out.block(isolated(invoice.bill_to_name), bold=True, space_after=2)
    if invoice.bill_to_department:  # a sponsor's billing name under its company's
        out.block(isolated(invoice.bill_to_department), space_after=2)
    if invoice.bill_to_attention:
        out.block(tr("For the attention of %1").replace(
            "%1", isolated(invoice.bill_to_attention)), space_after=2)
    for text in _lines_of(invoice.bill_to_address):
        out.block(isolated(text), space_after=2)
    if invoice.bill_to_email:
        out.block(isolated(invoice.bill_to_email), space_after=2)
    out.block("", space_after=8)
    out.facts([(tr("Invoice number"), invoice.number), (tr("Invoice date"), invoice.issued_on),
               (tr("Due date"), invoice.due_on)])
    columns = _stops(136, 164)
    service = QTextOption.Tab(30 * _DOTS_PER_MM, QTextOption.TabType.LeftTab)
    out.row([tr("Date"), tr("Service"), tr("Time"), tr("Amount")], [service, *columns], bold=True,
            space_before=14, space_after=6)
    for line in invoice.lines:
        minutes = tr("%1 min").replace("%1", str(line.minutes)) if line.minutes else ""
        out.row([line.on_date, line.description, minutes,
                 amount(line.amount_cents, invoice.currency)],
                [service, *columns])
    hours, rest = divmod(invoice.minutes, 60)
    if invoice.minutes:  # (a whole package's invoice bills sessions still to come)
        out.row([tr("Total time"), put_in(tr("%1 h %2 min"), str(hours), f"{rest:02d}"), ""],
                columns, space_before=8)
    out.row([tr("Subtotal"), "", amount(invoice.subtotal_cents, invoice.currency)], columns,
            space_before=0 if invoice.minutes else 8)
    if invoice.tax_label:
        rate = f"{invoice.tax_rate_bp / 100:g}%"
        out.row([f"{invoice.tax_label} {rate}", "",
                 amount(invoice.tax_cents, invoice.currency)], columns)
    out.row([tr("Total due"), "", amount(invoice.total_cents, invoice.currency)], columns,
            bold=True, space_before=4)
    if invoice.state == "unpaid":
        out.block(put_in(tr("Please pay by %1, quoting invoice %2."), invoice.due_on,
                         invoice.number), space_before=18)
    payment = _lines_of(invoice.payment_details)
    if payment:
        out.block(tr("How to pay"), size=9, grey=True, space_before=10, space_after=2)
        for text in payment:
            out.block(isolated(text), space_after=2)
    return out.pdf_bytes(tr("Invoice %1").replace("%1", invoice.number),
                         tr("Invoice %1 · CoachDesk").replace("%1", invoice.number))

