"""A recovery code on screen: numbered groups a person can copy onto paper, and the
field a written code is typed back into.

The first-run wizard shows the first code; this dialog shows a new one after a
key or passphrase change, when the old code stops opening the vault. It closes
only once the coach has ticked that the code is written down: one stray Enter
must not lose it. Nothing here offers to copy the code (the clipboard is shared
with every other app).

``RecoveryCodeField`` is where a code is typed to restore a backup: fixed-width like
the unlock page's, and each group is checked as soon as its fifth character is in,
with the unlock page's words ("Group 5 (H4R7F) looks mistyped"), before anything is
tried. ``RestoreCodeDialog`` asks for the code a backup needs (Settings → Restore).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from coachdesk.vault import recovery
from ui.widgets import InlineMessage, wipe
from ui.words import say_error


def fill_code_grid(grid: QGridLayout, code: str) -> None:
    """The code's groups, numbered, four to a row, in a large fixed-width font."""
    while grid.count():
        item = grid.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSizeF(mono.pointSizeF() * 1.35)
    mono.setWeight(QFont.Weight.DemiBold)
    for index, part in enumerate(recovery.split_groups(code)):
        number = QLabel(f"{index + 1}")
        number.setObjectName("muted")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value = QLabel(part)
        value.setObjectName("codeGroup")
        value.setFont(mono)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        row, column = divmod(index, 4)
        grid.addWidget(number, row, column * 2)
        grid.addWidget(value, row, column * 2 + 1)


class RecoveryCodeDialog(QDialog):
    def __init__(self, title: str, intro: str, code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        words = QLabel(intro)
        words.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(10)
        fill_code_grid(self.grid, code)
        self.written = QCheckBox(self.tr("I have written down this recovery code and will "
                                         "keep it somewhere safe, away from the laptop"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addSpacing(8)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        """Esc or the close button: only once the code is written down."""
        if self.written.isChecked():
            super().reject()


class RecoveryCodeField(QLineEdit):
    """A recovery code as it is typed: each whole group checked at once. ``problem`` is what
    is wrong so far (empty when nothing is), up to date for every later ``textChanged``
    listener (the field's own check is connected first)."""

    def __init__(self, parent: QWidget | None = None, *, pairing: bool = False) -> None:
        super().__init__(parent)
        self.pairing = pairing  # a pairing code, read off the other computer's screen
        self.setMaxLength(200)  # a code with every separator is under 80 characters
        self.setPlaceholderText(self.tr("XXXXX-XXXXX-XXXXX-…"))
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setAccessibleName(self.tr("Recovery code"))
        self.problem = ""
        self.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        try:
            recovery.check_typed(text)
        except recovery.RecoveryCodeError as exc:
            self.problem = say_error(exc)
            if self.pairing and exc.words.text == recovery.MISTYPED:
                group, typed = (str(a) for a in exc.words.args)
                self.problem = self.tr(
                    "Group %1 (%2) looks mistyped. Check it against the pairing code shown "
                    "on the other computer.").replace("%2", typed).replace("%1", group)
        else:
            self.problem = ""

    def fit_whole_code(self) -> None:
        """In a column narrower than a whole code in groups (Settings' sync section), the
        letters get smaller until a whole code shows, down to a size still read with ease."""
        self._fitting = True
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "_fitting", False):
            self._fit()

    def _fit(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code = " ".join(["W" * recovery.GROUP_LEN] * recovery.GROUPS)
        room = self.contentsRect().width() - 12  # the text's own margins and the cursor
        size = font.pointSizeF()
        while size > 8 and QFontMetrics(font).horizontalAdvance(code) > room:
            size -= 0.5
            font.setPointSizeF(size)
        if font != self.font():
            self.setFont(font)

    def is_whole(self) -> bool:
        """Every character of a code typed, and nothing found wrong."""
        typed = sum(len(g) for g in recovery.split_groups(self.text()))
        return not self.problem and typed == recovery.GROUPS * recovery.GROUP_LEN

    def forget(self) -> None:
        wipe(self)


class RestoreCodeDialog(QDialog):
    """Settings → Restore: the recovery code a backup needs, when the vault's own key does not
    open it. ``submitted`` carries the code; the restore flow answers with ``busy``, then
    ``show_problem`` (the dialog stays, the code as typed) or closes it."""

    submitted = Signal(str)
    saved = None  # (DialogHost reads it) nothing is saved here

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setModal(True)
        self.setMinimumWidth(720)  # a whole recovery code in view
        words = QLabel(intro)
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.PlainText)
        label = QLabel(self.tr("Recovery &code"))
        self.code = RecoveryCodeField()
        label.setBuddy(self.code)
        note = QLabel(self.tr("13 groups of 5 characters. Dashes, spaces and case do not "
                              "matter."))
        note.setObjectName("muted")
        self.message = InlineMessage()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the check reports no steps
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Check the &backup"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.code)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._busy = False
        self.finished.connect(lambda _r: self.code.forget())

    def _changed(self) -> None:
        """What is wrong with the code so far, or nothing (an earlier refusal goes too)."""
        self.message.show_message(self.code.problem)
        self.ok.setEnabled(self.code.is_whole() and not self._busy)

    def _submit(self) -> None:
        if self._busy or not self.code.is_whole():
            return
        self.submitted.emit(self.code.text())

    def busy(self, text: str) -> None:
        self._busy = True
        self.message.clear_message()
        self.status.setText(text)
        self.status.show()
        self.progress.show()
        for widget in (self.code, self.ok, self.buttons.button(
                QDialogButtonBox.StandardButton.Cancel)):
            widget.setEnabled(False)

    def show_problem(self, text: str) -> None:
        self._busy = False
        self.progress.hide()
        self.status.hide()
        self.code.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.ok.setEnabled(self.code.is_whole())
        self.message.show_message(text)
        self.code.setFocus()
        self.code.selectAll()
        self.adjustSize()

    def reject(self) -> None:
        if not self._busy:  # the check under way finishes first (a second or two)
            super().reject()

    def discard(self) -> None:
        """Lock: close at once, the typed code with it."""
        self._busy = False
        super().reject()
