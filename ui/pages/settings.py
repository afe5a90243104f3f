"""Settings: how CoachDesk looks, when it locks itself, the coach's defaults, and backups.

Each change is saved at once. The theme lives in Qt's settings (it is needed
before the vault opens); everything else lives in the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk import settings
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.vault import backups
from ui import ask, theme, translations
from ui.pages.page import ClientsByDefault
from ui.pages.settings_practice import PracticeSettings
from ui.pages.settings_sync import SyncSettings, scroll_to
from ui.pages.template_settings import TemplateSettings
from ui.widgets import DialogHost, InlineMessage, heading, line_edit, section_heading
from ui.words import moment, plural, say_error

THEMES = [("system", QT_TRANSLATE_NOOP("SettingsPage", "Follow the system")),
          ("light", QT_TRANSLATE_NOOP("SettingsPage", "Light")),
          ("dark", QT_TRANSLATE_NOOP("SettingsPage", "Dark"))]


class SettingsPage(ClientsByDefault, DialogHost, QWidget):
    # Settings change here only, as the coach types: reading them back into the fields
    # meanwhile would fight the typing, so no change refreshes this page.
    shows = Change.NONE
    idle_minutes_changed = Signal(int)
    clipboard_seconds_changed = Signal(int)
    backup_requested = Signal()
    restore_requested = Signal(str)
    rekey_requested = Signal()
    sync_started = Signal()  # the practice began to sync on this computer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.theme = QComboBox()
        for value, label in THEMES:
            self.theme.addItem(self.tr(label), value)
        self.language = QComboBox()  # each language named in its own words
        self.language.addItem(self.tr("Follow the system"), translations.SYSTEM)
        for code in translations.offered():
            self.language.addItem(translations.LANGUAGES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(translations.chosen()), 0))
        self.language.currentIndexChanged.connect(
            lambda _i: translations.choose(self.language.currentData()))
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setSpecialValueText(self.tr("Never"))
        self.clipboard = QSpinBox()
        self.clipboard.setRange(0, 3600)
        self.clipboard.setSingleStep(15)
        self.clipboard.setSuffix(self.tr(" seconds"))
        self.clipboard.setSpecialValueText(self.tr("Only when CoachDesk locks or closes"))
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(5, 480)
        self.session_minutes.setSingleStep(5)
        self.session_minutes.setSuffix(self.tr(" minutes"))
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 1_000_000)
        self.fee.setDecimals(2)
        self.fee.setGroupSeparatorShown(True)
        self.currency = line_edit("EUR")
        self.currency.setMaximumWidth(90)
        self.coach = line_edit(self.tr("Your name, as agreements show it"))
        self.message = InlineMessage()
        note = QLabel(self.tr("Locking closes the vault and clears every screen (Ctrl+L locks at "
                      "once). Text copied out of CoachDesk leaves the clipboard at Lock and "
                      "after the time below, unless something else was copied since."))
        note.setObjectName("muted")
        note.setWordWrap(True)

        self.backup_folder = QLabel(self.tr("No folder chosen: CoachDesk makes no backups yet."))
        self.backup_folder.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_folder.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Choose &folder…"))
        self.folder_button.clicked.connect(self.choose_backup_folder)
        self.daily = QCheckBox(self.tr("Back up at the first unlock of each day"))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_requested)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until a backup reports its pages
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.backup_status = QLabel("")
        self.backup_status.setObjectName("muted")
        self.backup_status.setWordWrap(True)
        backup_note = QLabel(self.tr("Backups are encrypted with your vault's key: an external "
                             "drive or a synced folder is fine. Your recovery code opens them. "
                             "CoachDesk keeps one a day for a week, one a week for a month "
                             "and one a month for a year."))
        backup_note.setObjectName("muted")
        backup_note.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.folder_button)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_button)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.clicked.connect(self.choose_restore)
        now_row.addWidget(self.restore_button)
        now_row.addWidget(self.progress)
        now_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Lan&guage"), self.language)
        language_note = QLabel(self.tr("A new language takes effect the next time CoachDesk "
                                       "starts."))
        language_note.setObjectName("muted")
        language_note.setWordWrap(True)
        form.addRow("", language_note)
        form.addRow(self.tr("&Lock after idle"), self.idle)
        form.addRow("", note)
        form.addRow(self.tr("Clear &copied text after"), self.clipboard)
        form.addRow(self.tr("Default &session length"), self.session_minutes)
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee, 1)
        currency_label = QLabel(self.tr("&Currency"))
        currency_label.setBuddy(self.currency)
        fee_row.addWidget(currency_label)
        fee_row.addWidget(self.currency)
        fee_label = QLabel(self.tr("Default &fee per session"))
        fee_label.setBuddy(self.fee)  # a row holding a layout gets no buddy of its own
        form.addRow(fee_label, fee_row)
        fee_note = QLabel(self.tr("A new engagement starts with this fee, per session; each "
                                  "engagement says what its own fee is for."))
        fee_note.setObjectName("muted")
        fee_note.setWordWrap(True)
        form.addRow("", fee_note)
        form.addRow(self.tr("&Your name"), self.coach)
        self.templates = TemplateSettings()
        form.addRow(self.templates)
        self.practice = PracticeSettings(self._put, self)  # invoices and the calendar file
        self.practice.add_rows(form)
        self.sync = SyncSettings(self)  # "Use this practice on another computer"
        self.sync.sync_started.connect(self.sync_started)
        form.addRow(section_heading(self.tr("Backups")))
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow("", self.daily)
        form.addRow("", now_row)
        form.addRow("", self.backup_status)
        form.addRow("", backup_note)
        self.rekey_button = QPushButton(self.tr("Change the vault's &key…"))
        self.rekey_button.clicked.connect(self.rekey_requested)
        self.rekey_note = rekey_note = QLabel()
        rekey_note.setObjectName("muted")
        rekey_note.setWordWrap(True)
        form.addRow(section_heading(self.tr("Security")))
        form.addRow("", self.rekey_button)
        form.addRow("", rekey_note)
        self.sync.add_rows(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Settings")))
        holder = QWidget()
        holder.setMaximumWidth(780)  # a calm column, not a form stretched across the screen
        holder.setLayout(form)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 12, 0)
        # In a row with a stretch, so the column's height is measured at the holder's own
        # width (a vertical layout would ask its wrapped labels at the whole width and cut
        # their last lines once a long message shows, in German).
        held = QHBoxLayout()
        held.addWidget(holder, 1)  # up to its 780 pixels; the rest to the stretch
        held.addStretch(0)
        column_layout.addLayout(held)
        column_layout.addWidget(self.message)
        column_layout.addStretch(1)
        # Scrolls in a small window rather than squeezing the explanations until they are cut.
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        scroll.viewport().setAutoFillBackground(False)
        layout.addWidget(scroll, 1)

        self.theme.setCurrentIndex(max(self.theme.findData(theme.chosen()), 0))
        self.theme.currentIndexChanged.connect(
            lambda _i: theme.choose(QApplication.instance(), self.theme.currentData()))
        self.idle.valueChanged.connect(lambda v: self._put("idle_lock_minutes", str(v)))
        self.idle.valueChanged.connect(self.idle_minutes_changed)
        self.clipboard.valueChanged.connect(
            lambda v: self._put("clipboard_clear_seconds", str(v)))
        self.clipboard.valueChanged.connect(self.clipboard_seconds_changed)
        self.session_minutes.valueChanged.connect(
            lambda v: self._put("default_session_minutes", str(v)))
        self.fee.valueChanged.connect(
            lambda v: self._put("default_fee_cents", str(round(v * 100))))
        self.currency.editingFinished.connect(
            lambda: self._put("currency", self.currency.text().strip().upper()))
        self.coach.editingFinished.connect(lambda: self._put("coach_name", self.coach.text()))
        self.daily.toggled.connect(lambda on: self._put("backup_daily", "1" if on else "0"))

    def attach(self, vault) -> None:
        self._vault = vault
        self.sync.attach(vault)
        self.refresh()

    def refresh(self) -> None:
        """Fill the fields from the vault's settings."""
        vault = self._vault
        if vault is None:
            return
        self._vault = None  # no saving while the fields are filled in
        self.idle.setValue(int(settings.get(vault, "idle_lock_minutes") or 0))
        self.clipboard.setValue(int(settings.get(vault, "clipboard_clear_seconds") or 0))
        self.session_minutes.setValue(int(settings.get(vault, "default_session_minutes")))
        self.fee.setValue(int(settings.get(vault, "default_fee_cents")) / 100)
        self.currency.setText(settings.get(vault, "currency"))
        self.coach.setText(settings.get(vault, "coach_name"))
        self.daily.setChecked(settings.get(vault, "backup_daily") == "1")
        self.practice.refresh(vault)
        mode = vault.info.key_mode
        self.rekey_button.setEnabled(mode in ("keyring", "passphrase"))
        self.rekey_button.setText(self.tr("Change the &passphrase…") if mode == "passphrase"
                                  else self.tr("Change the vault's &key…"))
        self.rekey_note.setText({
            "keyring": self.tr("Re-encrypts the vault with a new key and gives you a new "
                               "recovery code. Do it if your recovery code may have been seen."),
            "passphrase": self.tr("Your vault's key comes from your passphrase: a new "
                                  "passphrase re-encrypts the vault and gives you a new "
                                  "recovery code to write down. Do it if your passphrase or "
                                  "code may have been seen."),
        }.get(mode, self.tr("The demo practice has a fixed key: it holds only invented "
                            "clients.")))
        self._vault = vault
        self.templates.attach(vault)
        self.sync.refresh()
        self.show_backups()

    def clear(self) -> None:
        self.drop_dialog()  # a passphrase typed into the change dialog goes with it
        self._vault = None
        self.templates.clear()
        self.coach.setText("")
        self.practice.clear()
        self.sync.clear()
        self.backup_folder.setText("")
        self.backup_status.setText("")

    # -- backups ----------------------------------------------------------------------
    def choose_backup_folder(self) -> None:
        if self._vault is None:
            return
        folder = ask.choose_folder(self, self.tr("Where should backups go?"),
                                   settings.get(self._vault, "backup_folder"))
        if folder:
            try:
                backups.remember_folder(self._vault, folder)
            except CoachDeskError as exc:
                self.message.show_message(say_error(exc))
                QTimer.singleShot(0, self, lambda: scroll_to(self.message))  # below the fold
                return
            self.show_backups()

    def show_backups(self) -> None:
        if self._vault is None:
            return
        folder = settings.get(self._vault, "backup_folder")
        self.backup_button.setEnabled(bool(folder))
        if not folder:
            self.backup_folder.setText(self.tr("No folder chosen: CoachDesk makes no backups yet."))
            self.backup_status.setText("")
            return
        self.backup_folder.setText(folder)
        kept = backups.in_folder(Path(folder))
        if not Path(folder).is_dir():
            self.backup_status.setText(self.tr("This folder is not there now (a drive not "
                                       "connected?). Backups resume when it is."))
        elif kept:
            self.backup_status.setText(plural(self.tr(
                "Last backup %1; %n kept here.", "", len(kept)), len(kept)).replace(
                "%1", moment(kept[0].made_at)))
        else:
            self.backup_status.setText(self.tr("No backup in this folder yet."))

    def choose_restore(self) -> None:
        """The backup to restore; it is checked before anything is asked or replaced (a
        backup from before a key change asks for its recovery code: see ui.restoring)."""
        if self._vault is None:
            return
        path = ask.open_path(self, self.tr("Choose the backup to restore"),
                             self.tr("CoachDesk backups (*%1);;All files (*)")
                             .replace("%1", backups.SUFFIX),
                             settings.get(self._vault, "backup_folder"))
        if path:
            self.restore_requested.emit(path)

    def checking_backup(self, text: str) -> None:
        """A backup being checked for a restore: the buttons wait, the bar moves."""
        for button in (self.backup_button, self.restore_button, self.rekey_button):
            button.setEnabled(False)
        self.progress.show()
        self.backup_status.setText(text)

    def backup_checked(self) -> None:
        self.progress.hide()
        if self._vault is not None:
            self.restore_button.setEnabled(True)
            self.rekey_button.setEnabled(self._vault.info.key_mode in ("keyring", "passphrase"))
        self.show_backups()

    def backup_started(self) -> None:
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)  # a restore waits for the backup to finish
        self.progress.show()
        self.backup_status.setText(self.tr("Backing up and checking the copy…"))

    def backup_progress(self, done: int, total: int) -> None:
        """The copy's pages so far: the bar fills as the backup is made."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def backup_finished(self, text: str) -> None:
        self.progress.setRange(0, 0)  # busy again for the next check or backup
        self.progress.hide()
        self.restore_button.setEnabled(True)
        self.show_backups()
        if text:
            self.backup_status.setText(text)

    def _put(self, name: str, value: str) -> None:
        if self._vault is None:
            return
        try:
            settings.put(self._vault, name, value)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return
        self.message.clear_message()
