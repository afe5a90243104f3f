"""Pages not built yet: they say plainly what will come, and offer no buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets import heading

COMING = {
    "Reports": "Sponsor reports built only from words the client approved, co-created on "
               "screen with the client, and a log of every disclosure.",
}


class ComingPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        text = QLabel(COMING[title] + "\n\nThis page is coming in a later version of CoachDesk.")
        text.setObjectName("comingText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setMaximumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(heading(title))
        layout.addWidget(text)
        layout.addStretch(1)
