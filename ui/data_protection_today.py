"""Today's note of the data-protection requests still to answer: each client with the kind
of request and the days left before its deadline (overdue ones first, as the log sorts
them), and a button to the requests log. Hidden while none is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coachdesk import data_requests
from ui.bidi import isolated
from ui.data_protection_words import days_left_words, short_kind_words, tr

SHOWN = 3  # requests named on the note; the log holds them all


class OpenRequestsNote(QFrame):
    """``open_log()`` shows the requests log (the window's)."""

    def __init__(self, open_log: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")  # a calm note on Today, as the checklist is
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.words = QLabel()
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.button = QPushButton(tr("Open the requests &log"))
        self.button.clicked.connect(open_log)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.open: list[data_requests.OpenRequest] = []
        self.hide()

    def show_open(self, vault, today: date) -> None:
        self.open = data_requests.open_requests(vault)
        if not self.open:
            self.clear()
            return
        kinds, day = short_kind_words(), today.isoformat()
        named = [f"{isolated(f.client_name)}: {kinds[f.request.kind]}, "
                 f"{days_left_words(f.request.days_left(day))}" for f in self.open[:SHOWN]]
        more = len(self.open) - len(named)
        self.words.setText(tr("Data-protection requests to answer (%n): ", "", len(self.open))
                           + "; ".join(named)
                           + (tr(" and %n more", "", more) if more else "") + ".")
        self.show()

    def clear(self) -> None:
        self.open = []
        self.words.setText("")
        self.hide()
