"""The first-run wizard's third way in: this computer joins a practice the coach already
uses on another one, through the folder their sync service keeps in step (docs/sync.md).

This computer still gets its own vault, its own key and its own recovery code (the new
practice's key pages come first); then the coach chooses the synced folder and types the
pairing code the other computer shows in Settings. **Join** runs on the worker
(``ui.ops``): the core first finds the practice that opens with the code
(``practice.find``: a folder that cannot be read, one with no practice, a wrong code are
refused there, and nothing is written); only then is the vault created and the practice
built from its bundles: a busy bar while a bundle is read, then the changes applied of
all the bundles' changes, told every few thousand (a practice is often one large bundle).
A refusal keeps the folder and the code as typed. Once joined, the page says what arrived
(and that the rest follows if some bundles are still on their way) and Next goes on to
the backup folder, with no way back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from coachdesk import clients, sessions
from coachdesk import vault as vaults
from coachdesk.errors import CoachDeskError
from coachdesk.sync import practice
from coachdesk.vault import recovery
from ui import ask, ops
from ui.dialogs.recovery import RecoveryCodeField
from ui.widgets import InlineMessage
from ui.wizard_restore import _text, _Working
from ui.words import number, plural, put_in, say_error

if TYPE_CHECKING:
    from ui.wizard import FirstRunWizard

JOIN = 30  # after the restore pages' and the backup page's numbers

# What the worker reports before the bundles are read (then practice.READING, APPLYING).
CREATING = "creating"


@dataclass(frozen=True)
class Joined:
    """What arrived: the practice's clients and sessions, this computer's letter, and
    whether some bundles still wait for one the sync service has not delivered."""

    clients: int
    sessions: int
    letter: str
    waiting: bool


class JoinPage(_Working, QWizardPage):
    """The synced folder and the pairing code; Join builds the practice here."""

    def __init__(self, wizard: FirstRunWizard, then: int) -> None:
        super().__init__()
        self.then = then  # the page after joining (the backup folder)
        self.folder = ""
        self.working = False
        self.made: vaults.Vault | None = None  # the vault, once made (even if the join failed)
        self.setTitle(self.tr("Join your practice"))
        self.setSubTitle(self.tr("Your practice comes to this computer from the folder your "
                                 "sync service keeps in step with the other one."))
        self.setCommitPage(True)  # joined, there is no going back to join again
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Join"))

        self.folder_button = QPushButton(self.tr("Choose the synced &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.source = _text(self.tr("No folder chosen yet."), muted=True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = RecoveryCodeField(pairing=True)
        self.code.setAccessibleName(self.tr("Pairing code"))
        code_label = QLabel(self.tr("The &pairing code"))
        code_label.setBuddy(self.code)
        code_note = _text(self.tr("Not this computer's recovery code: the pairing code is a "
                                  "different code, shown on the other computer in Settings, "
                                  "under \"Use this practice on another computer\". 13 groups "
                                  "of 5 characters; dashes, spaces and case do not matter."),
                          muted=True)
        self.message = InlineMessage()
        self.status = _text(muted=True)
        self.status.hide()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the bundles are counted
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.hide()
        self.summary = _text()
        self.summary.hide()
        self.code.textChanged.connect(self._code_changed)

        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your synced folder")))
        layout.addLayout(row)
        layout.addSpacing(10)
        layout.addWidget(code_label)
        layout.addWidget(self.code)
        layout.addWidget(code_note)
        layout.addSpacing(4)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def _wizard(self) -> FirstRunWizard:
        return cast("FirstRunWizard", self.wizard())

    def _code_changed(self) -> None:
        """What is wrong with the code so far, or nothing (an earlier refusal goes too)."""
        self.message.show_message(self.code.problem)
        self.completeChanged.emit()

    def choose_folder(self) -> None:
        folder = ask.choose_folder(self, self.tr("Choose the folder your sync service keeps "
                                                 "in step"), self.folder)
        if folder:
            self.folder = folder
            self.source.setText(folder)
            self.message.show_message(self.code.problem)
            self.completeChanged.emit()

    # -- joining ---------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return not self.working and bool(self.folder) and self.code.is_whole()

    def nextId(self) -> int:
        return self.then

    def validatePage(self) -> bool:
        """Join runs on the worker; once joined, Next moves on."""
        if self._wizard().joined is not None:
            return True
        if not self.working and self.isComplete():
            self.start()
        return False

    def start(self) -> None:
        wizard = self._wizard()
        location, plan, folder, code = wizard.location, wizard.plan, Path(self.folder), \
            self.code.text()
        if plan is None:  # the key pages come first; nothing to make a vault with
            return
        self._hold(self.tr("Checking the folder and the code…"))
        self.bar.setRange(0, 0)
        # Held until the work ends (the wizard's own button update gives Back back).
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
        for widget in (self.folder_button, self.code):
            widget.setEnabled(False)

        def work(report: Any) -> Joined:
            practice.find(folder, code)  # nothing is written before the code opens it
            vault = self.made
            if vault is None:
                report(CREATING, 0, 0)
                vault = self.made = vaults.create(location, plan)
            if practice.settings(vault) is None:
                result = practice.join(vault, folder, code, steps=report)
            else:  # joined before a failure cut the first exchange short
                result = practice.exchange(vault, steps=report)
            found = practice.settings(vault)
            # The clients as the Clients page lists them (archived ones aside).
            return Joined(len(clients.list_ids(vault)), sessions.count(vault),
                          found.label if found else "", bool(result.waiting))

        ops.run(work, success=self._joined, failure=self._failed, progress=self._progress)

    def _progress(self, stage: str, done: int, total: int) -> None:
        if stage == CREATING:
            self.status.setText(self.tr("Creating this computer's vault…"))
        elif stage == practice.READING:
            self.status.setText(self.tr("Reading the changes in the synced folder…"))
            if not done:  # nothing applied yet: busy while the first bundle is read
                self.bar.setRange(0, 0)
        elif stage == practice.APPLYING and total:
            self.status.setText(put_in(plural(self.tr(  # both counts grouped alike
                "Building your practice here: %1 of %2 change(s) applied…", "",
                total), total), number(done), number(total)))
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _joined(self, joined: Joined) -> None:
        wizard = self._wizard()
        wizard.vault = self.made
        wizard.joined = joined
        self._release()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.bar.show()
        self.summary.setText(self.describe(joined))
        self.summary.show()
        for widget in (self.folder_button, self.code):
            widget.setEnabled(False)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
        wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def describe(self, joined: Joined) -> str:
        arrived = put_in(self.tr("Your practice is on this computer: %1 and %2."),
                         plural(self.tr("%n client(s)", "", joined.clients), joined.clients),
                         plural(self.tr("%n session(s)", "", joined.sessions),
                                joined.sessions))
        parts = [arrived]
        if joined.waiting:
            parts.append(self.tr("Some changes are still on their way: the rest follows "
                                 "when your sync service delivers them."))
        if joined.letter:
            parts.append(put_in(self.tr("Disclosures made on this computer are numbered "
                                        "with the letter %1 (D-%1000001)."), joined.letter))
        return "\n\n".join(parts)

    def _failed(self, exc: Exception) -> None:
        self._release()
        for widget in (self.folder_button, self.code):
            widget.setEnabled(True)
        if self.made is not None:  # a vault exists now: its key goes nowhere else
            self._wizard().vault = self.made
        if isinstance(exc, recovery.RecoveryCodeError):
            self.message.show_message(say_error(exc))
            self.code.setFocus()
        elif isinstance(exc, CoachDeskError):
            self.message.show_message(say_error(exc))
        else:
            self.message.show_message(put_in(
                self.tr("CoachDesk could not join the practice (%1). Your folder and code "
                        "are kept: try again."), type(exc).__name__))
