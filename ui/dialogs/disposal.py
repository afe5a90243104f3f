"""Disposing of a client's records: said plainly, confirmed deliberately."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coachdesk import disposal
from ui.dialogs.report import _SavingDialog
from ui.widgets import line_edit


class DisposalDialog(_SavingDialog):
    """The basis and an explicit "cannot be undone"; saving hands both to ``start``."""

    def __init__(self, client_name: str, basis: str, start, parent: QWidget | None = None
                 ) -> None:
        super().__init__("Dispose of a client's records", parent)
        self._start = start
        self.setMinimumWidth(560)
        explain = QLabel(
            f"This removes {client_name}'s records for good: "
            + ", ".join(disposal.KINDS) + ". It also removes them from the backups in your "
            "backup folder. Session dates, lengths and fees stay for tax purposes, without "
            "any content. You will be asked where to save a disposal receipt.")
        explain.setWordWrap(True)
        self.basis = line_edit("e.g. Retention period ended; or the client asked")
        self.basis.setText(basis)
        self.sure = QCheckBox("I understand this cannot be undone")
        form = QFormLayout()
        form.addRow("&Basis", self.basis)
        form.addRow("", self.sure)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText("Dispose")
        save.setEnabled(False)
        self.sure.toggled.connect(save.setEnabled)
        self.ready()

    def snapshot(self) -> tuple:
        return (self.basis.text(), self.sure.isChecked())

    def store(self):
        return self._start(self.basis.text())
