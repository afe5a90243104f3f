"""The client page's Invoices tab: each invoice's number, sum and state, and its buttons.

New invoice, Save PDF (recorded as an export), Mark paid (or unpaid again) and Void.
The tab is one of the client page's; the page reads it again with the rest whenever an
invoice or a session changes anywhere (``invoices.TOUCHES``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from coachdesk import invoices
from coachdesk.sync.set_aside import SetAside
from ui import ask, notice
from ui.dialogs.invoice import InvoiceDialog, PaidDialog, VoidDialog
from ui.exporting import save_recorded
from ui.models.records import IdRole, RecordListModel, Row
from ui.money import amount
from ui.widgets import record_list, select_record
from ui.words import day

STATE_WORDS = {"paid": "Paid", "unpaid": "Unpaid", "voided": "Voided", "overdue": "Overdue"}


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or None, n)


def describe(invoice: invoices.Invoice) -> Row:
    """"2026-0003 · EUR 428.40 · Northwind Finance BV", then its dates; the state a pill."""
    today = date.today().isoformat()
    state = "overdue" if invoice.overdue(today) else invoice.state
    def on(stored: str | None) -> str:
        return day(stored) if stored else ""

    when = {"paid": tr("paid %1").replace("%1", on(invoice.paid_on)),
            "voided": tr("voided %1").replace("%1", on(invoice.voided_on))}.get(
        invoice.state, tr("due %1").replace("%1", day(invoice.due_on)))
    detail = tr("Issued %1 · %2").replace("%1", day(invoice.issued_on)).replace("%2", when)
    if invoice.payment_set_aside is not None:
        detail = f"{detail} · {set_aside_words(invoice.payment_set_aside)}"
    return Row(f"{invoice.number} · {amount(invoice.total_cents, invoice.currency)} · "
               f"{invoice.bill_to_name}", detail, STATE_WORDS[state])


def set_aside_words(aside: SetAside) -> str:
    """Money came in against a voided invoice (marked paid on one computer while another
    voided it): what the coach does about it, in plain words, beside the invoice."""
    if aside.here:
        return tr("a payment recorded %1 on this computer was set aside: refund it or put "
                  "it on a new invoice").replace("%1", day(aside.paid_on))
    return tr("a payment recorded %1 on computer %2 was set aside: refund it or put it on "
              "a new invoice").replace("%1", day(aside.paid_on)).replace(
        "%2", aside.label or "A")


class InvoicesTab(QObject):
    """The list and its buttons; the client page places them (tab and button row)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        # The client page (ui.pages.client, which imports this module): its vault, its
        # client, its tabs and its dialog host.
        self.page: Any = page
        self.model = RecordListModel(self._fetch, describe, self)
        # Two more lines for a payment set aside (the detail says what to do about it).
        self.view = record_list(self.model, detail_lines=3)
        self.new_button = QPushButton(tr("New &invoice…"))
        self.pdf_button = QPushButton(tr("Save P&DF…"))
        self.paid_button = QPushButton(tr("Mark pai&d…"))
        self.void_button = QPushButton(tr("&Void…"))
        self.buttons = [self.void_button, self.paid_button, self.pdf_button,
                        self.new_button]
        self.new_button.clicked.connect(self.new_invoice)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.paid_button.clicked.connect(self.paid_or_not)
        self.void_button.clicked.connect(self.void)
        self.view.activated.connect(lambda _index: self.save_pdf())

    @property
    def _vault(self):
        return self.page._vault

    def read(self, vault, client_id: int) -> None:
        self.model.update_ids(invoices.ids_for_client(vault, client_id))
        self.update_buttons()

    def clear(self) -> None:
        self.model.clear()

    def say_when_empty(self, empty) -> None:
        empty.set_words(tr("No invoices yet.\nAn invoice bills held sessions: their dates, minutes "
                     "and fees, never what was said. Numbers run on without a gap each "
                     "year."), tr("New invoice…"), self.new_invoice)

    def chosen(self) -> invoices.Invoice | None:
        invoice_id = self.view.currentIndex().data(IdRole)
        if invoice_id is None or self._vault is None:
            return None
        return invoices.get(self._vault, invoice_id)

    def update_buttons(self) -> None:
        invoice = self.chosen()
        self.new_button.setEnabled(self.page.client is not None)
        self.pdf_button.setEnabled(invoice is not None)
        live = invoice is not None and invoice.state != "voided"
        self.paid_button.setEnabled(live)
        self.paid_button.setText(tr("Mark un&paid") if invoice and invoice.state == "paid"
                                 else tr("Mark pai&d…"))
        self.void_button.setEnabled(invoice is not None and invoice.state == "unpaid")

    # -- the buttons --------------------------------------------------------------------
    def new_invoice(self) -> None:
        if self._vault is None or self.page.client is None:
            return
        self.page.show_dialog(InvoiceDialog(self._vault, self.page.client.id,
                                            self.page.window()), self._issued)

    def _issued(self, invoice: invoices.Invoice) -> None:
        self.page.tabs.setCurrentWidget(self.view)
        select_record(self.view, invoice.id)
        # The new invoice's row takes the keys (Enter saves its PDF), never "Void…", which
        # the focus chain reached once the dialog closed (issue 15's trial). After the
        # dialog hands focus back, so that hand-back does not undo it.
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self.view,
                          lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        notice.saved(self.page, tr("Invoice %1 issued. Save its PDF to send it.").replace(
            "%1", invoice.number))

    def save_pdf(self) -> None:
        invoice, vault = self.chosen(), self._vault
        if invoice is None or vault is None:
            return
        from ui.invoice_pdf import invoice_pdf

        save_recorded(self.page, vault, title=tr("Save the invoice"),
                      suggested=f"invoice-{invoice.number}.pdf",
                      render=lambda: invoice_pdf(invoices.get(vault, invoice.id)),
                      kind="invoice_pdf", record_kind="invoice", record_id=invoice.id,
                      saved=lambda target: notice.saved(self.page, tr(
                          "Invoice %1 saved to %2. This export is recorded.").replace(
                          "%1", invoice.number).replace("%2", str(target))))

    def paid_or_not(self) -> None:
        invoice, vault = self.chosen(), self._vault
        if invoice is None or vault is None:
            return
        if invoice.state == "paid":
            if ask.confirm(self.page, tr("Mark unpaid"), tr(
                    "Mark invoice %1 unpaid again? Its payment on %2 is forgotten.").replace(
                    "%1", invoice.number).replace("%2", invoice.paid_on or ""),
                    tr("Mark unpaid")):
                invoices.mark_paid(vault, invoice.id, None)
            return
        self.page.show_dialog(PaidDialog(vault, invoice, self.page.window()),
                              lambda paid: notice.saved(self.page, tr(
                                  "Invoice %1 marked paid.").replace("%1", paid.number)))

    def void(self) -> None:
        invoice, vault = self.chosen(), self._vault
        if invoice is None or vault is None:
            return
        self.page.show_dialog(VoidDialog(vault, invoice, self.page.window()),
                              lambda done: notice.saved(self.page, tr(
                                  "Invoice %1 voided.").replace("%1", done.number)))

    def _fetch(self, ids):
        return invoices.get_many(self._vault, ids)
