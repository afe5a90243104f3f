"""The one base of CoachDesk's form dialogs: a form, an inline message, Save and Cancel.

A dialog says what is on screen (``snapshot``) and how to keep it (``store``). Saving
that the core refuses (CoachDeskError, InvalidInput naming a field) is shown under the
form, the field named is focused, and the dialog stays open with everything as typed.
Esc, Cancel and the close button ask before dropping changes. Work too long for the
GUI thread (a whole-record PDF, say) is handed back from ``store`` as :class:`OnWorker`:
it runs on the serial worker while Save is disabled, and the dialog closes only when it
is done. Titles never carry a client's name: window titles show in task bars.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coachdesk import validation
from coachdesk.errors import CoachDeskError, InvalidInput
from ui.bidi import isolated
from ui.models.records import plain_tooltip
from ui.widgets import AsksBeforeDiscarding, InlineMessage


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class OnWorker:
    """What ``store`` returns when the saving itself must not run on the GUI thread:
    ``work`` (which never touches widgets) runs on the serial worker."""

    work: Callable[[], Any]


class SavingDialog(AsksBeforeDiscarding, QDialog):
    """Save/Cancel, an inline message, a busy state, and a store function that may refuse."""

    def __init__(self, title: str, parent: QWidget | None = None, *, what: str = "",
                 save_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if what:
            self.discard_question = tr("Discard what you typed for %1? It has not been "
                                       "saved.").replace("%1", what)
        self.saved: Any = None
        self.busy = False
        self._may_save = True
        self._initial: Any = None
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save_text:
            self.save_button.setText(save_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Offered under a refusal of a one-line field that was pasted as several lines or
        # with hidden direction controls: neither shows in the field, so the coach could
        # not see what to fix. The button says what the field will hold.
        self.tidy_button = QPushButton()
        self.tidy_button.setObjectName("tidy")
        self.tidy_button.hide()
        self.message.offer = self.tidy_button
        self._tidy: Callable[[], None] | None = None
        self.tidy_button.clicked.connect(lambda: self._tidy() if self._tidy else None)

    # -- what a dialog says --------------------------------------------------------------
    def snapshot(self) -> Any:
        """Everything on screen that saving would keep (compared to tell changes apart)."""
        raise NotImplementedError

    def store(self) -> Any:
        """Keep what is on screen; raise CoachDeskError to refuse, or return OnWorker."""
        raise NotImplementedError

    def field(self, name: str) -> QWidget | None:
        """The widget an InvalidInput names, to focus it (None: none to focus)."""
        widget = getattr(self, name, None)
        return widget if isinstance(widget, QWidget) else None

    # -- the scaffold --------------------------------------------------------------------
    def column(self, rows: Sequence[tuple[str | QLabel, QWidget | QLayout]],
               above: str | QWidget = "") -> QVBoxLayout:
        """The dialog's column: ``above`` (a word of explanation, wrapped), then the form,
        one (label, field) a row. Pass it to :meth:`finish` when anything else is in."""
        layout = QVBoxLayout(self)
        if above:
            if isinstance(above, str):
                above = QLabel(above)
                above.setWordWrap(True)
            layout.addWidget(above)
        form = QFormLayout()
        for label, field in rows:
            if isinstance(label, str) and isinstance(field, QLayout):
                label = _label_for(label, field)
            form.addRow(label, field)
        layout.addLayout(form)
        return layout

    def finish(self, layout: QVBoxLayout, focus: QWidget | None = None) -> None:
        """Call at the end of __init__: the message and the buttons go under the form, and
        what is on screen now counts as unchanged."""
        layout.addWidget(self.message)
        layout.addWidget(self.tidy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        if focus is not None:
            focus.setFocus()
        self._initial = self.snapshot()

    def has_changes(self) -> bool:
        """True when something typed here is not in the vault yet."""
        return self.snapshot() != self._initial

    def allow_save(self, allowed: bool) -> None:
        """Whether Save may be pressed (a box to tick first, nothing to save to yet)."""
        self._may_save = allowed
        self.save_button.setEnabled(allowed and not self.busy)

    def set_busy(self, busy: bool) -> None:
        """While saving runs on the worker: Save is disabled and the cursor says so."""
        self.busy = busy
        self.save_button.setEnabled(self._may_save and not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def save(self) -> None:
        """Store what is on screen, or say what is wrong and keep every field as typed."""
        if self.busy:
            return
        try:
            outcome = self.store()
        except CoachDeskError as exc:
            if self._still_here():
                self.refuse(exc)
            return
        if not self._still_here():
            return  # locked while store() asked something (a file chooser): nothing to say
        if not isinstance(outcome, OnWorker):
            self.stored(outcome)
            return
        from ui import ops

        self.message.clear_message()
        self.set_busy(True)
        ops.run(outcome.work, success=self._while_open(self.stored),
                failure=self._while_open(self.refuse), window=self._main_window(),
                always=self._while_open(lambda: self.set_busy(False)))

    def stored(self, saved: Any) -> None:
        self.saved = saved
        self.accept()

    def refuse(self, exc: Exception) -> None:
        """Say why under the form (the core's words), focus the field it names."""
        from ui.ops import error_text

        self.message.show_message(error_text(exc))
        if isinstance(exc, InvalidInput):
            named = self.field(exc.field)
            if named is not None:
                named.setFocus()
            if isinstance(named, QLineEdit):
                self._offer_tidy(named)
        self.adjustSize()  # grow to fit the message; never squash the fields

    def _offer_tidy(self, edit: QLineEdit) -> None:
        """Under a refusal of what a one-line field cannot show: pasted lines (offer to
        join them) or hidden direction controls (offer to remove them)."""
        text = edit.text()
        lines = validation.line_count(text)
        if lines > 1:
            tidy = validation.joined(text)
            words = QCoreApplication.translate(
                "SavingDialog", "Join the %n lines into one: “%1”", "", lines)
        elif validation.DIRECTION_CONTROLS.search(text):
            tidy = validation.without_direction_controls(text)
            words = tr("Remove the hidden characters: “%1”")
        else:
            return
        shown = QFontMetrics(self.tidy_button.font()).elidedText(
            tidy, Qt.TextElideMode.ElideRight, 360)
        self.tidy_button.setText(words.replace("%1", isolated(shown).replace("&", "&&")))
        self.tidy_button.setToolTip(plain_tooltip(tidy) if shown != tidy else "")

        def apply() -> None:
            edit.setText(tidy)
            self.message.clear_message()
            edit.setFocus()

        self._tidy = apply
        self.tidy_button.show()

    def reject(self) -> None:
        if not self.busy:  # the work already started finishes, then the dialog closes
            super().reject()

    def _still_here(self) -> bool:
        """False once Lock discarded the dialog (busy or not, or inside a file chooser)."""
        return isValid(self) and self.isVisible()

    def _while_open(self, then: Callable[..., None]) -> Callable[..., None]:
        """``then``, unless the dialog is gone meanwhile (Lock discards it, busy or not)."""

        def call(*args: Any) -> None:
            if self._still_here():
                then(*args)

        return call

    def _main_window(self) -> Any:
        """The window whose open vault the work is over, for ``ops.run``'s locked-meanwhile
        guard (None when the dialog is not over the main window)."""
        parent = self.parentWidget()
        top = parent.window() if parent is not None else None
        return top if top is not None and hasattr(top, "vault") else None


def _label_for(text: str, row: QLayout) -> QLabel:
    """A row of several fields (a period: from, to) still takes its label's shortcut: the
    label's buddy is the row's first field (without one, Qt would print the "&")."""
    label = QLabel(text)
    items = (row.itemAt(i) for i in range(row.count()))
    first = next((w for item in items if item is not None and (w := item.widget()) is not None),
                 None)
    if first is not None:
        label.setBuddy(first)
    return label
