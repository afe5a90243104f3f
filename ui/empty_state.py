"""Empty lists that say what belongs in them, and offer the next step.

One mechanism for every list in the app: an :class:`EmptyState` (centred words at a
readable width, and a button for the next step) follows a view's model and shows while
the model has no rows (and none left to fetch), steps aside as soon as it has one. It
follows the model's own signals (reset, rows inserted or removed, layout changed), so a
page never switches it by hand. It takes the list's place in one of two ways, which look
and behave the same to the coach:

- :meth:`EmptyState.lay_over` lays it over the view's own area: the view stays where it
  is in the layout (a tab's page, a master/detail list), keeps its header and its focus;
- :class:`EmptyStack` holds the view and the words in one place and shows one of them
  (a page whose list stands alone)::

    self.list_stack = EmptyStack(self.view, EmptyState(
        self.tr("No sponsors yet. A sponsor is the organisation that pays …"),
        self.tr("&New sponsor…"), self.add_sponsor))
    layout.addWidget(self.list_stack, 1)      # instead of the view itself

``empty.set_words(...)`` changes the words and the next step (a search that matched
nothing says so, and may drop the button with ``action_text=""``); ``is_empty`` may be
given where "empty" means more than no rows; ``emptied`` says when it turns. A page's
own New button stays where it is on every page (the same place whether the list is
empty or not).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
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

    emptied = Signal(bool)  # True when the list it follows turned empty, False when not

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
        self.button.clicked.connect(self._clicked)
        self._action = action
        self.button.setVisible(bool(action_text) and action is not None)
        self._view: QAbstractItemView | None = None
        self._is_empty: Callable[[], bool] | None = None
        self._over = False
        self._shown_empty: bool | None = None
        # Never a minimum width for the column it sits in (the words' fixed width would
        # hold every list column at 520 pixels, squeezing the record beside it at 1280):
        # a narrower column narrows the words at the next resize (_fit).
        self.setMinimumWidth(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(self.words, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)  # a little above the middle, where the eye starts

    # -- the words ------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A readable line (at most READABLE wide), and the height its wrapped words need:
        a layout that centres a word-wrapped label would otherwise cut its lines off."""
        width = max(min(READABLE, self.width() - 2 * MARGIN), 120)
        self.words.setFixedSize(width, max(self.words.heightForWidth(width),
                                           self.words.fontMetrics().lineSpacing()))

    def set_words(self, words: str, action_text: str | None = None,
                  action: Callable[[], object] | None = None) -> None:
        """New words; ``action_text`` "" hides the button, None keeps it as it is;
        ``action`` (with ``action_text``) replaces what the button does."""
        self.words.setText(words)
        self._fit()
        if action is not None:
            self._action = action
        if action_text is not None:
            self.button.setText(action_text)
            self.button.setVisible(bool(action_text) and self._action is not None)

    def text(self) -> str:
        return self.words.text()

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()

    # -- following a list -----------------------------------------------------------
    def follow(self, view: QAbstractItemView,
               is_empty: Callable[[], bool] | None = None) -> None:
        """Follow ``view``'s model: ``emptied`` says when it turns (see the module)."""
        self._view = view
        self._is_empty = is_empty
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update_state)

    def lay_over(self, view: QAbstractItemView,
                 is_empty: Callable[[], bool] | None = None) -> EmptyState:
        """Lie over ``view``'s own area while its list is empty (see the module)."""
        self._over = True
        self.setParent(view.viewport())
        view.viewport().installEventFilter(self)
        self.follow(view, is_empty)
        self.update_state()
        return self

    def is_empty(self) -> bool:
        if self._is_empty is not None:
            return self._is_empty()
        if self._view is None:
            return True
        model = self._view.model()
        return model.rowCount() == 0 and not model.canFetchMore(QModelIndex())

    def update_state(self, *_args: object) -> None:
        """Show the words or step aside, as the model stands now."""
        empty = self.is_empty()
        if self._over and self._view is not None:
            self.setGeometry(self._view.viewport().rect())
            self.setVisible(empty)
        if empty != self._shown_empty:
            self._shown_empty = empty
            self.emptied.emit(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._over and self._view is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False


class EmptyStack(QStackedWidget):
    """A list view, or its empty state when it has nothing to show (see the module)."""

    emptied = Signal(bool)  # True when the empty state shows, False when the list does

    def __init__(self, view: QAbstractItemView, empty: EmptyState,
                 is_empty: Callable[[], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.empty = empty
        self.addWidget(view)
        self.addWidget(empty)
        empty.emptied.connect(self._show)
        empty.emptied.connect(self.emptied)
        empty.follow(view, is_empty)
        self.update_state()

    def is_empty(self) -> bool:
        return self.empty.is_empty()

    def update_state(self, *_args: object) -> None:
        """Show the list or the words, as the model stands now."""
        self.empty.update_state()
        self._show(self.empty.is_empty())

    def _show(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.view)


def go_to(widget: QWidget, page: str) -> None:
    """Show the window's page named ``page`` (an empty state's "go there" button)."""
    window = widget.window()
    show = getattr(window, "go_to", None)
    if callable(show):
        show(page)
