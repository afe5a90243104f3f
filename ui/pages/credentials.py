"""Credentials: the coaching log a credential asks for, and the education that renews it.

The log's hours are the held sessions, never typed twice (coachdesk.credentials). The page
shows where they stand against the credential the coach chooses (ICF ACC, PCC or MCC),
lists the log's lines as the exported file will print them (the client's own name beside
each, for the coach alone), and saves the log as a CSV in ICF's columns or a PDF, both
recorded as exports. The second tab keeps continuing education (coachdesk.cce) against
the three-year renewal window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import cce, clients, credentials, settings
from coachdesk.changes import Change
from coachdesk.credentials import ALIAS, LogEntry, Progress
from ui import ask
from ui.bidi import left_to_right
from ui.dialogs.cce_course import CourseDialog
from ui.dialogs.credential_entry import CredentialEntryDialog
from ui.empty_state import EmptyStack, EmptyState, go_to
from ui.exporting import export_recorded, pdf_files, save_file, save_recorded
from ui.pages.page import ClientsByDefault
from ui.widgets import DialogHost, InlineMessage, date_edit, heading, iso, primary_button
from ui.words import day

IdRole = Qt.ItemDataRole.UserRole + 1


def _table(model: QStandardItemModel, name: str, give_way: tuple[int, ...]) -> QTableView:
    """Both tabs' tables, set up alike. The ``give_way`` columns (names, contacts: free
    text) share what width is left and elide, while dates and figures keep their whole
    width: so the last column stays on screen in longer languages (German at 1280x760)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in give_way:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def _row(values: list[str], record_id: int, right: tuple[int, ...] = ()) -> list[QStandardItem]:
    items = []
    for column, value in enumerate(values):
        item = QStandardItem(value)
        item.setData(record_id, IdRole)
        if column in right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:  # the whole text, where a narrow column cut it short
            item.setToolTip(value)
        items.append(item)
    return items



def _hours(minutes: int) -> str:
    """Hours with two decimals, as the coach's locale writes them ("409,50" in German);
    the CSV keeps credentials.hours_text, as a spreadsheet reads it."""
    return QLocale().toString(minutes / 60, "f", 2)


def _logged_as(entry: LogEntry) -> str:
    """The log's name for the client as the screen shows it: an unnamed client's alias in
    the coach's language (the ICF CSV says it in English: ICF's template is English)."""
    if entry.named or not entry.alias_number:
        return entry.name
    return QCoreApplication.translate("Credentials", ALIAS).replace(
        "%1", str(entry.alias_number))

class Meter(QWidget):
    """One requirement: its name, a bar, and the figure in words ("15.75 of 100 hours")."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = QLabel(name)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.figure = QLabel()
        self.figure.setMinimumWidth(190)


class CredentialsPage(ClientsByDefault, DialogHost, QWidget):
    # The held sessions and who they were with, the sponsors' contacts, and its own facts.
    shows = (Change.CREDENTIALS | Change.SESSIONS | Change.ENGAGEMENTS | Change.CLIENTS
             | Change.SPONSORS | Change.DATE)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.found: list[LogEntry] = []
        self.progress: Progress | None = None

        self.level = QComboBox()
        for level, t in credentials.LEVELS.items():
            self.level.addItem(self.tr("ICF %1 (%2 hours)").replace("%1", level)
                               .replace("%2", QLocale().toString(t.hours)), level)
        self.level.setAccessibleName(self.tr("Credential worked toward"))
        self.level.currentIndexChanged.connect(self._profile_changed)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Credentials")))
        top.addStretch(1)
        toward = QLabel(self.tr("&Working toward"))
        toward.setBuddy(self.level)
        top.addWidget(toward)
        top.addWidget(self.level)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._log_tab(), self.tr("Coaching log"))
        self.tabs.addTab(self._cce_tab(), self.tr("Continuing education"))
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    # -- building ---------------------------------------------------------------------
    def _log_tab(self) -> QWidget:
        tab = QWidget()
        self.meters = {key: Meter(name) for key, name in (
            ("total", self.tr("Hours in total")), ("paid", self.tr("Paid hours")),
            ("clients", self.tr("Clients")),
            ("recent", self.tr("Hours in the last 18 months")))}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(1, 1)
        for row, meter in enumerate(self.meters.values()):
            grid.addWidget(meter.name, row, 0)
            grid.addWidget(meter.bar, row, 1)
            grid.addWidget(meter.figure, row, 2)
        self.pro_bono = QLabel()
        self.pro_bono.setObjectName("muted")
        self.pro_bono.setWordWrap(True)
        # ICF counts coaching hours from the start of coach-specific training.
        self.trained = QCheckBox(self.tr("Count hours from the start of my coach-specific "
                                         "&training, on"))
        self.training_on = date_edit()
        self.trained.toggled.connect(self._training_changed)
        self.training_on.editingFinished.connect(self._training_changed)
        training = QHBoxLayout()
        training.addWidget(self.trained)
        training.addWidget(self.training_on)
        training.addStretch(1)
        self.log_model = QStandardItemModel(0, 7, self)
        self.log_model.setHorizontalHeaderLabels([
            self.tr("Client"), self.tr("In the log as"), self.tr("Coaching"),
            self.tr("Contact in the log"), self.tr("Dates"), self.tr("Paid h"),
            self.tr("Pro bono h")])
        self.log_view = _table(self.log_model, self.tr("Coaching log"), give_way=(0, 1, 3))
        self.log_view.doubleClicked.connect(lambda _index: self.edit_entry())
        self.log_stack = EmptyStack(self.log_view, EmptyState(
            self.tr("No held sessions yet.\nThe log fills itself from the sessions you hold: "
                    "each engagement is a line, its hours paid or pro bono as its fee says."),
            self.tr("Go to clients"), lambda: go_to(self, "Clients")))
        self.edit_button = QPushButton(self.tr("&Edit entry…"))
        self.edit_button.setToolTip(self.tr("Naming consent, group size, paid or pro bono"))
        self.edit_button.clicked.connect(self.edit_entry)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = primary_button(self.tr("&Print to PDF…"), self.export_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 14, 0, 0)
        column.addLayout(grid)
        column.addLayout(training)
        column.addWidget(self.pro_bono)
        column.addWidget(self.log_stack, 1)
        column.addLayout(buttons)
        return tab

    def _cce_tab(self) -> QWidget:
        tab = QWidget()
        self.holds = QCheckBox(self.tr("I hold the credential, &awarded or last renewed on"))
        self.awarded_on = date_edit()
        self.awarded_on.setAccessibleName(self.tr("Awarded or last renewed on"))
        self.holds.toggled.connect(self._profile_changed)
        self.awarded_on.editingFinished.connect(self._profile_changed)
        held = QHBoxLayout()
        held.addWidget(self.holds)
        held.addWidget(self.awarded_on)
        held.addStretch(1)
        self.window_words = QLabel()
        self.window_words.setWordWrap(True)
        self.window_bar = QProgressBar()
        self.window_bar.setTextVisible(False)
        self.window_bar.setMaximumHeight(10)
        self.cce_model = QStandardItemModel(0, 6, self)
        self.cce_model.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Course"), self.tr("Provider"), self.tr("Hours"),
            self.tr("Kind"), self.tr("Certificate")])
        self.cce_view = _table(self.cce_model, self.tr("Continuing education"),
                               give_way=(1, 2, 5))
        self.cce_stack = EmptyStack(self.cce_view, EmptyState(
            self.tr("No courses yet.\nAdd each course with its hours (one hour is one CCE "
                    "unit) and its certificate, which is kept encrypted in your vault."),
            self.tr("Add a course"), self.add_course))
        self.add_button = primary_button(self.tr("&Add course…"), self.add_course)
        self.certificate_button = QPushButton(self.tr("&Save certificate…"))
        self.certificate_button.clicked.connect(self.save_certificate)
        self.remove_button = QPushButton(self.tr("&Remove course"))
        self.remove_button.clicked.connect(self.remove_course)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.certificate_button)
        buttons.addWidget(self.add_button)
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 14, 0, 0)
        column.addLayout(held)
        column.addWidget(self.window_words)
        column.addWidget(self.window_bar)
        column.addWidget(self.cce_stack, 1)
        column.addLayout(buttons)
        return tab

    # -- the page ---------------------------------------------------------------------
    def attach(self, vault) -> None:
        self._vault = vault

    def refresh(self) -> None:
        vault = self._vault
        if vault is None:
            return
        profile = credentials.profile(vault)
        with QSignalBlocker(self.level), QSignalBlocker(self.holds), \
                QSignalBlocker(self.trained):
            self.trained.setChecked(profile.training_started_on is not None)
            if profile.training_started_on:
                self.training_on.setDate(self.training_on.date().fromString(
                    profile.training_started_on, Qt.DateFormat.ISODate))
            self.level.setCurrentIndex(max(0, self.level.findData(profile.level)))
            self.holds.setChecked(profile.awarded_on is not None)
            if profile.awarded_on:
                self.awarded_on.setDate(self.awarded_on.date().fromString(
                    profile.awarded_on, Qt.DateFormat.ISODate))
        self.awarded_on.setEnabled(profile.awarded_on is not None)
        self.training_on.setEnabled(profile.training_started_on is not None)
        self.found = credentials.entries(vault)
        self.progress = credentials.progress(vault, profile.level, date.today())
        self._show_progress(self.progress)
        self._show_log(vault)
        self._show_cce(vault, profile.awarded_on)

    def _show_progress(self, p: Progress) -> None:
        t = p.threshold
        figures = {
            "total": (p.total_minutes, t.hours * 60, self.tr("%1 of %2 hours")),
            "paid": (p.paid_minutes, t.paid_hours * 60, self.tr("%1 of %2 hours")),
            "clients": (p.clients, t.clients, None),
            "recent": (p.recent_minutes, t.recent_hours * 60, self.tr("%1 of %2 hours"))}
        for key, (have, need, words) in figures.items():
            meter = self.meters[key]
            meter.bar.setRange(0, need)
            meter.bar.setValue(min(have, need))
            if words is None:
                meter.figure.setText(self.tr("%n (%1 needed)", "", have)
                                     .replace("%1", str(need)))
            else:
                meter.figure.setText(words.replace("%1", _hours(have))
                                     .replace("%2", str(need // 60)))
            if have >= need:  # said in words too, not by colour alone
                meter.figure.setText(self.tr("%1 · met").replace("%1", meter.figure.text()))
        self.pro_bono.setText(self.tr(
            "Pro bono: %1 hours. The last 18 months start on %2. Each member of a group "
            "counts as a client.").replace("%1", _hours(p.pro_bono_minutes))
            .replace("%2", day(p.recent_from)))

    def _show_log(self, vault) -> None:
        self.log_model.removeRows(0, self.log_model.rowCount())
        names = {c.id: c.name for c in clients.get_many(vault, sorted(
            {e.client_id for e in self.found})).values()}
        for entry in self.found:
            coaching = (self.tr("Group of %n", "", entry.group_size) if entry.group_size
                        else self.tr("Individual"))
            self.log_model.appendRow(_row([
                names.get(entry.client_id, ""), _logged_as(entry), coaching,
                left_to_right(entry.contact),
                f"{day(entry.start)} – {day(entry.end)}", _hours(entry.paid_minutes),
                _hours(entry.pro_bono_minutes)], entry.engagement_id, right=(5, 6)))
        has = bool(self.found)
        for button in (self.edit_button, self.csv_button, self.pdf_button):
            button.setEnabled(has)

    def _show_cce(self, vault, awarded_on: str | None) -> None:
        self.cce_model.removeRows(0, self.cce_model.rowCount())
        kinds = {"core_competency": self.tr("Core competencies"),
                 "coaching_ethics": self.tr("Coaching ethics"),
                 "resource_development": self.tr("Resource development")}
        for course in cce.courses(vault):
            self.cce_model.appendRow(_row([
                day(course.taken_on), course.course, course.provider, _hours(course.minutes),
                kinds[course.category], course.certificate or self.tr("none")], course.id,
                right=(3,)))
        window = cce.renewal_window(vault, awarded_on, date.today())
        self.window_bar.setVisible(window is not None)
        if window is None:
            self.window_words.setText(self.tr(
                "ICF renews a credential every three years on %1 CCE units. Give the day "
                "yours was awarded or last renewed to see the window you are in.")
                .replace("%1", str(cce.RENEWAL_UNITS)))
            return
        self.window_bar.setRange(0, cce.RENEWAL_UNITS * 60)
        total = window.core_minutes + window.resource_minutes
        self.window_bar.setValue(min(total, cce.RENEWAL_UNITS * 60))
        self.window_words.setText(self.tr(
            "Renewal window from %1, renew by %2: %3 of %4 CCE units; %5 of at least %6 "
            "in core competencies, %7 of at least %8 of them in coaching ethics; %9 in "
            "resource development.")
            .replace("%1", day(window.starts_on)).replace("%2", day(window.ends_on))
            .replace("%3", _hours(total)).replace("%4", str(cce.RENEWAL_UNITS))
            .replace("%5", _hours(window.core_minutes))
            .replace("%6", str(cce.CORE_UNITS))
            .replace("%7", _hours(window.ethics_minutes))
            .replace("%8", str(cce.ETHICS_UNITS))
            .replace("%9", _hours(window.resource_minutes)))

    def clear(self) -> None:
        self.drop_dialog()
        self._vault = None
        self.found = []
        self.progress = None
        self.log_model.removeRows(0, self.log_model.rowCount())
        self.cce_model.removeRows(0, self.cce_model.rowCount())
        self.window_words.setText("")
        self.pro_bono.setText("")
        self.message.clear_message()

    # -- what the coach does ----------------------------------------------------------
    def _profile_changed(self, *_args: object) -> None:
        if self._vault is None:
            return
        self.awarded_on.setEnabled(self.holds.isChecked())
        credentials.set_profile(self._vault, self.level.currentData(),
                                iso(self.awarded_on) if self.holds.isChecked() else None)

    def _training_changed(self, *_args: object) -> None:
        if self._vault is None:
            return
        self.training_on.setEnabled(self.trained.isChecked())
        credentials.set_training_start(
            self._vault, iso(self.training_on) if self.trained.isChecked() else None)

    def _chosen(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def edit_entry(self) -> None:
        engagement_id = self._chosen(self.log_view)
        entry = next((e for e in self.found if e.engagement_id == engagement_id), None)
        if self._vault is None or entry is None:
            self.message.show_message(self.tr("Choose a line of the log first."))
            return
        name = clients.get(self._vault, entry.client_id).name
        self.show_dialog(CredentialEntryDialog(self._vault, entry, name, self.window()))

    def export_csv(self) -> None:
        """ICF's columns, as a spreadsheet reads them; recorded as every export is."""
        vault = self._vault
        if vault is None:
            return

        def write(target: Path) -> int:
            found = credentials.entries(vault)
            export_recorded(vault, target, credentials.csv_of(found), "credential_log_csv",
                            "practice", 0)
            return len(found)

        save_file(self, vault, title=self.tr("Save the coaching log"),
                  suggested=f"coaching-log-{date.today().isoformat()}.csv",
                  kinds=self.tr("CSV files (*.csv)"), write=write,
                  saved=lambda n, target: self.message.show_message(
                      self.tr("Saved to %1 (lines: %n). This export is recorded.", "", n)
                      .replace("%1", str(target)), done=True),
                  refused=self.message.show_message)

    def export_pdf(self) -> None:
        vault = self._vault
        if vault is None:
            return
        from ui.credentials_pdf import credential_log_pdf

        level = self.level.currentData()

        def render() -> bytes:
            today = date.today()
            return credential_log_pdf(credentials.entries(vault),
                                      credentials.progress(vault, level, today),
                                      settings.get(vault, "coach_name"), today.isoformat())

        save_recorded(self, vault, title=self.tr("Print the coaching log to PDF"),
                      suggested=f"coaching-log-{date.today().isoformat()}.pdf",
                      render=render, kind="credential_log_pdf", record_kind="practice",
                      record_id=0, kinds=pdf_files(),
                      saved=lambda target: self.message.show_message(
                          self.tr("Saved to %1. This export is recorded.")
                          .replace("%1", str(target)), done=True),
                      refused=self.message.show_message)

    def add_course(self) -> None:
        if self._vault is not None:
            self.tabs.setCurrentIndex(1)
            self.show_dialog(CourseDialog(self._vault, self.window()))

    def save_certificate(self) -> None:
        vault, entry_id = self._vault, self._chosen(self.cce_view)
        course = cce.get(vault, entry_id) if vault is not None and entry_id else None
        if course is None or course.certificate is None:
            self.message.show_message(self.tr("Choose a course with a certificate first."))
            return
        suffix = Path(course.certificate).suffix.lstrip(".").lower() or "pdf"
        save_file(self, vault, title=self.tr("Save a copy of the certificate"),
                  suggested=course.certificate,
                  kinds=self.tr("Certificate (*.%1)").replace("%1", suffix),
                  write=lambda target: export_recorded(
                      vault, target, cce.certificate(vault, course.id)[1], "cce_certificate",
                      "cce", course.id),
                  saved=lambda _none, target: self.message.show_message(
                      self.tr("Saved to %1. This export is recorded.")
                      .replace("%1", str(target)), done=True),
                  refused=self.message.show_message)

    def remove_course(self) -> None:
        vault, entry_id = self._vault, self._chosen(self.cce_view)
        if vault is None or entry_id is None:
            self.message.show_message(self.tr("Choose a course first."))
            return
        course = cce.get(vault, entry_id)
        if ask.confirm(self, self.tr("Remove course"), self.tr(
                "Remove “%1” and its certificate from the log? This cannot be undone.")
                .replace("%1", course.course), yes=self.tr("Remove"), no=self.tr("Keep")):
            cce.remove(vault, entry_id)
