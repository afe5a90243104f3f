"""Paid or pro bono for the credential log, as a form row: what it is without a word from
the coach (derived, and from what), or the coach's own choice over it.

ICF's log counts paid and pro bono hours apart. CoachDesk derives which from the fee (a
fee of 0 is pro bono, any other is paid), the engagement's log entry over the fee, and a
session's word over both. The first choice is always the derived one, spelled out with
its source ("Paid — from the engagement's fee"), so the coach sees what they would
override and goes back to it by choosing it again; the line under the box says which of
the two stands.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from coachdesk import credentials
from ui.words import tr  # bare tr() calls: lupdate files them under the empty context


def derived_words(kind: str, source: str) -> str:
    """The derived value and where it comes from, in one phrase."""
    if source == "engagement":
        return (tr("Paid — as the engagement's log entry says") if kind == "paid"
                else tr("Pro bono — as the engagement's log entry says"))
    if source == "session":
        return (tr("Paid — from the session's fee") if kind == "paid"
                else tr("Pro bono — the session has no fee"))
    return (tr("Paid — from the engagement's fee") if kind == "paid"
            else tr("Pro bono — the engagement has no fee"))


class PaidChoice(QWidget):
    """A box of three: the derived value (data None), Paid, Pro bono; and a quiet line
    saying whether the coach's choice or the derived value stands."""

    def __init__(self, derived: str, said: str | None, *, scope: str, follows: str,
                 parent: QWidget | None = None) -> None:
        """``derived``: the phrase of :func:`derived_words`; ``scope``: what a choice
        applies to, in words ("this session", "this engagement"); ``follows``: what the
        derived value changes with."""
        super().__init__(parent)
        self._derived = derived
        self._scope = scope
        self._follows = follows
        self.box = QComboBox()
        self.box.setAccessibleName(tr("Paid or pro bono in the credential log"))
        self.box.addItem(derived, None)
        self.box.addItem(tr("Paid — for %1").replace("%1", scope), "paid")
        self.box.addItem(tr("Pro bono — for %1").replace("%1", scope), "pro_bono")
        self.box.setCurrentIndex(max(0, self.box.findData(said)))
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.box)
        column.addWidget(self.note)
        self.setFocusProxy(self.box)  # a form label's mnemonic lands in the box
        self.box.currentIndexChanged.connect(self._say)
        self._say()

    def set_derived(self, derived: str) -> None:
        """The derived value changed on screen (a fee typed in the same form)."""
        self._derived = derived
        self.box.setItemText(0, derived)
        self._say()

    def choice(self) -> str | None:
        """The coach's word (None: as derived)."""
        data = self.box.currentData()
        return data if data in credentials.PAID_CHOICES else None

    def overridden(self) -> bool:
        return self.choice() is not None

    def _say(self) -> None:
        if self.overridden():
            self.note.setText(tr("Your choice for %1. Without it (the first line): %2.")
                              .replace("%1", self._scope).replace("%2", self._derived))
        else:
            self.note.setText(tr("Not chosen: it follows %1.").replace("%1", self._follows))
        window = self.window()
        if window is not self and window.isVisible():
            window.adjustSize()  # a longer line under the box is never cut off
