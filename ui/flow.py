"""A row of buttons that wraps onto a second line when its words do not fit side by side
(German, or any longer language, on a 1280-pixel screen), instead of pushing the window
wider than the screen. Qt Widgets has no such layout; this is its own Flow Layout example,
kept small, laid out from the leading edge so it mirrors in a right-to-left UI."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


def empty(layout: QLayout, *, widgets: bool = True) -> None:
    """Take every item out of ``layout`` and delete it, as C++ says ``delete
    layout->takeAt(0)``: an item taken out is the taker's, and PySide never deletes one Qt
    made. With ``widgets``, their widgets go too, hidden at once (a widget only taken out
    of its layout stays its parent's child, drawn where it last stood)."""
    while (item := layout.takeAt(0)) is not None:
        widget, inner = item.widget(), item.layout()
        if inner is not None:
            empty(inner, widgets=widgets)
        if widget is not None and widgets:
            widget.hide()
            widget.deleteLater()
        shiboken6.delete(item)


def _delete(items: list[QLayoutItem]) -> None:
    for item in items:
        if shiboken6.isValid(item):
            shiboken6.delete(item)
    items.clear()


class FlowLayout(QLayout):
    """Items left to right (right to left when mirrored), wrapping to the next line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        # Its items die with it, as Qt's own layouts' do (Qt's Flow Layout example deletes
        # them in its destructor): QLayout leaves that to the subclass, and a page rebuilt
        # left every button's QWidgetItem behind. Not self: it is being destroyed.
        items = self._items
        self.destroyed.connect(lambda: _delete(items))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All on one line, as it is when there is room."""
        shown = [item.sizeHint() for item in self._items if not item.isEmpty()]
        if not shown:
            return QSize(0, 0)
        margins = self.contentsMargins()
        return QSize(sum(s.width() for s in shown) + self._gap * (len(shown) - 1)
                     + margins.left() + margins.right(),
                     max(s.height() for s in shown) + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest single button: narrower than that, words would be cut."""
        size = QSize(0, 0)
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(),
                             -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent else Qt.LayoutDirection.LeftToRight
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint()
            if size.width() > area.width() and item.hasHeightForWidth():
                # Words that wrap (a check box's long label): the line's whole width.
                size = QSize(max(area.width(), item.minimumSize().width()),
                             item.heightForWidth(max(area.width(), item.minimumSize().width())))
            if x + size.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._gap
                line_height = 0
            if place:
                item.setGeometry(QStyle.visualRect(direction, area,
                                                   QRect(QPoint(x, y), size)))
            x += size.width() + self._gap
            line_height = max(line_height, size.height())
        return y + line_height - rect.y() + margins.bottom()


class WrappingButtons(QWidget):
    """A row of buttons that puts its second group on a line of its own when the pane is
    too narrow for all of them: a button is never squeezed until its words are cut (at
    a 1180-pixel window the four agreement buttons read "'rint for signing.." before)."""

    def __init__(self, first: list[QPushButton], second: list[QPushButton],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first, self._second = first, second
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self._top, self._bottom = QHBoxLayout(), QHBoxLayout()
        column.addLayout(self._top)
        column.addLayout(self._bottom)
        self._wrapped: bool | None = None
        self._arrange(wrapped=False)

    def _width_of(self, buttons: list[QPushButton]) -> int:
        spacing = max(0, self._top.spacing())
        return sum(b.sizeHint().width() for b in buttons) + spacing * len(buttons)

    def _arrange(self, *, wrapped: bool) -> None:
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        for row in (self._top, self._bottom):
            empty(row, widgets=False)  # the same buttons go back in
        for button in self._first:
            self._top.addWidget(button)
        self._top.addStretch(1)
        if wrapped:
            self._bottom.addStretch(1)
        for button in self._second:
            (self._bottom if wrapped else self._top).addWidget(button)

    def sizeHint(self) -> QSize:
        """All on one line: wrapped, it still asks for that room (its wrapped hint would
        keep it wrapped beside a name that takes what is left)."""
        return QSize(self._width_of(self._first + self._second), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider group: the page never asks the window for more."""
        hint = super().minimumSizeHint()
        return QSize(max(self._width_of(self._first), self._width_of(self._second)),
                     hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(wrapped=self.width() < self._width_of(self._first + self._second))
