"""Empty lists that say what belongs in them, and offer the next step.

One mechanism for every list: :class:`EmptyStack` holds a list view and an
:class:`EmptyState` in one place and shows the words whenever the view's model has no
rows (and none left to fetch), the list as soon as it has one. It follows the model's
own signals (reset, rows inserted or removed), so a page never switches it by hand.

Use (a page's list, then its layout)::

    self.list_stack = EmptyStack(self.view, EmptyState(
        self.tr("No sponsors yet. A sponsor is the organisation that pays …"),
        self.tr("&New sponsor…"), self.add_sponsor))
    layout.addWidget(self.list_stack, 1)      # instead of the view itself

``empty.set_words(...)`` changes the words (a search that matched nothing says so, and
may drop the button with ``action_text=""``); ``is_empty`` may be given where "empty"
means more than no rows; ``emptied`` says when it turns. A page's own New button stays
where it is on every page (the same place whether the list is empty or not).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

READABLE = 520  # the longest line of an empty state's words, in pixels
MARGIN = 16


class EmptyState(QWidget):
    """The words an empty list shows, centred, with a button for the next step."""

    def __init__(self, words: str = "", action_text: str = "",
                 action: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel(words)
        self.words.setObjectName("emptyState")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(action_text)
        self.button.setObjectName("primary")
        if action is not None:
            self.button.clicked.connect(lambda _checked=False: action())
        self.button.setVisible(bool(action_text) and action is not None)
        self._has_action = action is not None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(self.words, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A readable line (at most READABLE wide), and the height its wrapped words need:
        a layout that centres a word-wrapped label would otherwise cut its lines off."""
        width = max(min(READABLE, self.width() - 2 * MARGIN), 120)
        self.words.setFixedSize(width, max(self.words.heightForWidth(width), 0))

    def set_words(self, words: str, action_text: str | None = None) -> None:
        """New words; ``action_text`` "" hides the button, None keeps it as it is."""
        self.words.setText(words)
        self._fit()
        if action_text is not None:
            self.button.setText(action_text)
            self.button.setVisible(bool(action_text) and self._has_action)

    def text(self) -> str:
        return self.words.text()


class EmptyStack(QStackedWidget):
    """A list view, or its empty state when it has nothing to show (see the module)."""

    emptied = Signal(bool)  # True when the empty state shows, False when the list does

    def __init__(self, view: QAbstractItemView, empty: EmptyState,
                 is_empty: Callable[[], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.empty = empty
        self._is_empty = is_empty
        self._shown_empty: bool | None = None
        self.addWidget(view)
        self.addWidget(empty)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update_state)
        self.update_state()

    def is_empty(self) -> bool:
        if self._is_empty is not None:
            return self._is_empty()
        model = self.view.model()
        return model.rowCount() == 0 and not model.canFetchMore(QModelIndex())

    def update_state(self, *_args: object) -> None:
        """Show the list or the words, as the model stands now."""
        empty = self.is_empty()
        self.setCurrentWidget(self.empty if empty else self.view)
        if empty != self._shown_empty:
            self._shown_empty = empty
            self.emptied.emit(empty)


def go_to(widget: QWidget, page: str) -> None:
    """Show the window's page named ``page`` (an empty state's "go there" button)."""
    window = widget.window()
    show = getattr(window, "go_to", None)
    if callable(show):
        show(page)
