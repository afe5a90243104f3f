"""Settings for what leaves the practice on paper and in calendars: the coach's details
for invoices (address, tax number, tax line, days to pay, how to pay) and what calendar
events may say. Each is saved as the coach leaves the field, like every other setting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coachdesk import settings
from ui.dialogs.calendar_export import CalendarChoicesBox
from ui.widgets import line_edit, section_heading


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class _LeavingEdit(QPlainTextEdit):
    """A few lines of text, saved when the coach leaves the field."""

    def __init__(self, placeholder: str, left: Callable[[], None]) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._left = left

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._left()


class PracticeSettings(QObject):
    """The Invoices and Calendar file sections of the Settings page."""

    def __init__(self, put: Callable[[str, str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._put = put  # the page's: saves, or says why not under the form
        self._vault = None
        self.details = _LeavingEdit(tr("Your address and contact, as invoices show them"),
                                    lambda: self._put("coach_details",
                                                      self.details.toPlainText()))
        self.tax_number = line_edit(tr("VAT, GST or tax number"))
        self.tax_label = line_edit(tr("e.g. VAT"))
        self.tax_label.setMaximumWidth(160)
        self.tax_rate = QDoubleSpinBox()
        self.tax_rate.setRange(0, 100)
        self.tax_rate.setDecimals(2)
        self.tax_rate.setSuffix(" %")
        self.tax_rate.setSpecialValueText(tr("No tax line"))
        self.tax_rate.setAccessibleName(tr("Tax rate"))
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSuffix(tr(" days"))
        self.payment = _LeavingEdit(tr("Bank account, or how clients pay you"),
                                    lambda: self._put("invoice_payment_details",
                                                      self.payment.toPlainText()))
        self.calendar = CalendarChoicesBox()
        self.tax_number.editingFinished.connect(
            lambda: self._put("coach_tax_number", self.tax_number.text()))
        self.tax_label.editingFinished.connect(
            lambda: self._put("invoice_tax_label", self.tax_label.text()))
        self.tax_rate.valueChanged.connect(
            lambda v: self._put("invoice_tax_rate_bp", str(round(v * 100))))
        self.days.valueChanged.connect(lambda v: self._put("invoice_days_to_pay", str(v)))
        self.calendar.group.buttonToggled.connect(lambda *_: self._keep_calendar())
        self.calendar.place.toggled.connect(lambda _on: self._keep_calendar())

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(section_heading(tr("Invoices")))
        form.addRow(tr("Your &details"), self.details)
        form.addRow(tr("Ta&x number"), self.tax_number)
        tax = QHBoxLayout()
        tax.addWidget(self.tax_label)
        tax.addWidget(self.tax_rate)
        tax.addStretch(1)
        label = QLabel(tr("Tax &line"))
        label.setBuddy(self.tax_label)
        form.addRow(label, tax)
        form.addRow(tr("Days to &pay"), self.days)
        form.addRow(tr("How to pa&y"), self.payment)
        note = QLabel(tr("Copied onto each invoice as it is issued: a change here never "
                         "alters an invoice already issued."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow(section_heading(tr("Calendar file")))
        form.addRow(tr("Events say"), self.calendar)

    def refresh(self, vault) -> None:
        """Fill the fields (nothing is saved meanwhile)."""
        self._vault = None
        self.details.setPlainText(settings.get(vault, "coach_details"))
        self.tax_number.setText(settings.get(vault, "coach_tax_number"))
        self.tax_label.setText(settings.get(vault, "invoice_tax_label"))
        self.tax_rate.setValue(int(settings.get(vault, "invoice_tax_rate_bp") or 0) / 100)
        self.days.setValue(int(settings.get(vault, "invoice_days_to_pay") or 0))
        self.payment.setPlainText(settings.get(vault, "invoice_payment_details"))
        self.calendar.read(vault)
        self._vault = vault

    def clear(self) -> None:
        self._vault = None
        for edit in (self.details, self.payment):
            edit.setPlainText("")
        for line in (self.tax_number, self.tax_label):
            line.setText("")

    def _keep_calendar(self) -> None:
        if self._vault is not None:
            self._put("calendar_shows", self.calendar.shows())
            self._put("calendar_place", "1" if self.calendar.place.isChecked() else "0")
