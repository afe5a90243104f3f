"""A recovery code on screen: numbered groups a person can copy onto paper.

The first-run wizard shows the first code; this dialog shows a new one after a
key or passphrase change, when the old code stops opening the vault. It closes
only once the coach has ticked that the code is written down: one stray Enter
must not lose it. Nothing here offers to copy the code (the clipboard is shared
with every other app).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachdesk.vault import recovery


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
        self.written = QCheckBox("I have written down this recovery code and will keep it "
                                 "somewhere safe, away from the laptop")
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
