"""Settings → the sync section: a new pairing code (docs/sync.md, *A new pairing code*).

"New pairing code…" replaces the practice's sync key on this computer, after a
confirmation that says what the coach must then do on each other computer; the new code
is shown as the pairing code is. A computer whose folder names a newer code than its own
(another computer replaced it) says so here, in place of the button, with a field to type
the new code; both run on the worker (``ui.ops``: this computer's bundles are written
again with the new key), and the section refreshes through the change notice of the key's
change (``Change.SETTINGS``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import CoachDeskError
from coachdesk.sync import computers, keys
from coachdesk.vault import recovery
from ui import ask, notice, ops
from ui.dialogs.recovery import RecoveryCodeField
from ui.exporting import main_window
from ui.widgets import InlineMessage
from ui.words import say_error, tr


class NewCodeBox(QWidget):
    """The button that replaces the pairing code, or the request for the new one."""

    def __init__(self, show_code: Callable[[str], None],
                 settled: Callable[[], None]) -> None:
        super().__init__()
        self._show_code = show_code  # the section shows a new code as it shows the code
        self._settled = settled  # the section reads again once the work is done
        self._vault: Any = None
        # While the bundles are written again the worker holds the vault: the section
        # must not read on the notice of the key's own commit meanwhile.
        self.working = False
        self.make_button = QPushButton(self.tr("&New pairing code…"))
        self.make_button.clicked.connect(self.make)
        # On a computer marked as gone the button waits, with the core's words for why.
        self.gone = QLabel()
        self.gone.setTextFormat(Qt.TextFormat.PlainText)
        self.gone.setWordWrap(True)
        self.gone.setObjectName("muted")
        self.gone.hide()
        self.needs = QLabel(self.tr(
            "This computer needs the practice's new pairing code. Another computer of the "
            "practice replaced the code, so what it writes cannot be read here until you "
            "type the new one, shown in Settings on that computer. Nothing made on this "
            "computer is lost: it goes out again once the new code is in."))
        self.needs.setTextFormat(Qt.TextFormat.PlainText)
        self.needs.setWordWrap(True)
        self.needs.setObjectName("inlineMessage")  # a problem's warm tone
        self.needs.setProperty("tone", "problem")
        self.code = RecoveryCodeField(pairing=True)
        self.code.fit_whole_code()  # in the section's column, a whole code shows
        self.code.setAccessibleName(self.tr("New pairing code"))
        self.code.textChanged.connect(self._typed)
        self.use_button = QPushButton(self.tr("&Use this code"))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the bundles are written again
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = InlineMessage()
        self.typing = QWidget()
        typing = QVBoxLayout(self.typing)  # the field its own row: a whole code shows
        typing.setContentsMargins(0, 0, 0, 0)
        typing.addWidget(self.code)
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addWidget(self.progress)
        row.addStretch(1)
        typing.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # (make_button: the section puts it beside "Show the pairing code")
        layout.addWidget(self.gone)
        layout.addWidget(self.needs)
        layout.addWidget(self.typing)
        layout.addWidget(self.message)
        self._needs(False)

    def _needs(self, needed: bool) -> None:
        # While a newer code is in use, a code made here would only start a second one
        # (and the code this computer holds would let nobody join: the section hides it).
        self.needed = needed
        self.make_button.setVisible(not needed)
        self.needs.setVisible(needed)
        self.typing.setVisible(needed)

    def refresh(self, vault: Any) -> None:
        """Whether another computer replaced the code (a marker in the folder says so)."""
        self._vault = vault
        gone = computers.gone_here(vault)
        self._needs(keys.state(vault).newer is not None and not gone)
        self.make_button.setEnabled(not gone and not self.working)
        self.gone.setText(QCoreApplication.translate("Sync", keys.GONE_HERE) if gone else "")
        self.gone.setVisible(gone)

    def clear(self) -> None:
        self._vault = None
        self.code.forget()
        self.message.clear_message()
        self.gone.hide()
        self._needs(False)

    def _typed(self) -> None:
        if self.code.problem:
            self.message.show_message(self.code.problem)
        else:
            self.message.clear_message()
        self.use_button.setEnabled(self.code.is_whole() and not self.progress.isVisible())

    def _busy(self, busy: bool) -> None:
        self.working = busy
        self.progress.setVisible(busy)
        self.make_button.setEnabled(not busy)
        self.code.setEnabled(not busy)
        self.use_button.setEnabled(not busy and self.code.is_whole())

    def _failed(self, exc: Exception) -> None:
        self.message.show_message(
            say_error(exc) if isinstance(exc, CoachDeskError | recovery.RecoveryCodeError)
            else ops.error_text(exc))

    # -- on the computer where the coach asks --------------------------------------------
    def make(self) -> None:
        vault = self._vault
        if vault is None or not ask.confirm(self, self.tr("New pairing code"), self.tr(
                "Make a new pairing code for this practice?\n\nDo this when a computer of "
                "the practice was sold or lost, or someone may have seen the code: the "
                "current code then opens nothing written after it (what was written before, "
                "it still opens) and adds nothing. This computer uses the new code at "
                "once.\n\nThen, on each "
                "other computer of this practice, open Settings and type the new code where "
                "it asks for it. Until then, that computer and this one do not sync; nothing "
                "made on either is lost."), self.tr("Make a new code"), tr("Cancel")):
            return
        self.message.clear_message()
        self._busy(True)
        ops.run(lambda: keys.new_code(vault), success=self._made, failure=self._failed,
                window=main_window(self), always=self._done)

    def _done(self) -> None:
        self._busy(False)
        if self._vault is not None and self._vault.is_open:
            self._settled()

    def _made(self, code: str) -> None:
        self._show_code(code)
        notice.saved(self, self.tr("The new pairing code is in use. Type it on each other "
                                   "computer of this practice, in Settings."))

    # -- on each other computer ------------------------------------------------------------
    def use(self) -> None:
        vault, code = self._vault, self.code.text()
        if vault is None or not self.code.is_whole():
            return
        self.message.clear_message()
        self._busy(True)
        ops.run(lambda: keys.take_code(vault, code), success=self._taken,
                failure=self._failed, window=main_window(self), always=self._done)

    def _taken(self, _done: object) -> None:
        self.code.forget()
        notice.saved(self, self.tr("This computer uses the new pairing code and syncs "
                                   "again."))
