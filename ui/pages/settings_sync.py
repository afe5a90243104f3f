"""Settings → "Use this practice on another computer" (issue 17, docs/sync.md).

Not syncing yet: what it does, in one paragraph, and "Choose the sync folder…". The folder
is checked before anything is written (coachdesk.sync.folders: there, writable, not the
vault's folder nor around it, not the backup folder); then ``practice.start`` runs off
the GUI thread with its progress shown, and the section shows what the other computer
needs: the folder, and the pairing code with the steps to take there.

Syncing already: the folder, this computer's letter, the pairing code on request, and
which computer issues invoices, with "Hand invoicing to…" (only to a computer whose
bundles arrived here; until the other hears of it, no computer issues), and the
practice's computers (ui.pages.settings_computers: one gone for good, the invoicing role
taken back from it).

The pairing code is shown only after a click, and hidden again when the page is left or
the vault locks. It does not ask for the passphrase first: the vault is open, and whoever
sits at it can already read every record the code would let another computer receive
(the code opens the change files, which hold the same records); a keyring vault has no
passphrase to ask for, and an idle lock covers the unattended laptop. Asking would be a
ritual without protection, so the code is simply kept out of sight until wanted.

The section also carries the warning Today shows (ui.vault_in_sync_folder) when the vault
itself lives in a folder a sync service keeps in step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk import settings
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.sync import folders, issuer, practice
from coachdesk.vault import recovery
from ui import ask, notice, ops
from ui.exporting import main_window
from ui.pages.settings_computers import ComputersBox, named
from ui.pages.settings_new_code import NewCodeBox
from ui.vault_in_sync_folder import vault_warning
from ui.widgets import InlineMessage, section_heading
from ui.words import say_error


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _label(text: str = "", muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if muted:
        label.setObjectName("muted")
    return label


def _boxed(label: QLabel) -> QWidget:
    """A wrapped label in a box of its own: a bare label on a form row that was hidden when
    the form was laid out kept one line's height when its text wrapped (seen in German)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    return box


def fitted_message() -> InlineMessage:
    """A message whose box is as tall as its words at its width: the form gave a wrapped
    message its own hint's height, about twice its lines (large empty padding)."""
    message = InlineMessage()
    policy = message.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    policy.setHeightForWidth(True)
    message.setSizePolicy(policy)
    return message


def scroll_to(widget: QWidget) -> None:
    """Bring ``widget`` into view in the scroll area that holds it (if shown)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None and widget.isVisible():
        area.ensureWidgetVisible(widget, 0, 24)


def computer_words(label: str) -> str:
    """A computer as the coach knows it: by the letter its numbers carry."""
    if not label:
        return tr("the practice's first computer (its numbers carry no letter: D-000004)")
    return tr("computer %1 (its numbers carry its letter: D-%1000004)").replace("%1", label)


def code_lines(code: str) -> str:
    """The pairing code in two lines of groups, as the recovery code is written."""
    groups = recovery.split_groups(code)
    return "  ".join(groups[:7]) + "\n" + "  ".join(groups[7:])


class _CodeBox(QWidget):
    """The pairing code and the steps on the other computer; hidden when the page is
    left (its own hide, with the page's)."""

    def __init__(self, left) -> None:
        super().__init__()
        self._left = left  # the section's: the button says "Show" again
        self.steps = _label(self.join_steps())
        self.code = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.35)
        mono.setWeight(QFont.Weight.DemiBold)
        self.code.setFont(mono)
        self.code.setObjectName("codeGroup")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(tr("Pairing code"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.steps)
        layout.addWidget(self.code)

    @staticmethod
    def join_steps() -> str:
        return tr(
            "On the other computer:\n1. Install CoachDesk.\n2. Choose “Join a practice I use "
            "on another computer”.\n3. Choose this same folder, once your sync service has "
            "copied it there.\n4. Type this pairing code:")

    def forget(self) -> None:
        self.code.setText("")
        self.steps.setText(self.join_steps())  # (a new code's own steps shown once)
        self.hide()

    def hideEvent(self, event) -> None:
        """The page left (or the window hidden): the code goes out of sight, and out of
        the label."""
        super().hideEvent(event)
        self.code.setText("")
        if not self.isHidden():  # hidden with the page, not by itself: hide itself too
            self._left()


class SyncSettings(QObject):
    """The section's rows in the Settings form (as ui.pages.settings_practice adds its)."""

    sync_started = Signal()  # the practice began to sync here: the sync runner may start

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = parent
        self._vault: Any = None
        self._listening: Any = None  # the window whose change notices reach this section
        # While the first bundle is written the worker holds the vault (a big practice:
        # a minute or more): the notice of start's own commit must not read meanwhile, or
        # the window would wait for it. The section reads once it has started.
        self._starting = False
        self._form: QFormLayout | None = None
        self.heading = section_heading(tr("Use this practice on another computer"))
        self.intro = _label(tr(
            "Work on a second computer with the same practice: your own sync service "
            "(Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud, or a USB stick you "
            "carry) keeps a folder in step, and CoachDesk writes small encrypted change "
            "files into it and reads the other computer's. CoachDesk itself sends nothing "
            "over the network. Each computer keeps its own vault: never put the vault's "
            "own folder in a synced folder."), muted=True)
        self.choose_button = QPushButton(tr("Choose the sync &folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = _label(muted=True)
        self.choose_row = QWidget()
        row = QHBoxLayout(self.choose_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        self.folder = _label()
        self.computer = _label()
        self.code_button = QPushButton(tr("Show the &pairing code"))
        self.code_button.clicked.connect(self.toggle_code)
        self.code_box = _CodeBox(self.hide_code)
        self.code_box.hide()
        self.code_row = QWidget()
        code_layout = QVBoxLayout(self.code_row)
        code_layout.setContentsMargins(0, 0, 0, 0)
        # The code replaced here, or the new one typed here.
        self.new_code = NewCodeBox(self.show_new_code, self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.code_button)
        buttons.addWidget(self.new_code.make_button)
        buttons.addStretch(1)
        code_layout.addLayout(buttons)
        code_layout.addWidget(self.code_box)
        code_layout.addWidget(self.new_code)
        self.issuer = _label()
        self.hand_button = QPushButton(tr("&Hand invoicing to…"))
        self.hand_button.clicked.connect(self.hand_over)
        self.issuer_row = QWidget()
        issuer_layout = QVBoxLayout(self.issuer_row)
        issuer_layout.setContentsMargins(0, 0, 0, 0)
        issuer_layout.addWidget(self.issuer)
        issuer_layout.addWidget(self.hand_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hand_note = _label(muted=True)  # why the button waits
        issuer_layout.addWidget(self.hand_note)
        self.computers = ComputersBox()
        self.warning = _label()
        self.warning.setObjectName("inlineMessage")  # a problem's warm tone
        self.warning.setProperty("tone", "problem")
        self.message = fitted_message()

    def add_rows(self, form: QFormLayout) -> None:
        self._form = form
        form.addRow(self.heading)
        self.warning_row = _boxed(self.warning)
        form.addRow("", self.warning_row)
        form.addRow("", self.intro)
        form.addRow("", self.choose_row)
        self.folder_row, self.computer_row = _boxed(self.folder), _boxed(self.computer)
        form.addRow(tr("Sync folder"), self.folder_row)
        form.addRow(tr("This computer"), self.computer_row)
        form.addRow("", self.code_row)
        form.addRow(tr("Invoices"), self.issuer_row)
        form.addRow(tr("Computers"), self.computers)
        form.addRow("", self.message)
        self._show_rows(syncing=False, shown=False)

    def _show_rows(self, *, syncing: bool, shown: bool = True) -> None:
        if self._form is None:
            return
        rows: list[tuple[QWidget, bool]] = [
            (self.heading, shown),  # (the message shows itself when it has words)
            (self.intro, shown and not syncing), (self.choose_row, shown and not syncing),
            *((w, shown and syncing) for w in (self.folder_row, self.computer_row,
                                               self.code_row, self.issuer_row,
                                               self.computers))]
        for widget, visible in rows:
            self._form.setRowVisible(widget, visible)
        self._form.setRowVisible(self.warning_row, shown and bool(self.warning.text()))

    def bring_into_view(self) -> None:
        """Scroll Settings to this section's heading, once the page is laid out."""
        def scroll() -> None:
            area = self.heading.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            column = area.widget() if area is not None else None
            if area is not None and column is not None and self.heading.isVisible():
                top = self.heading.mapTo(column, self.heading.rect().topLeft()).y()
                area.verticalScrollBar().setValue(top - 8)
        QTimer.singleShot(0, scroll)

    # -- the page's life --------------------------------------------------------------
    def attach(self, vault: Any) -> None:
        self._vault = vault
        window = main_window(self.page)
        if window is not None and window is not self._listening \
                and hasattr(window, "changes"):
            self._listening = window
            window.changes.changed.connect(self._changed)  # who issues, who synced

    def _changed(self, kinds: Change) -> None:
        if Change.SETTINGS in kinds and self._vault is not None and self._vault.is_open \
                and not self._starting and not self.new_code.working:
            self.refresh()

    def refresh(self) -> None:
        """Read what the section shows: whether the practice syncs, and how."""
        vault = self._vault
        if vault is None:
            return
        if vault.opened_with_demo_key:  # invented people: nothing to carry elsewhere
            self._show_rows(syncing=False, shown=False)
            return
        self.warning.setText(vault_warning(vault, in_settings=True))
        found = practice.settings(vault)
        if found is None:
            self._show_rows(syncing=False)
            return
        self.folder.setText(str(found.folder))
        words = computer_words(found.label)
        self.computer.setText(words[:1].upper() + words[1:])  # on a row of its own
        role = issuer.role(vault)
        if role.gone_here:
            self.issuer.setText(tr("Another computer of the practice marked this one as "
                                   "gone, so this computer cannot issue invoices."))
        elif role.pending:  # handed over from here, not arrived there yet
            self.issuer.setText(tr("Invoicing was handed to %1: it issues the practice's "
                                   "invoices once this change has reached it. Until then, "
                                   "no computer issues invoices.").replace(
                "%1", named(role.issuer_label or "")))
        elif role.here:
            self.issuer.setText(tr("This computer issues the practice's invoices, so their "
                                   "numbers run without gaps."))
        else:
            self.issuer.setText(tr("Another computer issues the practice's invoices, so "
                                   "that their numbers run without gaps: %1. This "
                                   "computer cannot issue them.").replace(
                "%1", computer_words(role.issuer_label) if role.issuer_label is not None
                else tr("a computer this one has not heard from yet")))
        waiting = "" if role.others else tr(
            "The practice's other computers are marked as gone: once a computer that joins "
            "the practice has synced with this one, you can hand invoicing to it.") \
            if role.gone_others else tr(
            "No other computer has synced with this one yet: once its changes have "
            "arrived here, you can hand invoicing to it.")
        self.hand_button.setVisible(role.here)
        self.hand_button.setEnabled(not waiting)
        self.hand_button.setToolTip(waiting)
        self.hand_note.setText(waiting)
        self.hand_note.setVisible(role.here and bool(waiting))
        self.computers.refresh(vault)
        self.new_code.refresh(vault)
        if self.new_code.needed:  # the code held here opens nothing new: out of sight
            self.hide_code()
        # A computer marked as gone shows no code to join with (its pairing is over).
        self.code_button.setVisible(not self.new_code.needed and not role.gone_here)
        if role.gone_here:
            self.hide_code()
        # The row above may have changed height: the wrapped text below measures again
        # (else German's four lines of who issues invoices kept three).
        self.issuer.updateGeometry()
        self._show_rows(syncing=True)

    def clear(self) -> None:
        """At lock: the code, the folder and every message go."""
        self._vault = None
        self.code_box.forget()
        self.code_button.setText(tr("Show the &pairing code"))
        for label in (self.folder, self.computer, self.issuer, self.status):
            label.setText("")
        self.message.clear_message()
        self.computers.clear()
        self.new_code.clear()
        self._show_rows(syncing=False, shown=False)

    # -- starting -----------------------------------------------------------------------
    def choose_folder(self) -> None:
        vault = self._vault
        if vault is None:
            return
        chosen = ask.choose_folder(self.page, tr("Choose the sync folder"))
        if not chosen:
            return
        backup = settings.get(vault, "backup_folder")
        self.message.clear_message()
        self._starting = True
        self.choose_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(tr("Writing the practice into the sync folder…"))

        def work(report) -> str:
            folders.check_sync_folder(Path(chosen), vault_folder=vault.location.folder,
                                      backup_folder=Path(backup) if backup else None)
            return practice.start(vault, Path(chosen), report)

        ops.run(work, success=self._started, failure=self._not_started,
                progress=self._progressed, window=main_window(self.page),
                always=self._settled)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)  # (0, 0): the bundle being written, busy
        self.progress.setValue(done)

    def _settled(self) -> None:
        self._starting = False
        self.progress.hide()
        self.status.setText("")
        self.choose_button.setEnabled(True)

    def _not_started(self, exc: Exception) -> None:
        self.message.show_message(say_error(exc) if isinstance(exc, CoachDeskError)
                                  else ops.error_text(exc))
        # Below the fold of a long Settings page, the refusal went unseen after the file
        # dialog closed (the tryout: "nothing happens"): scrolled to once it is laid out.
        QTimer.singleShot(0, lambda: scroll_to(self.message))

    def _started(self, code: str) -> None:
        self.refresh()
        self.show_code(code)
        notice.saved(self.page, tr("This practice now syncs through the folder you chose."))
        self.sync_started.emit()

    # -- the pairing code ---------------------------------------------------------------
    def show_code(self, code: str | None = None) -> None:
        if self._vault is None:
            return
        self.code_box.code.setText(code_lines(code or practice.pairing_code(self._vault)))
        self.code_box.show()
        self.code_button.setText(tr("Hide the &pairing code"))
        self.issuer.updateGeometry()  # (the row above grew: see refresh)

    def show_new_code(self, code: str) -> None:
        """A new code just made here: with what to do on the practice's other computers."""
        self.show_code(code)
        self.code_box.steps.setText(tr(
            "On each other computer of this practice, open Settings and type this new "
            "pairing code where it asks for it. A computer that joins later uses it too:"))

    def toggle_code(self) -> None:
        if self.code_box.isVisible():
            self.code_box.forget()
            self.code_button.setText(tr("Show the &pairing code"))
            self.issuer.updateGeometry()
        else:
            self.show_code()

    def hide_code(self) -> None:
        """The page was left: out of sight until asked for again."""
        self.code_box.forget()
        self.code_button.setText(tr("Show the &pairing code"))

    # -- invoicing ----------------------------------------------------------------------
    def hand_over(self) -> None:
        vault = self._vault
        if vault is None:
            return
        others = issuer.role(vault).others
        if not others:
            return
        chosen = 0
        if len(others) > 1:
            picked = ask.choose(self.page, tr("Hand invoicing over"),
                                tr("Which computer should issue the practice's invoices?"),
                                [named(c.label) for c in others])
            if picked is None:
                return
            chosen = picked
        target = others[chosen]
        if not ask.confirm(self.page, tr("Hand invoicing over"), tr(
                "Hand invoicing over to:\n%1\n\nThis computer stops issuing invoices now; "
                "the other starts once its sync service has brought it this change. Until "
                "then, no computer issues invoices.").replace(
                "%1", named(target.label)), tr("Hand over")):
            return
        try:
            issuer.hand_over(vault, target.device)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return
        self.refresh()
