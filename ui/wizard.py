"""The first-run wizard: create the vault, keep its key safe, show the recovery code once;
or, on a new computer, restore the practice from its backups (``ui.wizard_restore``); or
join a practice used on another computer through a synced folder (``ui.wizard_join``:
its own vault and code first, as a new practice, then the folder and the pairing code).

Nothing is written until the code is confirmed: the key (or passphrase-derived key) is
made in memory, its recovery code is shown and typed back, and only then is the
vault created and the key stored. A cancelled wizard leaves no file behind. Then, with
no way back, the last page offers to choose a backup folder (it can wait: Today keeps
asking, calmly, until one is chosen).
"""

from __future__ import annotations

import contextlib
import secrets

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coachdesk import settings
from coachdesk import vault as vaults
from coachdesk.errors import CoachDeskError, InvalidInput
from coachdesk.files import UnsafeFolder
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups, keystore, recovery
from ui import ask
from ui.dialogs.recovery import fill_code_grid
from ui.vault_in_sync_folder import new_vault_warning
from ui.widgets import InlineMessage, line_edit, wipe
from ui.wizard_join import JOIN, Joined, JoinPage
from ui.wizard_restore import (
    NEW_CODE,
    RESTORE,
    RESTORE_PASSPHRASE,
    RESTORED,
    NewCodePage,
    RestoredPage,
    RestorePage,
    RestorePassphrasePage,
)
from ui.words import plural, put_in, say, say_error

WELCOME, PASSPHRASE, CODE, CONFIRM = range(4)
BACKUP = 20  # after the restore pages' numbers
MIN_PASSPHRASE = vaults.MIN_PASSPHRASE


def _text(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.location = wizard.location
        self.setTitle(self.tr("Welcome to CoachDesk"))
        self.setSubTitle(self.tr("Your practice, private and offline, in one encrypted file."))
        self.keyring = keystore.status()
        layout = QVBoxLayout(self)
        layout.addWidget(_text(
            self.tr("CoachDesk keeps your clients, sponsors, agreements and session notes in one "
            "encrypted vault on this computer. Nothing is sent anywhere.")))
        self.start_new = QRadioButton(self.tr("&Start a new practice"))
        self.restore = QRadioButton(self.tr("&Restore my practice from a backup"))
        self.join = QRadioButton(self.tr("&Join a practice I use on another computer"))
        start = QButtonGroup(self)
        for choice in (self.start_new, self.restore, self.join):
            start.addButton(choice)
        self.start_new.setChecked(True)
        restore_note = _text(self.tr("A new computer, or one that was wiped? Your backup "
                                     "folder and your recovery code bring your practice back."))
        restore_note.setObjectName("muted")
        restore_note.setContentsMargins(24, 0, 0, 0)
        layout.addSpacing(4)
        layout.addWidget(self.start_new)
        layout.addWidget(self.restore)
        layout.addWidget(restore_note)
        layout.addWidget(self.join)
        join_note = _text(self.tr("Your sync service (Syncthing, Dropbox, …) has copied the "
                                  "practice's folder here; the other computer shows a code "
                                  "in Settings."))
        join_note.setObjectName("muted")
        join_note.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(join_note)
        self.where = _text()
        layout.addSpacing(4)
        layout.addWidget(self.where)
        self.synced = InlineMessage()  # the vault's folder kept in step by Dropbox & co.
        layout.addWidget(self.synced)
        self.new_fields = QWidget()  # what only a new practice needs
        layout.addWidget(self.new_fields)
        fields = QVBoxLayout(self.new_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        self.name_fields = QWidget()  # a joined practice brings the coach's name
        name_layout = QVBoxLayout(self.name_fields)
        name_layout.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.name_fields)
        name_layout.addSpacing(4)
        self.coach_name = line_edit(self.tr("e.g. Sam Rivera"))
        self.coach_name.setAccessibleName(self.tr("Your name"))
        name_label = QLabel(self.tr("&Your name, as agreements, release forms and reports print it "
                            "(you can change it in Settings)"))
        name_label.setWordWrap(True)
        name_label.setBuddy(self.coach_name)
        name_layout.addWidget(name_label)
        name_layout.addWidget(self.coach_name)
        fields.addSpacing(4)
        self.use_keyring = QRadioButton(self.tr("Keep the key in this computer's &keyring "
                                        "(recommended)"))
        self.use_passphrase = QRadioButton(self.tr("Use a &passphrase I type at every start"))
        group = QButtonGroup(self)
        group.addButton(self.use_keyring)
        group.addButton(self.use_passphrase)
        self.keyring_note = _text(say(self.keyring.description) + " " + self.tr(
            "CoachDesk will open without asking while you are logged in to this computer."))
        self.keyring_note.setObjectName("muted")
        fields.addWidget(self.use_keyring)
        fields.addWidget(self.use_passphrase)
        fields.addWidget(self.keyring_note)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        if self.keyring.usable:
            self.use_keyring.setChecked(True)
        else:
            self.use_keyring.setEnabled(False)
            self.use_passphrase.setChecked(True)
            self.keyring_note.setText(
                say(self.keyring.description) + " " + self.tr(
                    "You can still protect your vault with a passphrase: CoachDesk will ask "
                    "for it each time it starts."))
        layout.addStretch(1)
        self.restore.toggled.connect(self._chosen)
        self.join.toggled.connect(self._chosen)
        self._chosen()

    def _chosen(self) -> None:
        restoring = self.restore.isChecked()
        self.new_fields.setVisible(not restoring)
        self.name_fields.setVisible(not self.join.isChecked())
        self.where.setText(
            (self.tr("Your practice will be restored here:\n%1") if restoring else
             self.tr("Your vault will be created here:\n%1"))
            .replace("%1", str(self.location.vault_file)))
        self.synced.show_message(new_vault_warning(self.location.folder))
        self.message.clear_message()
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """The window grows when the page's words need more height than it has (German
        with the synced-folder warning squeezed the lines under it)."""
        layout, wizard = self.layout(), self.wizard()
        need = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if wizard is not None and self.isVisible() and need > self.height():
            wizard.resize(wizard.width(), wizard.height() + need - self.height())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit)

    def nextId(self) -> int:
        if self.restore.isChecked():
            return RESTORE
        return CODE if self.use_keyring.isChecked() else PASSPHRASE

    def validatePage(self) -> bool:
        try:  # before a code is written down for a vault that could not be made here
            self.location.check_folder()
        except UnsafeFolder as exc:
            self.message.show_message(say_error(exc))
            return False
        if self.restore.isChecked():
            return True
        if self.use_keyring.isChecked():
            self.wizard().plan = vaults.plan_keyring_vault()
        return True


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.location = wizard.location
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("You will type it each time CoachDesk starts."))
        self.first = line_edit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = line_edit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Again"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(_text(
            self.tr("Use at least %1 characters; a few unrelated words are easy to remember and "
                    "hard to guess. If you forget it, your recovery code still opens the "
                    "vault.").replace("%1", str(MIN_PASSPHRASE))))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for edit in (self.first, self.second):
            edit.textEdited.connect(lambda _t: self.message.clear_message())

    def nextId(self) -> int:
        return CODE

    def validatePage(self) -> bool:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE:
            self.message.show_message(
                plural(self.tr("The passphrase needs at least %n character(s).", "",
                               MIN_PASSPHRASE), MIN_PASSPHRASE))
            return False
        if first != second:
            self.message.show_message(self.tr("The two passphrases are not the same."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.wizard().plan = vaults.plan_passphrase_vault(first)
        except InvalidInput as exc:
            self.message.show_message(say_error(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True


class CodePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.location = wizard.location
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Write it down on paper now. It is shown only this once."))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(10)
        self.written = QCheckBox(self.tr("I have written down my recovery code and will keep it "
                                 "somewhere safe"))
        self.registerField("written*", self.written)
        # Joining: this code is this computer's own; the pairing code comes after it.
        self.own = _text(self.tr("This is this computer's own recovery code, for its vault "
                                 "here: keep it on paper. The pairing code you type after "
                                 "this is a different code, shown on the other computer."))
        self.own.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addWidget(_text(
            self.tr("If this computer is lost or replaced, or its keyring is cleared, this code is "
            "the only way to open your vault. Keep it away from the laptop, as you would a "
            "spare key. CoachDesk cannot show it again or recover it for you.")))
        layout.addSpacing(6)
        layout.addLayout(self.grid)
        layout.addSpacing(6)
        layout.addWidget(self.written)
        layout.addStretch(1)

    def clear_code(self) -> None:
        fill_code_grid(self.grid, "")

    def initializePage(self) -> None:
        fill_code_grid(self.grid, self.wizard().plan.recovery_code)
        self.written.setChecked(False)
        self.own.setVisible(self.wizard().welcome.join.isChecked())

    def nextId(self) -> int:
        return CONFIRM


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.location = wizard.location
        self.setTitle(self.tr("Check your copy"))
        self.setSubTitle(self.tr("Type two groups from what you wrote down."))
        self.groups: tuple[int, int] = (1, 2)
        self._groups_for = ""
        self.first = line_edit()
        self.second = line_edit()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for edit in (self.first, self.second):
            edit.setFont(mono)
            edit.setMaximumWidth(180)  # a group is five characters
            edit.textChanged.connect(self._changed)
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        self.message = InlineMessage()
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self.tr("This makes sure your written copy is right before anything "
                               "depends on it.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setCommitPage(True)  # the vault is made here: no going back to make another
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create my vault"))

    def initializePage(self) -> None:
        joining = self.wizard().welcome.join.isChecked()
        self.setCommitPage(not joining)  # joining makes the vault once the code opens it
        plan_id = self.wizard().plan.vault_id
        if plan_id != self._groups_for:  # the same code asks for the same groups
            picks = sorted(secrets.SystemRandom().sample(range(1, recovery.GROUPS + 1), 2))
            self.groups = (picks[0], picks[1])
            self._groups_for = plan_id
        self.first_label.setText(self.tr("Group %1").replace("%1", str(self.groups[0])))
        self.second_label.setText(self.tr("Group %1").replace("%1", str(self.groups[1])))
        wipe(self.first)
        wipe(self.second)
        self.message.clear_message()
        self.first.setFocus()

    def _matches(self, edit: QLineEdit, number: int) -> bool:
        """Typed as the code reads, forgiving what decode forgives (O for 0, I or L for 1)."""
        plan = self.wizard().plan
        if plan is None:  # the wizard has finished and forgotten the code
            return False
        return recovery.canonical(edit.text()) == recovery.group(plan.recovery_code, number)

    def _changed(self) -> None:
        self.message.clear_message()
        for edit, number in ((self.first, self.groups[0]), (self.second, self.groups[1])):
            typed = "".join(recovery.split_groups(edit.text()))
            if len(typed) >= recovery.GROUP_LEN and not self._matches(edit, number):
                self.message.show_message(self.tr(
                    "Group %1 is not what the code says. Check your copy (press Back to see "
                    "the code again).").replace("%1", str(number)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._matches(self.first, self.groups[0]) and \
            self._matches(self.second, self.groups[1])

    def nextId(self) -> int:
        if self.wizard().welcome.join.isChecked():
            return JOIN
        return BACKUP  # "Create my vault" creates it; the backup folder comes next

    def validatePage(self) -> bool:
        if self.wizard().welcome.join.isChecked():
            return True
        try:
            self.wizard().vault = vaults.create(self.location, self.wizard().plan)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return False
        except OSError as exc:
            self.message.show_message(
                put_in(self.tr("CoachDesk could not write the vault in %1 (%2). Nothing was "
                               "saved."), str(self.location.folder), exc.strerror or ""))
            return False
        return True


class BackupPage(QWizardPage):
    """The new vault's backup folder, chosen now or later (see the module)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Keep copies of your practice"))
        self.setSubTitle(self.tr("Your vault is ready. Choose where its backups go."))
        self.folder = ""
        self.where = _text(self.tr("No folder chosen yet."))
        self.where.setObjectName("muted")
        self.choose_button = QPushButton(self.tr("&Choose a backup folder…"))
        self.choose_button.clicked.connect(self.choose)
        self.message = InlineMessage()
        row = QHBoxLayout()
        row.addWidget(self.where, 1)
        row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        later = _text(self.tr("Not now? Finish anyway: Today reminds you until a folder is "
                              "chosen, and Settings can change it at any time."))
        later.setObjectName("muted")
        self.later = later  # says what happens next once a folder is chosen
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self.tr(
            "Your practice lives in one file on this computer. If the disk fails or the "
            "laptop is lost, a backup brings it back. Choose a folder on an external drive, "
            "or a folder your cloud service keeps in sync: CoachDesk keeps a copy there each "
            "day you open it, checked before it is kept.")))
        layout.addWidget(_text(self.tr(
            "The copies are encrypted with your vault's key. Nobody can read them without "
            "your recovery code, not the drive's owner nor the sync service: keep the code, "
            "and the copies bring your practice back on any computer.")))
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(later)
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           self.tr("&Start using CoachDesk"))

    def initializePage(self) -> None:
        self.wizard().setOption(QWizard.WizardOption.NoCancelButton, True)  # it exists now

    def nextId(self) -> int:
        return -1

    def choose(self) -> None:
        """Ask where; a folder others may write to, or the vault's own, is refused here
        (``backups.remember_folder``) and the coach may choose again."""
        vault = self.wizard().vault
        if vault is None:
            return
        folder = ask.choose_folder(self, self.tr("Where should backups go?"), self.folder)
        if not folder:
            return
        try:
            backups.remember_folder(vault, folder)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return
        self.message.clear_message()
        self.folder = folder
        self.where.setObjectName("")
        self.where.setText(self.tr("Backups go to %1").replace("%1", folder))
        self.later.setText(self.tr("CoachDesk makes its first copy there when you start. "
                                   "Settings can change the folder at any time."))
        self.where.style().unpolish(self.where)
        self.where.style().polish(self.where)


class FirstRunWizard(QWizard):
    created = Signal(object)  # the new, open Vault

    def __init__(self, location: VaultLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.plan: vaults.NewVaultPlan | None = None
        self.vault: vaults.Vault | None = None
        self.restored = None  # what a restore did (a new computer), once it has
        self.joined: Joined | None = None  # what joining a practice brought, once it has
        self.new_code: str | None = None  # a restored practice's new passphrase's code
        self.reencrypted = None  # what became of the backups with that new passphrase
        self.working = False  # a restore is under way: the wizard stays until it ends
        self.setWindowTitle(self.tr("Set up CoachDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        # Wide enough for a whole recovery code in the restore page's field.
        self.setMinimumSize(760, 600)
        self.welcome = WelcomePage(self)
        self.passphrase = PassphrasePage(self)
        self.code = CodePage(self)
        self.confirm = ConfirmPage(self)
        self.setPage(WELCOME, self.welcome)
        self.setPage(PASSPHRASE, self.passphrase)
        self.setPage(CODE, self.code)
        self.setPage(CONFIRM, self.confirm)
        self.backup = BackupPage(self)
        self.setPage(BACKUP, self.backup)
        self.restore = RestorePage(self)
        self.restore_passphrase = RestorePassphrasePage(self)
        self.new_code_page = NewCodePage(self)
        self.restored_page = RestoredPage(self)
        self.setPage(RESTORE, self.restore)
        self.setPage(RESTORE_PASSPHRASE, self.restore_passphrase)
        self.setPage(NEW_CODE, self.new_code_page)
        self.setPage(RESTORED, self.restored_page)
        self.join_page = JoinPage(self, then=BACKUP)
        self.setPage(JOIN, self.join_page)
        self.accepted.connect(self._finish)

        self.finished.connect(self.forget_secrets)
        self.currentIdChanged.connect(self._buttons_after_the_page)
        self._buttons_after_the_page(self.startId())

    def _buttons_after_the_page(self, page_id: int) -> None:
        """Tab reads the page first, then Back, Next and Cancel (Qt makes the buttons
        before the pages, so they would come first)."""
        page = self.page(page_id)
        if page is None:
            return
        last: QWidget = page
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            last, widget = widget, widget.nextInFocusChain()
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            QWidget.setTabOrder(last, button)
            last = button

    def reject(self) -> None:
        # A restore under way finishes first (seconds at most); a vault just made is
        # finished with the button, with or without a backup folder.
        if not self.working and self.currentId() != BACKUP:
            super().reject()

    def _finish(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None:
            name = self.welcome.coach_name.text().strip()
            if name and self.restored is None and self.joined is None:  # on forms, reports
                with contextlib.suppress(CoachDeskError):
                    settings.put(vault, "coach_name", name)
            if self.new_code:  # shown and ticked as written down: no need to show it again
                vaults.code_written_down(vault)
            self.created.emit(vault)

    def forget_secrets(self) -> None:
        """Done or cancelled: drop the key, the code on screen and what was typed. A practice
        restored and then cancelled is closed (it opens as usual at the next start)."""
        self.plan = None
        self.new_code = None
        self.code.clear_code()
        self.new_code_page.clear_code()
        self.restore.code.forget()
        self.join_page.code.forget()
        for edit in (self.passphrase.first, self.passphrase.second, self.confirm.first,
                     self.confirm.second, self.restore_passphrase.passphrase,
                     self.restore_passphrase.new_first, self.restore_passphrase.new_second):
            wipe(edit)
        if self.vault is not None and self.result() != QWizard.DialogCode.Accepted:
            self.vault.close()
            self.vault = None
        self.deleteLater()
