"""A new invoice: which engagement, whom it goes to, which sessions, the dates and the tax.

The lines show as they will print (date, minutes, amount, in the coach's locale) and the
sums follow every tick. Its number is given only when it is issued, and is never reused.
An invoice to the sponsor is offered only as far as the agreement lets the sponsor know
what it tells (``invoices.why_not_to_sponsor``), and the reason is shown where it is not.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from coachdesk import clients, engagements, invoices, settings, sponsors
from coachdesk.sync import issuer
from ui.dialogs.base import SavingDialog
from ui.models.records import STATUS_WORDS, badge_words
from ui.money import amount
from ui.widgets import date_edit, iso, line_edit
from ui.words import day, say, say_error


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or None, n)


def _note(text: str = "") -> QLabel:
    """A quiet note under the payer, wrapped. Its height is the one its words need at the
    width it gets (the size policy ignores the label's own hint, for which the form kept
    twice the lines a note needs, a gap under each)."""
    note = QLabel(text)
    note.setObjectName("muted")
    note.setWordWrap(True)
    policy = note.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    policy.setHeightForWidth(True)
    note.setSizePolicy(policy)
    return note


class InvoiceDialog(SavingDialog):
    """Issue an invoice for one of the client's engagements; "saving" issues it."""

    def __init__(self, vault, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("New invoice"), parent, what=tr("this invoice"),
                         save_text=tr("Issue invoice"))
        self._vault = vault
        self.setMinimumWidth(600)
        self._engagements = [e for e in engagements.for_client(vault, client_id)
                             if invoices.billable(vault, e.id)
                             or invoices.package_billable(vault, e.id)]
        self.engagement = QComboBox()
        for e in self._engagements:
            self.engagement.addItem(f"{e.title or tr('Engagement')} · " + tr(
                "from %1").replace("%1", day(e.starts_on)), e.id)
        self.bill_to = QComboBox()
        self.attention = QComboBox()
        self.why_not = _note()
        self.why_not.hide()
        self._client_id = client_id
        # Why the client is billed where the engagement has a sponsor (the default: the
        # sponsor, when the active agreement lets it receive what the invoice tells).
        self.payer_note = _note()
        self.payer_note.hide()
        self._why_client = ""
        # The invoice prints the coach's address and contact from Settings → Invoices.
        self.no_details = _note(tr(
            "Your address and contact are not in Settings → Invoices yet: the invoice will "
            "carry only your name. Add them there first if it should carry them."))
        self.no_details.setVisible(not settings.get(vault, "coach_details").strip())
        # Another computer of the practice issues invoices: said before anything is typed,
        # and Issue stays off (the issuing transaction would refuse it anyway).
        self.not_here = _note("" if issuer.may_issue(vault) else
                              say_error(issuer.NotTheIssuer()))
        self.not_here.setVisible(bool(self.not_here.text()))
        self.save_button.setToolTip(self.not_here.text())
        self.no_address = _note()  # an invoice prints the payer's postal address
        self.no_address.hide()
        # A package is billed whole, up front, as coaches sell them (or session by session).
        self.whole_package = QCheckBox()
        self.whole_package.hide()
        self.sessions = QListWidget()
        self.sessions.setMinimumHeight(150)
        self.issued_on = date_edit()
        # Dated today or earlier: a later date would hold back the year's next invoices.
        self.issued_on.setMaximumDate(self.issued_on.date())
        days = int(settings.get(vault, "invoice_days_to_pay") or 0)
        self.due_on = date_edit((date.today() + timedelta(days=days)).isoformat())
        dates = QHBoxLayout()
        dates.addWidget(self.issued_on)
        due_label = QLabel(tr("&Due"))
        due_label.setBuddy(self.due_on)
        dates.addWidget(due_label)
        dates.addWidget(self.due_on)
        dates.addStretch(1)
        self.tax_label = line_edit(tr("e.g. VAT or Sales tax"))
        self.tax_label.setText(settings.get(vault, "invoice_tax_label"))
        self.tax_label.setMaximumWidth(200)
        self.tax_rate = QDoubleSpinBox()
        self.tax_rate.setRange(0, 100)
        self.tax_rate.setDecimals(2)
        self.tax_rate.setSuffix(" %")
        self.tax_rate.setSpecialValueText(tr("No tax line"))
        self.tax_rate.setAccessibleName(tr("Tax rate"))
        self.tax_rate.setValue(int(settings.get(vault, "invoice_tax_rate_bp") or 0) / 100)
        tax = QHBoxLayout()
        tax.addWidget(self.tax_label)
        tax.addWidget(self.tax_rate)
        tax.addStretch(1)
        self.sums = QLabel()
        self.sums.setTextFormat(Qt.TextFormat.PlainText)
        self.sums.setWordWrap(True)
        explain = tr("Dates, minutes and sums only: no notes, goals or places. The number "
                     "is given when you issue the invoice; it is never changed or reused "
                     "(a mistake is voided, and stays on the list as voided).")
        if not self._engagements:
            explain = tr("Every held or missed session of this client is already on an "
                         "invoice (a package billed whole bills its sessions). Sessions "
                         "appear here once they are held.")
        layout = self.column([
            (tr("&Engagement"), self.engagement),
            (tr("&Bill to"), self.bill_to),
            (tr("For the &attention of"), self.attention),
            ("", self.why_not),
            ("", self.payer_note),
            ("", self.no_address),
            ("", self.no_details),
            ("", self.not_here),
            ("", self.whole_package),
            (tr("&Sessions"), self.sessions),
            (tr("&Invoice date"), dates),
            (tr("&Tax"), tax),
            (tr("In all"), self.sums),
        ], above=explain)
        self.engagement.currentIndexChanged.connect(lambda _i: self._engagement_chosen())
        self.bill_to.currentIndexChanged.connect(lambda _i: self._payer_chosen())
        self.sessions.itemChanged.connect(lambda _item: self._payer_chosen())
        self.whole_package.toggled.connect(self._whole_package_chosen)
        self.tax_rate.valueChanged.connect(lambda _v: self._show_sums())
        self.tax_label.textChanged.connect(lambda _t: self._show_sums())
        self._engagement_chosen()
        self.finish(layout, self.sessions)

    def showEvent(self, event) -> None:
        """Tall enough for its wrapped notes at its real width (adjustSize before the first
        show measured them narrower, and the sessions list then overlapped the dates)."""
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # narrower, the notes wrap on more lines

    def _fit(self, shrink: bool = False) -> None:
        """Never shorter than the notes showing need at the dialog's width. Wrapped words
        need a height for the width, which no window's minimum size holds: with two notes
        shown, adjustSize left the dialog too short and the form drew the sessions list
        over the dates. ``shrink``: no room kept for a note just hidden."""
        layout = self.layout()
        if layout is None or not self.isVisible() or not layout.hasHeightForWidth():
            return  # before the first show its width is not known yet: showEvent fits it
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        if need <= 0:
            return
        if self.minimumHeight() != need:
            self.setMinimumHeight(need)
        if self.height() < need or (shrink and self.height() > need):
            self.resize(self.width(), need)

    # -- what is on screen ----------------------------------------------------------------
    def _chosen_engagement(self):
        index = self.engagement.currentIndex()
        return self._engagements[index] if 0 <= index < len(self._engagements) else None

    def _engagement_chosen(self) -> None:
        engagement = self._chosen_engagement()
        self.sessions.blockSignals(True)
        self.sessions.clear()
        self.bill_to.blockSignals(True)
        self.bill_to.clear()
        if engagement is not None:
            for kind, name in invoices.payer_choices(self._vault, engagement.id):
                self.bill_to.addItem(name if kind == "client" else
                                     tr("%1 (the sponsor)").replace("%1", name), kind)
            for s in invoices.billable(self._vault, engagement.id):
                words = badge_words(STATUS_WORDS.get(s.status, s.status))
                item = QListWidgetItem(f"{day(s.starts_at)} · " + tr("%1 min").replace(
                    "%1", str(s.minutes)) + f" · {amount(s.fee_cents, engagement.currency)} · "
                    f"{words}")
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = s.status == "held" and s.fee_cents > 0
                item.setCheckState(Qt.CheckState.Checked if ticked else
                                   Qt.CheckState.Unchecked)
                self.sessions.addItem(item)
        self.bill_to.blockSignals(False)
        self.sessions.blockSignals(False)
        whole = engagement is not None and invoices.package_billable(self._vault, engagement.id)
        if whole:
            assert engagement is not None
            self.whole_package.setText(tr(
                "Bill the whole package now: %n sessions for %1", "", engagement.planned_sessions
                or 0).replace("%1", amount(engagement.fee_cents, engagement.currency)))
        self.whole_package.blockSignals(True)
        self.whole_package.setChecked(whole and self.sessions.count() == 0)
        self.whole_package.blockSignals(False)
        self.whole_package.setVisible(whole)
        self.sessions.setEnabled(not self.whole_package.isChecked())
        self._why_client = ""
        if engagement is not None:
            kind, why = invoices.default_payer(
                self._vault, engagement.id, self.session_ids(),
                whole_package=self.whole_package.isChecked())
            self._why_client = say(why) if why else ""
            self.bill_to.blockSignals(True)
            self.bill_to.setCurrentIndex(max(0, self.bill_to.findData(kind)))
            self.bill_to.blockSignals(False)
        self._payer_chosen()

    def _whole_package_chosen(self, whole: bool) -> None:
        self.sessions.setEnabled(not whole)
        self._payer_chosen()

    def _payer_chosen(self) -> None:
        """The sponsor's contacts when the sponsor is billed, and whether it may be."""
        engagement = self._chosen_engagement()
        to_sponsor = self.bill_to.currentData() == "sponsor"
        chosen = self.attention.currentData()
        self.attention.blockSignals(True)
        self.attention.clear()
        self.attention.addItem(tr("Nobody in particular"), None)
        if to_sponsor and engagement is not None and engagement.sponsor_id:
            for contact in sponsors.get(self._vault, engagement.sponsor_id).contacts:
                self.attention.addItem(" · ".join(p for p in (contact.name, contact.role)
                                                  if p), contact.id)
            self.attention.setCurrentIndex(max(self.attention.findData(chosen), 0))
        self.attention.setEnabled(to_sponsor)
        self.attention.blockSignals(False)
        why = invoices.why_not_to_sponsor(
            self._vault, engagement.id, self.session_ids(),
            whole_package=self.whole_package.isChecked()) \
            if to_sponsor and engagement is not None else None
        self.why_not.setText(say(why) if why else "")
        if self.why_not.isHidden() == bool(why):
            self.why_not.setVisible(bool(why))
            self._fit(shrink=True)  # room for the reason, or none kept for it
        note = tr("Billed to the client, not the sponsor. %1").replace("%1", self._why_client) \
            if self._why_client and not to_sponsor else ""
        self.payer_note.setText(note)
        if self.payer_note.isHidden() == bool(note):
            self.payer_note.setVisible(bool(note))
            self._fit(shrink=True)
        self._say_address(engagement, to_sponsor)
        self.allow_save(bool(self._engagements) and not why and not self.not_here.text())
        self._show_sums()

    def _say_address(self, engagement, to_sponsor: bool) -> None:
        """A quiet word when the payer has no postal address: the invoice would go
        without one (the client's details, or the sponsor's, can be completed first)."""
        if engagement is None:
            missing = ""
        elif to_sponsor and engagement.sponsor_id:
            missing = "" if sponsors.get(self._vault, engagement.sponsor_id).address.strip() \
                else tr("The sponsor has no postal address yet: the invoice will go without "
                        "one. Add it on the sponsor's page first if it should carry one.")
        else:
            missing = "" if clients.get(self._vault, self._client_id).address.strip() \
                else tr("No postal address for this client yet: the invoice will go without "
                        "one. Add it with Edit details on the client's page first if it "
                        "should carry one.")
        self.no_address.setText(missing)
        if self.no_address.isHidden() == bool(missing):
            self.no_address.setVisible(bool(missing))
            self._fit(shrink=True)

    def session_ids(self) -> tuple[int, ...]:
        if self.whole_package.isChecked():
            return ()
        return tuple(self.sessions.item(row).data(Qt.ItemDataRole.UserRole)
                     for row in range(self.sessions.count())
                     if self.sessions.item(row).checkState() == Qt.CheckState.Checked)

    def _rate_bp(self) -> int:
        return round(self.tax_rate.value() * 100)

    def _show_sums(self) -> None:
        engagement = self._chosen_engagement()
        if engagement is None:
            self.sums.setText("")
            return
        chosen = set(self.session_ids())
        whole = self.whole_package.isChecked()
        subtotal = engagement.fee_cents if whole else sum(
            s.fee_cents for s in invoices.billable(self._vault, engagement.id)
            if s.id in chosen)
        tax = invoices.tax_on(subtotal, self._rate_bp())
        money = lambda cents: amount(cents, engagement.currency)  # noqa: E731
        parts = [tr("The whole package") if whole else tr("Sessions: %n", "", len(chosen)),
                 tr("subtotal %1").replace("%1", money(subtotal))]
        if self._rate_bp():
            parts.append(f"{self.tax_label.text().strip() or tr('tax')} "
                         f"{self.tax_rate.value():g}%: {money(tax)}")
        parts.append(tr("total %1").replace("%1", money(subtotal + tax)))
        self.sums.setText(" · ".join(parts))

    def snapshot(self):
        return (self.engagement.currentIndex(), self.bill_to.currentIndex(),
                self.attention.currentIndex(), self.session_ids(),
                self.whole_package.isChecked(), iso(self.issued_on),
                iso(self.due_on), self.tax_label.text(), self._rate_bp())

    def field(self, name: str):
        return {"bill_to": self.bill_to, "attention": self.attention,
                "sessions": self.sessions, "issued_on": self.issued_on,
                "due_on": self.due_on, "tax_label": self.tax_label,
                "tax_rate": self.tax_rate}.get(name)

    def store(self) -> invoices.Invoice:
        engagement = self._chosen_engagement()
        assert engagement is not None  # Issue waits for an engagement to bill
        return invoices.issue(self._vault, invoices.InvoiceDraft(
            engagement.id, self.session_ids(), iso(self.issued_on),
            bill_to=self.bill_to.currentData() or "client",
            attention_contact_id=self.attention.currentData(), due_on=iso(self.due_on),
            tax_label=self.tax_label.text(), tax_rate_bp=self._rate_bp(),
            whole_package=self.whole_package.isChecked()))


class PaidDialog(SavingDialog):
    """The day an invoice was paid (today by default)."""

    def __init__(self, vault, invoice: invoices.Invoice, parent: QWidget | None = None) -> None:
        super().__init__(tr("Mark paid"), parent, save_text=tr("Mark paid"))
        self._vault = vault
        self._invoice = invoice
        self.paid_on = date_edit()
        layout = self.column([(tr("&Paid on"), self.paid_on)], above=tr(
            "Invoice %1, %2, due %3.").replace("%1", invoice.number).replace(
            "%2", amount(invoice.total_cents, invoice.currency)).replace("%3", day(invoice.due_on)))
        self.finish(layout, self.paid_on)

    def snapshot(self) -> str:
        return iso(self.paid_on)

    def has_changes(self) -> bool:
        return False  # one date: Esc need not ask

    def store(self) -> invoices.Invoice:
        return invoices.mark_paid(self._vault, self._invoice.id, iso(self.paid_on))


class VoidDialog(SavingDialog):
    """Voiding an invoice: the reason, and what voiding means, before it is done."""

    def __init__(self, vault, invoice: invoices.Invoice, parent: QWidget | None = None) -> None:
        super().__init__(tr("Void invoice"), parent, what=tr("the reason"),
                         save_text=tr("Void invoice"))
        self._vault = vault
        self._invoice = invoice
        self.void_reason = line_edit(tr("e.g. Wrong address; issued again as the next number"))
        layout = self.column([(tr("&Reason"), self.void_reason)], above=tr(
            "Invoice %1 stays on the list under its number, marked voided, and nothing is "
            "due on it. This cannot be undone. Its sessions can go on a new invoice, which "
            "takes the next number.").replace("%1", invoice.number))
        self.finish(layout, self.void_reason)

    def snapshot(self) -> str:
        return self.void_reason.text()

    def store(self) -> invoices.Invoice:
        return invoices.void(self._vault, self._invoice.id, self.void_reason.text(),
                             date.today().isoformat())
