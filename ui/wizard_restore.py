"""The first-run wizard's other way in: a new computer restores the practice from a backup.

The coach chooses the backup folder (or one backup file) and types the recovery code
written down at creation, each group checked as it is typed. **Restore** hands both to
the core off the GUI thread (``ui.ops``), with progress shown: it checks the backups,
newest first, puts the newest good one in place with a fresh ``vault.json`` and keeps
its key in this computer's keyring (``coachdesk.vault.restoring``). Newer backups this
code does not open (made after a key change?) are named, and the coach is asked before
an older one is restored. A passphrase practice then asks for its passphrase, or for a
new one (which re-encrypts it and brings a new recovery code to write down). The last
page says what was restored and what was passed over; **Open my practice** opens it.

Nothing is written before Restore is pressed, and a refusal leaves the vault folder as
empty as it was. The UI holds the typed code and the core's plan, never a key.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coachdesk.errors import CoachDeskError, InvalidInput
from coachdesk.vault import backups, recovery, rekey, restoring
from coachdesk.vault.vault import check_new_passphrase
from ui import ask, ops
from ui.dialogs.recovery import RecoveryCodeField, fill_code_grid
from ui.sync_restored import syncs_anew
from ui.widgets import InlineMessage, line_edit, wipe
from ui.words import put_in, say, say_error

if TYPE_CHECKING:
    from ui.wizard import FirstRunWizard

RESTORE, RESTORE_PASSPHRASE, NEW_CODE, RESTORED = range(4, 8)


def _text(text: str = "", muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setObjectName("muted")
    return label


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # checking a backup reports no steps of its own
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class _Working:
    """A page whose Next runs work on the worker: buttons held, a bar and a line shown."""

    def _hold(self: QWizardPage, text: str) -> None:
        self.working = True
        self.status.setText(text)
        self.status.show()
        self.bar.show()
        self.message.clear_message()
        if not self.wizard().working:  # the second step of one piece of work holds no more
            self.wizard().working = True  # no Cancel, no Back, no closing meanwhile
            self._held = {}
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                button = self.wizard().button(which)
                self._held[which] = button.isEnabled()
                button.setEnabled(False)
        self.completeChanged.emit()

    def _release(self: QWizardPage) -> None:
        self.working = False
        self.wizard().working = False
        self.status.hide()
        self.bar.hide()
        for which, enabled in getattr(self, "_held", {}).items():
            self.wizard().button(which).setEnabled(enabled)
        self.completeChanged.emit()


class RestorePage(_Working, QWizardPage):
    """Where the backups are, and the recovery code; Restore checks and puts one in place."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.location = wizard.location
        self.found: restoring.Found | None = None
        self.working = False
        self.setTitle(self.tr("Restore your practice from a backup"))
        self.setSubTitle(self.tr("Your backups and the recovery code you wrote down bring "
                                 "your practice back onto this computer."))
        self.setCommitPage(True)  # once restored, there is no going back to restore again
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Restore"))

        self.folder_button = QPushButton(self.tr("Choose the backup &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.file_button = QPushButton(self.tr("Choose one backup f&ile…"))
        self.file_button.clicked.connect(self.choose_file)
        self.source = _text()  # the folder or file chosen
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.hide()
        self.source_note = _text(self.tr(
            "Connect the drive that holds your backups, or let your synced folder finish "
            "syncing, then choose the folder: CoachDesk restores the newest backup in it "
            "that checks out."), muted=True)
        self.code = RecoveryCodeField()
        code_label = QLabel(self.tr("Your &recovery code"))
        code_label.setBuddy(self.code)
        code_note = _text(self.tr("The code you wrote down when you created your vault: 13 "
                                  "groups of 5 characters. Dashes, spaces and case do not "
                                  "matter."), muted=True)
        self.message = InlineMessage()
        self.status = _text(muted=True)
        self.status.hide()
        self.bar = _busy_bar()
        self.code.textChanged.connect(self._code_changed)

        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your backup")))
        layout.addLayout(buttons)
        layout.addWidget(self.source)
        layout.addWidget(self.source_note)
        layout.addSpacing(10)
        layout.addWidget(code_label)
        layout.addWidget(self.code)
        layout.addWidget(code_note)
        layout.addSpacing(4)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def _code_changed(self) -> None:
        """What is wrong with the code so far, or nothing (an earlier refusal goes too)."""
        self.message.show_message(self.code.problem)
        self.completeChanged.emit()

    # -- choosing ------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = ask.choose_folder(self, self.tr("Choose the folder that holds your backups"))
        if folder:
            self.take(Path(folder))

    def choose_file(self) -> None:
        path = ask.open_path(self, self.tr("Choose a backup"),
                             self.tr("CoachDesk backups (*%1);;All files (*)")
                             .replace("%1", backups.SUFFIX))
        if path:
            self.take(Path(path))

    def take(self, source: Path) -> None:
        """What the chosen folder or file offers, said at once (names only: no key yet)."""
        self.message.show_message(self.code.problem)
        self.source.setText(str(source))
        self.source.show()
        try:
            self.found = restoring.find(source)
        except restoring.RestoreFailed as exc:
            self.found = None
            self.source_note.hide()
            self.message.show_message(say(exc.words))
        else:
            self.source_note.setText(self._describe(self.found))
            self.source_note.show()
        self.completeChanged.emit()

    def _describe(self, found: restoring.Found) -> str:
        newest = restoring.when(found.newest)
        if found.chose_folder:
            return put_in(self.tr("CoachDesk backups in this folder: %n. The newest was made "
                                  "%1; the newest one that checks out is restored.", "",
                                  len(found.backups)), newest)
        if found.is_backup_folder:
            return put_in(self.tr("A backup made %1."), newest)
        return put_in(self.tr("Not named as a CoachDesk backup; last changed %1. It is "
                              "restored if your recovery code opens it."), newest)

    # -- restoring -------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return not self.working and self.found is not None and self.code.is_whole()

    def nextId(self) -> int:
        done = self.wizard().restored
        if done is not None and done.key_mode == "passphrase":
            return RESTORE_PASSPHRASE
        return RESTORED

    def validatePage(self) -> bool:
        """Restore runs on the worker: the page moves on when it has finished."""
        if self.wizard().restored is not None:
            return True
        if not self.working and self.isComplete():
            self.start()
        return False

    def start(self) -> None:
        location, source, code = self.location, self.found.source, self.code.text()
        self._hold(self.tr("Checking your backups…"))
        ops.run(lambda report: restoring.prepare_new_home(location, source, code, report),
                success=self._checked, failure=self._failed, progress=self._progress)

    def _progress(self, stage: str, done: int, total: int, backup) -> None:
        made = restoring.when(backup) if backup is not None else ""
        if stage == restoring.CHECKING:
            text = put_in(self.tr("Checking the backup made %1 (%2 of %3)…"), made,
                          str(done + 1), str(total))
        else:
            text = put_in(self.tr("Putting the backup made %1 in place…"), made)
        self.status.setText(text)

    def _checked(self, plan: restoring.RestorePlan) -> None:
        newer = plan.newer_under_another_key
        if newer and not ask.confirm(
                self, self.tr("Restore an older backup?"),
                put_in(self.tr("The newest backup your recovery code opens was made %1. "
                               "Newer backups do not open with it:%2\n\nIf they were made "
                               "after a change of the vault's key, the recovery code of "
                               "that change opens them: go back and type it instead. "
                               "Restore the backup made %1?"),
                       restoring.when(plan.backup),
                       "".join(f"\n• {say(p.words)}" for p in newer)),
                yes=self.tr("Restore it"), no=self.tr("Type another code")):
            self._release()
            self.code.setFocus()
            self.code.selectAll()
            return
        self._hold(put_in(self.tr("Putting the backup made %1 in place…"),
                          restoring.when(plan.backup)))
        ops.run(lambda report: restoring.carry_out(plan, report), success=self._restored,
                failure=self._failed, progress=self._progress)

    def _restored(self, done: restoring.Restored) -> None:
        wizard = self.wizard()
        wizard.restored = done
        wizard.vault = done.vault
        self._release()
        wizard.next()

    def _failed(self, exc: Exception) -> None:
        self._release()
        if isinstance(exc, recovery.RecoveryCodeError):
            self.message.show_message(say_error(exc))
            self.code.setFocus()
        elif isinstance(exc, CoachDeskError):
            self.message.show_message(say_error(exc))
        else:
            self.message.show_message(put_in(
                self.tr("CoachDesk could not restore the backup (%1). Nothing was changed."),
                type(exc).__name__))


class RestorePassphrasePage(_Working, QWizardPage):
    """A passphrase practice: the passphrase it had, or a new one (a new recovery code)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.working = False
        self.done = False
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(self.tr("This practice is protected by a passphrase that you type "
                                 "each time CoachDesk starts."))
        # A new passphrase cannot be taken back from the next page: no way back to here.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
        self.know = QRadioButton(self.tr("I &know my passphrase"))
        self.forgot = QRadioButton(self.tr("I have &forgotten it: let me choose a new one"))
        group = QButtonGroup(self)
        group.addButton(self.know)
        group.addButton(self.forgot)
        self.know.setChecked(True)
        self.passphrase = self._secret()
        self.new_first = self._secret()
        self.new_second = self._secret()
        self.reencrypt = QCheckBox()
        self.reencrypt.setChecked(True)
        known = QFormLayout()
        known.addRow(self.tr("&Passphrase"), self.passphrase)
        self.known_box = QWidget()
        self.known_box.setLayout(known)
        chosen = QFormLayout()
        chosen.addRow(self.tr("&New passphrase"), self.new_first)
        chosen.addRow(self.tr("&Again"), self.new_second)
        chosen.addRow("", self.reencrypt)
        chosen.addRow("", _text(self.tr(
            "CoachDesk re-encrypts your practice with the new passphrase and gives you a new "
            "recovery code to write down: the code you typed will no longer open it."),
            muted=True))
        self.new_box = QWidget()
        self.new_box.setLayout(chosen)
        self.message = InlineMessage()
        self.status = _text(muted=True)
        self.status.hide()
        self.bar = _busy_bar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.know)
        layout.addWidget(self.known_box)
        layout.addWidget(self.forgot)
        layout.addWidget(self.new_box)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.know.toggled.connect(self._mode)
        self._mode()

    def _secret(self) -> QLineEdit:
        edit = line_edit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textEdited.connect(lambda _t: self.message.clear_message())
        return edit

    def _mode(self) -> None:
        self.known_box.setVisible(self.know.isChecked())
        self.new_box.setVisible(not self.know.isChecked())
        (self.passphrase if self.know.isChecked() else self.new_first).setFocus()

    def initializePage(self) -> None:
        count = len(backups.in_folder(Path(self.wizard().restored.folder or "")))
        self.reencrypt.setText(self.tr("Re-encrypt the backups with it too (%n in the backup "
                                       "folder)", "", count))
        self.reencrypt.setVisible(count > 0)
        self.passphrase.setFocus()

    def isComplete(self) -> bool:
        return not self.working

    def nextId(self) -> int:
        return NEW_CODE if self.wizard().new_code else RESTORED

    def validatePage(self) -> bool:
        if self.done:
            return True
        if self.working:
            return False
        vault = self.wizard().vault
        if self.know.isChecked():
            typed = self.passphrase.text()
            if not typed:
                self.message.show_message(self.tr("Type your passphrase first."))
                return False
            self._hold(self.tr("Checking your passphrase…"))
            ops.run(lambda: rekey.passphrase_matches(vault, typed), success=self._checked,
                    failure=self._failed)
            return False
        new, again = self.new_first.text(), self.new_second.text()
        try:
            check_new_passphrase(new, "new")
        except InvalidInput as exc:
            self.message.show_message(say_error(exc))
            return False
        if new != again:
            self.message.show_message(self.tr("The two new passphrases are not the same."))
            return False
        code = self.wizard().restore.code.text()
        folder = self.wizard().restored.folder
        into = Path(folder) if folder and self.reencrypt.isChecked() and \
            self.reencrypt.isVisible() else None
        self._hold(self.tr("Re-encrypting your practice with the new passphrase…"))
        ops.run(lambda report: rekey.change_passphrase(vault, code, new, backup_folder=into,
                                                       progress=report),
                success=self._changed, failure=self._failed, progress=self._progress)
        return False

    def _progress(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Your practice has its new passphrase. Re-encrypting the "
                                    "backups with it: {done} of %n done…", "", total)
                            .format(done=done))

    def _checked(self, matches: bool) -> None:
        self._release()
        if not matches:
            self.message.show_message(self.tr("This passphrase does not open your practice. "
                                              "Type it again, or choose a new one."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self._finish_here()

    def _changed(self, rotated) -> None:
        wizard = self.wizard()
        wizard.vault = rotated.vault
        wizard.new_code = rotated.recovery_code
        wizard.reencrypted = rotated.backups
        self._release()
        self._finish_here()

    def _finish_here(self) -> None:
        self.done = True
        for edit in (self.passphrase, self.new_first, self.new_second):
            wipe(edit)
        self.wizard().next()

    def _failed(self, exc: Exception) -> None:
        self._release()
        self.message.show_message(say_error(exc) if isinstance(exc, CoachDeskError) else put_in(
            self.tr("The passphrase could not be changed (%1)."), type(exc).__name__))


class NewCodePage(QWizardPage):
    """After a new passphrase: its recovery code, shown once, to write down."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Your new recovery code"))
        self.setSubTitle(self.tr("Write it down on paper now. It is shown only this once."))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(10)
        self.about = _text()
        self.written = QCheckBox(self.tr("I have written down my new recovery code and will "
                                         "keep it somewhere safe"))
        self.registerField("new_code_written*", self.written)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addSpacing(6)
        layout.addLayout(self.grid)
        layout.addSpacing(6)
        layout.addWidget(self.written)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        fill_code_grid(self.grid, wizard.new_code or "")
        done = wizard.reencrypted
        backups_words = "" if done is None else (
            self.tr(" Your backups were re-encrypted too: this code opens them.")
            if done.complete else
            self.tr(" Some backups could not be re-encrypted: they still open with the code "
                    "you typed, so keep that one until they have rotated away."))
        self.about.setText(self.tr("Your practice now opens with your new passphrase, and with "
                                   "this code if you forget it. The code you typed a moment "
                                   "ago no longer opens it.") + backups_words)
        self.written.setChecked(False)

    def clear_code(self) -> None:
        fill_code_grid(self.grid, "")

    def nextId(self) -> int:
        return RESTORED


class RestoredPage(QWizardPage):
    """What was restored, from where, what was passed over, and how it opens from now on."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Your practice is back"))
        self.setSubTitle(self.tr("Everything in the backup is on this computer again."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open my practice"))
        self.summary = _text()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.summary.setText(self.describe())

    def nextId(self) -> int:
        return -1

    def describe(self) -> str:
        wizard = self.wizard()
        done: restoring.Restored = wizard.restored
        parts = [put_in(self.tr("Restored from the backup made %1:\n%2"),
                        restoring.when(done.backup), str(done.backup.path))]
        if done.passed_over:
            parts.append(self.tr("Newer backups passed over:") + "".join(
                f"\n• {say(p.words)}" for p in done.passed_over))
        if done.key_mode == "passphrase":
            parts.append(self.tr("It opens with your new passphrase.") if wizard.new_code
                         else self.tr("It opens with your passphrase, as before."))
        elif done.key_in_keyring:
            parts.append(self.tr("Its key is now kept in this computer's keyring: CoachDesk "
                                 "opens without asking while you are logged in."))
        else:
            parts.append(put_in(self.tr("This computer's keyring could not keep its key (%1) "
                                        "Until it can, CoachDesk asks for your recovery code "
                                        "at each start."),
                                say(done.keyring_problem) if done.keyring_problem else ""))
        if done.sync_letter:
            parts.append(syncs_anew(done.vault))
        parts.append(put_in(self.tr("New backups go to %1, as before. You can change that in "
                                    "Settings."), done.folder) if done.folder else
                     self.tr("Choose a backup folder in Settings: CoachDesk makes no backups "
                             "until you do."))
        return "\n\n".join(parts)
