"""Disposing of a client's records: said plainly, confirmed deliberately."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from coachdesk import disposal
from ui.bidi import isolated
from ui.dialogs.base import SavingDialog
from ui.widgets import line_edit
from ui.words import put_in


class DisposalDialog(SavingDialog):
    """The basis (a fixed choice), an optional note for the receipt only, and an explicit
    "cannot be undone"; saving hands basis and note to ``start``."""

    def __init__(self, client_name: str, basis: str, start, parent: QWidget | None = None,
                 note: str = "") -> None:
        super().__init__(self.tr("Dispose of a client's records"), parent,
                         save_text=self.tr("Dispose"))
        self._start = start
        self.setMinimumWidth(560)
        explain = (
            put_in(self.tr("This removes %1's records for good: %2. It also removes them from "
                           "the backups in your backup folder. Session dates, lengths and fees "
                           "stay for tax purposes, without any content. You will be asked "
                           "where to save a disposal receipt."),
                   isolated(client_name), ", ".join(disposal.KINDS)))
        self.basis = QComboBox()
        self.basis.setAccessibleName(self.tr("Basis for disposal"))
        for key in disposal.BASES:
            self.basis.addItem(self.tr(disposal.BASIS_WORDS[key]), key)
        self.basis.setCurrentIndex(max(0, self.basis.findData(basis)))
        self.note = line_edit(self.tr("Optional: printed on the receipt, never kept"))
        self.note.setText(note)
        self.note.setAccessibleName(self.tr("Note for the receipt"))
        kept = QLabel(self.tr("The note goes on the disposal receipt only: CoachDesk keeps "
                              "the basis you choose, never the note, since it could name "
                              "the client."))
        kept.setObjectName("muted")
        kept.setWordWrap(True)
        self.sure = QCheckBox(self.tr("I understand this cannot be undone"))
        layout = self.column([
            (self.tr("&Basis"), self.basis),
            (self.tr("&Note"), self.note),
            ("", kept),
            ("", self.sure),
        ], above=explain)
        self.allow_save(False)
        self.sure.toggled.connect(self.allow_save)
        self.finish(layout)

    def snapshot(self) -> tuple:
        return (self.basis.currentData(), self.note.text(), self.sure.isChecked())

    def store(self):
        return self._start(self.basis.currentData(), self.note.text())
