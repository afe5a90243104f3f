"""The unlock screen: shown at start when the vault cannot open by itself, and on lock.

It asks for exactly what the vault needs (nothing, the recovery code, or the
passphrase), opens the vault on the worker thread, and reports failures in the
coach's words. When the vault file itself is the problem (missing, empty,
damaged, from a newer CoachDesk) it says so, names the file, and offers what
can help: try again, the recovery code, or the folder. It never writes to a
vault it could not open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
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
from coachdesk.paths import VaultLocation
from coachdesk.vault import (
    KeyNeeded,
    MigrationFailed,
    NotAVault,
    RecoveryCodeError,
    VaultInfo,
    VaultTooNew,
)
from ui import ops
from ui.widgets import InlineMessage, line_edit, wipe

KEYRING, RECOVERY, PASSPHRASE, PROBLEM = "keyring", "recovery", "passphrase", "problem"


def _link(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("link")
    button.setFlat(True)
    return button


class UnlockPage(QWidget):
    unlocked = Signal(object)  # the open Vault

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
        self.code_button = _link("Use my &recovery code")
        self.code_button.clicked.connect(lambda: self.ask_for(RECOVERY, ""))
        self.back_button = _link("&Back")
        self.back_button.clicked.connect(lambda: self.ask_for(self.usual_mode(), ""))
        self.folder_button = _link("Show the vault's &folder")
        self.folder_button.clicked.connect(self.show_folder)

        links = QHBoxLayout()
        for button in (self.back_button, self.code_button, self.folder_button):
            links.addWidget(button)
        links.addStretch(1)
        links.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.reason)
        inner.addSpacing(6)
        inner.addWidget(self.field_label)
        inner.addWidget(self.field)
        inner.addWidget(self.message)
        inner.addSpacing(6)
        inner.addLayout(links)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.ask_for(KEYRING, "")

    def usual_mode(self) -> str:
        info = VaultInfo.read(self.location)
        return PASSPHRASE if info is not None and info.key_mode == "passphrase" else KEYRING

    def ask_for(self, mode: str, reason: str) -> None:
        """Show the form for ``mode`` with ``reason`` explaining why."""
        self.mode = mode
        wipe(self.field)
        self.message.clear_message()
        asks = mode in (RECOVERY, PASSPHRASE)
        self.field_label.setVisible(asks)
        self.field.setVisible(asks)
        self.back_button.setVisible(mode == RECOVERY)
        self.code_button.setVisible(mode in (KEYRING, PASSPHRASE, PROBLEM))
        self.folder_button.setVisible(mode == PROBLEM)
        self.unlock_button.setText("&Open vault" if asks else
                                   "Try &again" if mode == PROBLEM else "&Unlock")
        if mode == KEYRING:
            self.title.setText("Your vault is locked")
            self.reason.setText(reason or "Unlock to carry on. Your key is kept in this "
                                          "computer's keyring.")
            self.code_button.setText("Use my &recovery code")
        elif mode == RECOVERY:
            self.title.setText("Enter your recovery code")
            self.reason.setText(reason or "Type the recovery code you wrote down when you "
                                          "created your vault. Dashes and case do not matter.")
            self.field_label.setText("Recovery &code")
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
            self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        elif mode == PASSPHRASE:
            self.title.setText("Enter your passphrase")
            self.reason.setText(reason or "Your vault is protected by a passphrase.")
            self.field_label.setText("&Passphrase")
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText("")
            self.field.setFont(QFont())
            self.code_button.setText("Forgot it? Use my &recovery code")
        else:
            self.title.setText("CoachDesk cannot open your vault")
            self.reason.setText(reason)
            self.code_button.setText("Use my &recovery code")
        (self.field if asks else self.unlock_button).setFocus()

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
            self.message.show_message("Type your recovery code first." if self.mode == RECOVERY
                                      else "Type your passphrase first.")
            return
        location = self.location
        if self.mode == RECOVERY:
            self._run(lambda: vaults.unlock_with_recovery_code(location, typed))
        else:
            self._run(lambda: vaults.unlock_with_passphrase(location, typed))

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.location.folder)))

    def _run(self, work) -> None:
        self._busy = True
        self.unlock_button.setEnabled(False)
        self.message.show_message("Opening your vault…")
        ops.run(work, success=self._opened, failure=self._failed)

    def _opened(self, vault) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        wipe(self.field)
        self.message.clear_message()
        self.unlocked.emit(vault)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        if isinstance(exc, KeyNeeded):
            self.ask_for(exc.mode, exc.message)
        elif isinstance(exc, (NotAVault, VaultTooNew, MigrationFailed)):
            self.ask_for(PROBLEM, exc.message)
        elif isinstance(exc, (CoachDeskError, RecoveryCodeError)):
            self.message.show_message(str(exc))
            if self.field.isVisible():
                self.field.setFocus()
                self.field.selectAll()
        else:
            self.message.show_message(
                f"CoachDesk could not open the vault ({type(exc).__name__}). Nothing was "
                "changed.")
