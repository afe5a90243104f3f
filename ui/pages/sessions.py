"""Every session in the practice, newest first, loaded as the list scrolls."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import sessions, tax_export
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from ui import ask
from ui.dialogs.report import date_edit, iso
from ui.exporting import export_recorded, failure_words
from ui.models.records import STATUS_WORDS, IdRole, RecordListModel, Row, when
from ui.pages.page import ClientsByDefault
from ui.widgets import DialogHost, InlineMessage, counted, heading, record_list


class TaxPeriodDialog(QDialog):
    """Which days the tax export covers (a calendar year by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tax export")
        year = date.today().year - 1
        self.setMinimumWidth(440)
        self.start = date_edit(f"{year}-01-01")
        self.end = date_edit(f"{year}-12-31")
        self.message = InlineMessage()
        explain = QLabel("Dates, minutes, fees and who was billed, for held and missed "
                         "sessions. No notes, goals, places or anything said in coaching.")
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&From", self.start)
        form.addRow("&Until", self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export…")
        buttons.accepted.connect(self._chosen)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.saved: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _chosen(self) -> None:
        start, end = iso(self.start), iso(self.end)
        if end < start:
            self.message.show_message("The last day comes before the first.")
            self.end.setFocus()
            return
        self.saved = (start, end)
        self.accept()


class SessionsPage(ClientsByDefault, DialogHost, QWidget):
    open_client = Signal(int)
    shows = Change.SESSIONS | Change.CLIENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self._clients: dict[int, int] = {}
        self.model = RecordListModel(self._booked, self._describe, self)
        self.view = record_list(self.model)
        self.view.setAccessibleName("Sessions")
        self.view.activated.connect(self._open)
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(heading("Sessions"))
        top.addStretch(1)
        top.addWidget(self.count)
        self.tax_button = QPushButton("&Tax export (CSV)…")
        self.tax_button.clicked.connect(self.tax_export)
        top.addWidget(self.tax_button)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def attach(self, vault) -> None:
        """Keep the vault; the window refreshes this page when its sessions changed."""
        self._vault = vault

    def refresh(self) -> None:
        if self._vault is None:
            return
        ids = sessions.all_ids(self._vault)
        self._clients.clear()
        self.model.update_ids(ids)
        self.count.setText(counted(len(ids), "session"))

    def clear(self) -> None:
        self.drop_dialog()
        self._vault = None
        self._clients.clear()
        self.model.clear()
        self.count.setText("")

    def tax_export(self) -> None:
        """A CSV for the accountant or a tax audit: time and money only (recorded)."""
        if self._vault is not None:
            self.show_dialog(TaxPeriodDialog(self.window()), self._tax_period_chosen)

    def _tax_period_chosen(self, period: tuple[str, str]) -> None:
        vault = self._vault
        if vault is None:
            return
        start, end = period
        path = ask.save_path(self, "Save the tax export", f"coaching-{start[:4]}.csv",
                             "CSV files (*.csv)")
        if not path or self._vault is not vault:
            return
        try:
            found = tax_export.rows(vault, start, end)
            export_recorded(vault, path, tax_export.csv_of(found), "tax_csv", "practice", 0)
        except (OSError, CoachDeskError) as exc:
            self.message.show_message(failure_words(exc, path))
            return
        held = (f"{len(found)} session{'s' if len(found) != 1 else ''}" if found else
                "no held or missed sessions in that period (only the column names)")
        self.message.show_message(f"Saved to {path}: {held}. This export is recorded.",
                                  done=True)

    def _open(self, index) -> None:
        client_id = self._clients.get(index.data(IdRole))
        if client_id is not None:
            self.open_client.emit(client_id)

    def _booked(self, ids):
        found = sessions.booked(self._vault, ids)
        self._clients.update({i: b.client_id for i, b in found.items()})
        return found

    @staticmethod
    def _describe(booked) -> Row:
        s = booked.session
        place = f" · {s.place}" if s.place else ""
        return Row(booked.client_name, f"{when(s.starts_at)} · {s.duration_minutes} min{place}",
                   STATUS_WORDS.get(s.status, s.status))
