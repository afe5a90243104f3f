"""The unlock screen: shown at start when the vault cannot open by itself, and on lock.

It asks for exactly what the vault needs (nothing, the recovery code, or the
passphrase), opens the vault on the worker thread, and reports failures in the
coach's words. When the vault file itself is the problem (missing, empty,
damaged, from a newer CoachDesk) it says so, names the file, and offers what
can help: try again, the recovery code, or the folder. It never writes to a
vault it could not open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import vault as vaults
from coachdesk.errors import CoachDeskError
from coachdesk.files import UnsafeFolder
from coachdesk.paths import VaultLocation
from coachdesk.vault import (
    KeyNeeded,
    MigrationFailed,
    NotAVault,
    RecoveryCodeError,
    VaultInfo,
    VaultTooNew,
    health,
)
from coachdesk.words import Words
from ui import ask, ops, resume
from ui.database_errors import database_error, what_failed
from ui.sync_restored import syncs_anew
from ui.widgets import InlineMessage, line_edit, wipe
from ui.words import say, say_error

if TYPE_CHECKING:  # restores and backups: imported when used, not for the first screen
    from coachdesk import upkeep

KEYRING, RECOVERY, PASSPHRASE, PROBLEM = "keyring", "recovery", "passphrase", "problem"


def _link(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("link")
    button.setFlat(True)
    return button


class UnlockPage(QWidget):
    unlocked = Signal(object)  # the open Vault
    message: InlineMessage  # made after the field whose edits clear it

    def __init__(self, location: VaultLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.mode = KEYRING
        self._busy = False

        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(600)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.field_label = QLabel()
        self.field = line_edit()
        self.field.returnPressed.connect(self.submit)
        self.field.textEdited.connect(lambda _t: self.message.clear_message())
        self.field_label.setBuddy(self.field)
        self.message = InlineMessage()

        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.code_button = _link(self.tr("Use my &recovery code"))
        self.code_button.clicked.connect(lambda: self.ask_for(RECOVERY, ""))
        self.back_button = _link(self.tr("&Back"))
        self.back_button.clicked.connect(lambda: self.ask_for(self.usual_mode(), ""))
        self.folder_button = _link(self.tr("Show the vault's &folder"))
        self.folder_button.clicked.connect(self.show_folder)
        # Right under what is damaged: the way out that loses least, as a button of its own.
        self.restore_button = QPushButton(self.tr("Restore the newest &backup"))
        self.restore_button.clicked.connect(self.restore_newest)
        self.journal_button = _link(self.tr("Open &without the damaged changes"))
        self.journal_button.clicked.connect(self.open_without_damaged_changes)
        self.restoring = False  # the recovery code form restores instead of opening
        # The recovery code that opened a passphrase vault, held only until the window
        # takes it for a passphrase change (so the coach never types it twice).
        self._code_typed: str | None = None
        self.left_at: resume.Place | None = None  # the page (and record) at lock: ui.resume
        self.damaged_journal = False
        self.accept_damaged_journal = False  # the coach chose to drop a damaged log's tail

        # The links one above the other: side by side, four of them did not fit the card.
        links = QVBoxLayout()
        links.setSpacing(0)
        for button in (self.back_button, self.code_button, self.folder_button,
                       self.journal_button):
            links.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        actions = QHBoxLayout()
        actions.addLayout(links)
        actions.addStretch(1)
        actions.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignBottom)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.reason)
        inner.addSpacing(6)
        inner.addWidget(self.field_label)
        inner.addWidget(self.field)
        inner.addWidget(self.message)
        inner.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addSpacing(6)
        inner.addLayout(actions)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.ask_for(KEYRING, "")

    def showEvent(self, event) -> None:
        """Focus the field the coach types into as soon as the screen shows."""
        super().showEvent(event)
        if self.field.isVisible():
            self.field.setFocus()

    def take_place(self) -> resume.Place | None:
        """Where the coach was when the vault locked (once; then forgotten)."""
        place, self.left_at = self.left_at, None
        return place

    def take_code(self) -> str | None:
        """The recovery code that opened the vault (once; then forgotten)."""
        code, self._code_typed = self._code_typed, None
        return code

    def usual_mode(self) -> str:
        info = VaultInfo.read(self.location)
        return PASSPHRASE if info is not None and info.key_mode == "passphrase" else KEYRING

    def ask_for(self, mode: str, reason: str, title: str | None = None, *,
                restore_first: bool = False) -> None:
        """Show the form for ``mode`` with ``reason`` explaining why (a problem may have a
        title of its own, and the newest backup as the way out it recommends)."""
        self.mode = mode
        self._code_typed = None
        wipe(self.field)
        self.message.clear_message()
        asks = mode in (RECOVERY, PASSPHRASE)
        self.field_label.setVisible(asks)
        self.field.setVisible(asks)
        self.back_button.setVisible(mode == RECOVERY)
        # The demo practice has no recovery code (its key is public): never offer one.
        demo = self.location.is_demo_folder()
        self.code_button.setVisible(mode in (KEYRING, PASSPHRASE, PROBLEM) and not demo)
        self.folder_button.setVisible(mode == PROBLEM)
        self.restore_button.setVisible(mode == PROBLEM and self._has_backups())
        self.journal_button.setVisible(mode == PROBLEM and self.damaged_journal)
        if mode != RECOVERY:
            self.restoring = False
        if mode == PROBLEM:
            self.accept_damaged_journal = False
        self.unlock_button.setText(self.tr("&Open vault") if asks else
                                   self.tr("Try &again") if mode == PROBLEM else self.tr("&Unlock"))
        self._primary(self.restore_button if restore_first and self.restore_button.isVisibleTo(
            self) else self.unlock_button)
        if mode == KEYRING and demo:
            self.title.setText(self.tr("The demo practice is locked"))
            self.reason.setText(reason or self.tr(
                "Unlock to carry on. The demo practice opens without a key or a recovery "
                "code: it holds only invented clients, so there is nothing to recover."))
        elif mode == KEYRING:
            self.title.setText(self.tr("Your vault is locked"))
            self.reason.setText(reason or self.tr(
                "Unlock to carry on. Your key is kept in this computer's keyring."))
            self.code_button.setText(self.tr("Use my &recovery code"))
        elif mode == RECOVERY:
            self.title.setText(self.tr("Enter your recovery code"))
            self.reason.setText(reason or self.tr("Type the recovery code you wrote down when "
                                                  "you created your vault. Dashes and case do "
                                                  "not matter."))
            self.field_label.setText(self.tr("Recovery &code"))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
            from PySide6.QtGui import QFontDatabase  # made when a code is asked for

            self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        elif mode == PASSPHRASE:
            self.title.setText(self.tr("Enter your passphrase"))
            self.reason.setText(reason or self.tr("Your vault is protected by a passphrase."))
            self.field_label.setText(self.tr("&Passphrase"))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText("")
            self.field.setFont(QFont())
            self.code_button.setText(self.tr("Forgot it? Use my &recovery code"))
        else:
            self.title.setText(title or self.tr("CoachDesk cannot open your vault"))
            self.reason.setText(reason)
            self.code_button.setText(self.tr("Use my &recovery code"))
        (self.field if asks else self._primary_button).setFocus()

    def _primary(self, button: QPushButton) -> None:
        """The one button drawn as the way forward, which Enter presses."""
        self._primary_button = button
        for each in (self.unlock_button, self.restore_button):
            name = "primary" if each is button else ""
            if each.objectName() != name:
                each.setObjectName(name)
                each.style().unpolish(each)  # the style sheet draws it by its name
                each.style().polish(each)
            each.setDefault(each is button)

    def try_keyring(self) -> None:
        """Open without asking if the keyring can; otherwise show what is needed."""
        location = self.location  # the job holds the location, never the page
        self._run(lambda: vaults.unlock_with_keyring(location))

    def submit(self) -> None:
        if self._busy:
            return
        if self.mode in (KEYRING, PROBLEM):
            self.try_keyring()
            return
        typed = self.field.text()
        if not typed:
            self.message.show_message(self.tr("Type your recovery code first.")
                                      if self.mode == RECOVERY
                                      else self.tr("Type your passphrase first."))
            return
        location = self.location
        if self.mode == RECOVERY and self.restoring:
            from coachdesk import upkeep

            self._run(lambda: upkeep.restore_newest_at(location, typed),
                      doing=self.tr("Restoring your newest backup that checks out…"),
                      done=self._restored)
        elif self.mode == RECOVERY:
            accept = self.accept_damaged_journal
            self._code_typed = typed
            self._run(lambda: vaults.unlock_with_recovery_code(
                location, typed, accept_damaged_journal=accept))
        else:
            accept = self.accept_damaged_journal
            self._run(lambda: vaults.unlock_with_passphrase(
                location, typed, accept_damaged_journal=accept))

    # -- a damaged vault ------------------------------------------------------------
    def _backup_folder(self):
        from pathlib import Path

        info = VaultInfo.read(self.location)
        return Path(info.backup_folder) if info is not None and info.backup_folder else None

    def _has_backups(self) -> bool:
        folder = self._backup_folder()
        from coachdesk.vault import backups

        return folder is not None and bool(backups.in_folder(folder))

    def show_damage(self, text: str, *, journal: bool = False) -> None:
        """The damaged-vault screen: what is damaged (``text``), and what can be done: the
        newest backup that checks out, one click away, or, with none known, a copy first."""
        self.damaged_journal = journal
        if self._has_backups():
            advice = self.tr("Restore the newest backup that checks out: the damaged vault "
                             "is kept beside it, unchanged.") if not journal else ""
        else:
            advice = self.tr("CoachDesk knows of no backup of this vault. Before anything "
                             "else, copy the vault's folder to a safe place.")
        self.ask_for(PROBLEM, f"{text} {advice}".strip(),
                     title=self.tr("Your vault is damaged"), restore_first=not journal)

    def examine(self, held: upkeep.Held, failure: Exception) -> None:
        """The vault opened, but a read of it failed: every page is checked off the GUI
        thread (its file is only read), then the damaged-vault screen says what is
        damaged. ``held`` is what the core took before the lock (the key stays in it)."""
        path = self.location.vault_file
        self.damaged_journal = False
        why = "" if health.is_damage(failure) else f" ({what_failed(failure)})"
        self.ask_for(PROBLEM, self.tr("CoachDesk could not read part of your vault%1, so it "
                                      "has locked it and is checking every page of it. This "
                                      "takes a moment for a large vault.").replace("%1", why),
                     title=self.tr("Checking your vault…"))
        self.restore_button.hide()  # offered once the check has said what is damaged
        self._set_busy(True)
        self.message.show_message(self.tr("Checking every page of your vault…"))

        def checked(damage: str | Words | None) -> None:
            self._set_busy(False)
            self.message.clear_message()
            if damage is not None:
                self.show_damage(say_error(health.VaultDamaged(path, damage)))
                return
            self.ask_for(PROBLEM, self.tr(
                "CoachDesk could not read part of your vault (%1), but every page and every "
                "record of it checks out. Try again; if it happens again, restore your newest "
                "backup.").replace("%1", what_failed(failure)),
                title=self.tr("Your vault could not be read"))

        ops.run(held.examine, success=checked,
                failure=lambda exc: checked(self.tr("it could not be read through")))

    def restore_newest(self) -> None:
        """The newest backup that verifies replaces the damaged vault, which is kept beside
        it, never overwritten: at once with the key in this computer's keyring, else (a
        passphrase vault, a keyring without the key) with the recovery code."""
        info = VaultInfo.read(self.location)
        if info is None or info.key_mode == "passphrase":
            self._ask_code_to_restore("")
            return
        location = self.location

        def work():  # the key this computer keeps stays in the core
            from coachdesk import upkeep

            try:
                return upkeep.restore_newest_at(location)
            except upkeep.KeyNotKept as exc:
                raise KeyNeeded(_no_kept_key(say(exc.reason) if exc.reason else None),
                                RECOVERY) from None

        self.restoring = True
        self._run(work, doing=self.tr("Restoring your newest backup that checks out…"),
                  done=self._restored)
        self._set_busy(True)  # one restore at a time

    def _ask_code_to_restore(self, why: str) -> None:
        self.restoring = True
        self.ask_for(RECOVERY, f"{why} " + self.tr(
            "To restore your newest backup, type your recovery code. The damaged vault is kept "
            "beside the restored one.") if why else self.tr(
            "To restore your newest backup, type your recovery code. The damaged vault is kept "
            "beside the restored one."))
        self.restoring = True

    def _restored(self, result: upkeep.RestoredNewest) -> None:
        assert result.backup is not None  # restore_newest_at raises when none checks out
        self.left_at = None  # another vault's records: the page only, none of them chosen
        self._opened(result.vault)
        ask.inform(self.window(), self.tr("Restored"), "\n\n".join(filter(None, [self.tr(
            "Your vault now holds the backup of %1. The damaged vault is kept, encrypted, "
            "in the vault's folder as %2.")
            .replace("%1", f"{result.backup.made_at.astimezone():%Y-%m-%d %H:%M}")
            .replace("%2", result.kept), syncs_anew(result.vault)])))

    def open_without_damaged_changes(self) -> None:
        """The coach's choice: keep a copy of the damaged log, open with what checks out.
        A passphrase vault (or a keyring without the key) asks for the secret first, and
        the choice goes with it."""
        location = self.location
        self.damaged_journal = False
        info = VaultInfo.read(location)
        if info is None or info.key_mode == "passphrase":
            self.ask_for(PASSPHRASE if info is not None else RECOVERY,
                         self.tr("Type it to open your vault without the damaged changes."))
            self.accept_damaged_journal = True
            return

        self.accept_damaged_journal = True  # if the keyring fails, the code form keeps it
        from coachdesk import upkeep

        self._run(lambda: upkeep.open_without_damaged_changes(location))

    def _select_fault(self, group: int | None) -> None:
        """Select just the group a recovery code's check named (or all that was typed)."""
        from coachdesk.vault import recovery

        span = recovery.group_span(self.field.text(), group) if group else None
        if span is None:
            self.field.selectAll()
        else:
            self.field.setSelection(span[0], span[1] - span[0])

    def show_folder(self) -> None:
        from PySide6.QtCore import QUrl  # with QDesktopServices: made when first asked for
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.location.folder)))

    def _run(self, work, doing: str | None = None, done=None) -> None:
        self._busy = True
        self.unlock_button.setEnabled(False)
        self.message.show_message(doing or self.tr("Opening your vault…"))
        ops.run(work, success=done or self._opened, failure=self._failed)

    def _set_busy(self, busy: bool) -> None:
        """While CoachDesk works on a damaged vault, nothing on this card starts more."""
        self._busy = busy
        for button in (self.unlock_button, self.back_button, self.code_button,
                       self.folder_button, self.restore_button, self.journal_button):
            button.setEnabled(not busy)

    def _opened(self, vault) -> None:
        self._set_busy(False)
        self.accept_damaged_journal = False
        wipe(self.field)
        self.message.clear_message()
        self.unlocked.emit(vault)

    def _failed(self, exc: Exception) -> None:
        from coachdesk.vault import backups

        self._set_busy(False)
        self._code_typed = None
        if isinstance(exc, KeyNeeded):
            self.ask_for(exc.mode, say_error(exc))
        elif isinstance(exc, (health.VaultDamaged, health.JournalDamaged)):
            self.show_damage(say_error(exc), journal=isinstance(exc, health.JournalDamaged))
        elif self.restoring and isinstance(exc, backups.BackupFailed):
            if self.mode == RECOVERY:
                self.message.show_message(self.tr("No backup was restored: %1. Your vault was "
                                                  "not changed.").replace(
                                                      "%1", say(exc.reason_words)))
            else:  # the keyring's key opens none: the recovery code may
                self._ask_code_to_restore(self.tr("No backup opens with the key kept in this "
                                                  "computer's keyring."))
        elif isinstance(exc, (NotAVault, VaultTooNew, MigrationFailed, UnsafeFolder)):
            self.damaged_journal = False
            self.ask_for(PROBLEM, say_error(exc))
        elif isinstance(exc, (CoachDeskError, RecoveryCodeError)):
            self.message.show_message(say_error(exc))
            if self.field.isVisible():
                self.field.setFocus()
                self._select_fault(getattr(exc, "group", None))
        elif database_error(exc) is not None:
            self.ask_for(PROBLEM, self.tr("CoachDesk could not open your vault: %1. It has not "
                                          "changed it.").replace("%1", what_failed(exc)))
        else:
            self.message.show_message(
                self.tr("CoachDesk could not open the vault (%1). Nothing was changed.").replace(
                    "%1", type(exc).__name__))


def _no_kept_key(reason: str | None) -> str:
    """Why the newest backup needs the recovery code: the keyring's own words, if any."""
    def tr(text: str) -> str:  # QCoreApplication.translate may be called from any thread
        return QCoreApplication.translate("", text)

    if reason:
        return f"{reason} " + tr("To restore your newest backup, type your recovery code.")
    return tr("This computer's keyring does not hold your vault's key. To restore your newest "
              "backup, type your recovery code.")
