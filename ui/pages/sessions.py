"""Every session in the practice, newest first, loaded as the list scrolls.

Both the rows and the ids are read a page at a time (``sessions.NewestFirst``): the first
screen costs one page of ids whatever the practice's size, not all of them.

The page opens on today, not on the furthest session planned: this week's last session
at the top of the list, today's (else the latest before it) chosen, so the week is in
view with what came just before it below, and what is planned later above. It opens so
after each unlock; a change notice reads it again where it stands. Edit session…
(Ctrl+E here) corrects a session's date, minutes and status."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import credentials, invoices, sessions, tax_export
from coachdesk.changes import Change
from ui import notice
from ui.dialogs.tax_period import TaxPeriodDialog
from ui.empty_state import EmptyStack, EmptyState, go_to
from ui.exporting import export_recorded, save_file
from ui.models.records import STATUS_WORDS, IdRole, PagedRecordListModel, Row, when
from ui.pages.page import ClientsByDefault
from ui.widgets import DialogHost, InlineMessage, record_list, select_record, title_row
from ui.words import plural, put_in


def _pages_of(ids: list[int]):
    """``ids`` handed out a page at a time, as the list scrolls."""
    start = 0

    def more(count: int) -> list[int]:
        nonlocal start
        chunk = ids[start:start + count]
        start += len(chunk)
        return chunk

    return more


class SessionsPage(ClientsByDefault, DialogHost, QWidget):
    open_session = Signal(int, int)  # (client, session): her page, that session chosen
    shows = Change.SESSIONS | Change.CLIENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self._open_on_today = True  # at the first reading after each unlock
        self._clients: dict[int, int] = {}
        self.model = PagedRecordListModel(self._booked, self._describe, self)
        self.view = record_list(self.model)
        self.view.setAccessibleName(self.tr("Sessions"))
        self.view.activated.connect(self._open)
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = title_row(self.tr("Sessions"), self.count, None)  # the count under the title
        self.unpaid = QCheckBox(self.tr("&Unpaid only"))
        self.unpaid.setToolTip(self.tr("Held and missed sessions with a fee that is not paid "
                                       "yet: on no invoice, or on one still unpaid"))
        self.unpaid.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.unpaid)
        self.tax_button = QPushButton(self.tr("&Tax export (CSV)…"))
        self.tax_button.clicked.connect(self.tax_export)
        top.addWidget(self.tax_button)
        self.edit_button = QPushButton(self.tr("&Edit session…"))
        self.edit_button.clicked.connect(self.edit_record)
        self.edit_button.setEnabled(False)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.edit_button.setEnabled(
                current.data(IdRole) is not None))
        self.calendar_button = QPushButton(self.tr("Calendar &file (.ics)…"))
        self.calendar_button.clicked.connect(self.calendar_export)
        top.addWidget(self.calendar_button)
        self.message = InlineMessage()
        self.list_stack = EmptyStack(self.view, EmptyState(
            self.tr("No sessions yet.\nSessions are planned and held from a client's page: "
                    "open a client, then choose “Plan a session” (Ctrl+Shift+P) or “Start "
                    "session”. Every session of the practice is listed here, newest first."),
            self.tr("Go to clients"), lambda: go_to(self, "Clients")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addLayout(top)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()  # under the list on the right, as on every other page
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout.addLayout(buttons)

    def attach(self, vault) -> None:
        """Keep the vault; the window refreshes this page when its sessions changed."""
        self._vault = vault
        self._open_on_today = True

    def refresh(self) -> None:
        if self._vault is None:
            return
        self._clients.clear()
        # Read again in place: a session planned or moved appears where it belongs, and
        # the rows chosen and scrolled to stay on screen.
        if self.unpaid.isChecked():
            unpaid = invoices.unpaid_session_ids(self._vault)
            self.model.update_pages(_pages_of(unpaid))
            self.count.setText(self.tr("Unpaid sessions: %n", "", len(unpaid)))
            return
        self.model.update_pages(sessions.NewestFirst(self._vault).next)
        held = sessions.count(self._vault)
        self.count.setText(plural(self.tr("%Ln session(s)", "", held), held))
        if self._open_on_today:
            self._open_on_today = False
            self.show_today()

    def show_today(self, today: date | None = None) -> None:
        """This week's last session at the top, today's (else the latest before) chosen."""
        if self._vault is None:
            return
        today = today or date.today()
        week_ends = today + timedelta(days=7 - today.weekday())  # next Monday, 00:00
        top = sessions.newest_before(self._vault, week_ends.isoformat())
        chosen = sessions.newest_before(self._vault, (today + timedelta(days=1)).isoformat())
        for session_id, hint in ((top, QAbstractItemView.ScrollHint.PositionAtTop),
                                 (chosen, QAbstractItemView.ScrollHint.EnsureVisible)):
            row = self.model.row_of(session_id) if session_id is not None else None
            if row is not None:
                if session_id == chosen:
                    self.view.setCurrentIndex(self.model.index(row, 0))
                self.view.scrollTo(self.model.index(row, 0), hint)

    def edit_record(self) -> None:
        """Ctrl+E here: Edit session… for the chosen session (ui.dialogs.session_edit)."""
        session_id = self.view.currentIndex().data(IdRole)
        if self._vault is None or session_id is None:
            return
        from ui.dialogs.session_edit import SessionEditDialog

        self.show_dialog(SessionEditDialog(self._vault, session_id, self.window()),
                         lambda _saved: notice.saved(self, self.tr("Session saved.")))

    def select(self, session_id: int) -> bool:
        """Make ``session_id`` the chosen row, reading on down the list to it; False if
        it is not in the practice."""
        return select_record(self.view, session_id)

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

    def calendar_export(self) -> None:
        """The sessions as a calendar file, saying first what its events say (recorded)."""
        if self._vault is not None:
            from ui.dialogs.calendar_export import CalendarExportDialog, saved_words

            self.show_dialog(CalendarExportDialog(self._vault, self.window()),
                             lambda saved: self.message.show_message(saved_words(saved),
                                                                     done=True))

    def _tax_period_chosen(self, period: tuple[str, str]) -> None:
        vault = self._vault
        if vault is None:
            return
        start, end = period

        def write(target: Path) -> tuple[int, int]:
            found = tax_export.rows(vault, start, end)
            export_recorded(vault, target, tax_export.csv_of(found), "tax_csv", "practice", 0)
            return tax_export.session_count(found), len(found)

        def saved(counted: tuple[int, int], target: Path) -> None:
            found, lines = counted  # a package billed whole is a line, not a session
            held = (plural(self.tr("%n session(s)", "", found), found) if lines else self.tr(
                "no held or missed sessions in that period (only the column names)"))
            self.message.show_message(put_in(self.tr(
                "Saved to %1: %2. This export is recorded."), str(target), held), done=True)

        save_file(self, vault, title=self.tr("Save the tax export"),
                  suggested=f"coaching-{start[:4]}.csv", kinds=self.tr("CSV files (*.csv)"),
                  write=write, saved=saved, refused=self.message.show_message)

    def _open(self, index) -> None:
        session_id = index.data(IdRole)
        client_id = self._clients.get(session_id)
        if client_id is not None:
            self.open_session.emit(client_id, session_id)

    def _booked(self, ids):
        """Each session, and whether the coach marked it pro bono (its row says so)."""
        found = sessions.booked(self._vault, ids)
        self._clients.update({i: b.client_id for i, b in found.items()})
        given = credentials.pro_bono_ids(self._vault, list(found))
        return {i: (b, i in given) for i, b in found.items()}

    def _describe(self, pair) -> Row:
        booked, pro_bono = pair
        s = booked.session
        place = f" · {s.place}" if s.place else ""
        given = " · " + self.tr("pro bono, not billed") if pro_bono else ""
        return Row(booked.client_name,
                   f"{when(s.starts_at)} · " + QCoreApplication.translate("", "%1 min").replace(
                       "%1", str(s.duration_minutes)) + place + given,
                   STATUS_WORDS.get(s.status, s.status))
