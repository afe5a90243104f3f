"""What a screen reader and a keyboard user meet, read from live widgets (for
tests/ui/test_accessibility.py): each focusable widget's accessible name as Qt's
accessibility layer reports it, and the tab order as Qt's focus chain runs.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def reaches_by_tab(widget: QWidget) -> bool:
    """Qt's own test for whether Tab may land on ``widget`` (QWidget::focusNextPrevChild)."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and not _inside_a_proxy(widget))


def _inside_a_proxy(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box: its owner is what the
    screen reader names (the owner's accessible object speaks for both)."""
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox)) and parent.focusProxy() is widget


def focusable(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` (itself included) that Tab can reach now."""
    return [w for w in [root, *root.findChildren(QWidget)] if reaches_by_tab(w)]


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says the widget is: its accessible name, else the label that
    names it (a QLabel's buddy). A combo box whose only 'name' is its current choice
    (Qt on Linux reports that) has none."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    name = iface.text(QAccessible.Text.Name).strip()
    if name and (widget.accessibleName() or name != iface.text(QAccessible.Text.Value).strip()):
        return name
    for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
        if other is not None and other.text(QAccessible.Text.Name).strip():
            return other.text(QAccessible.Text.Name).strip()
    return ""


def describe(widget: QWidget) -> str:
    """A widget as a developer finds it in the code: class, object name, where it sits."""
    trail = []
    parent = widget.parentWidget()
    while parent is not None and len(trail) < 3:
        label = parent.objectName() or type(parent).__name__
        if not label.startswith("qt_"):
            trail.append(label)
        parent = parent.parentWidget()
    own = f"{type(widget).__name__}" + (f"#{widget.objectName()}" if widget.objectName() else "")
    hint = (getattr(widget, "text", lambda: "")() if isinstance(widget, QAbstractButton) else ""
            ) or widget.toolTip() or getattr(widget, "placeholderText", lambda: "")()
    return f"{own} in {' < '.join(trail)}" + (f" ({hint[:40]!r})" if hint else "")


def unnamed(root: QWidget, where: str) -> list[str]:
    return [f"{where}: {describe(w)}" for w in focusable(root) if not accessible_name(w)]


def tab_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` in the order Tab visits them, starting from ``root``."""
    inside = set(map(id, focusable(root)))
    order: list[QWidget] = []
    widget = root.nextInFocusChain()
    for _ in range(5000):
        if widget is root or widget is None:
            break
        if id(widget) in inside and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def _box(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def _scrolled_in(widget: QWidget) -> list[QAbstractScrollArea]:
    """The scroll areas ``widget`` sits in, outermost first."""
    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            areas.insert(0, parent)
        parent = parent.parentWidget()
    return areas


def _where_read(a: QWidget, b: QWidget) -> tuple[QRect, QRect]:
    """Where each of two widgets is read: a widget in a scroll area the other is not in is
    read where the scroll area is (its content may lie far below the visible part)."""
    outer_a, outer_b = _scrolled_in(a), _scrolled_in(b)
    shared = 0
    while shared < min(len(outer_a), len(outer_b)) and outer_a[shared] is outer_b[shared]:
        shared += 1
    return (_box(outer_a[shared] if len(outer_a) > shared else a),
            _box(outer_b[shared] if len(outer_b) > shared else b))


def out_of_reading_order(root: QWidget, where: str) -> list[str]:
    """Pairs where Tab goes back up the page to the left of where it was, or leftwards
    along a row: reading order runs top to bottom, left to right, and a column to the
    right may start higher."""
    wrong = []
    for before, after in itertools.pairwise(tab_order(root)):
        a, b = _where_read(before, after)
        if a == b:
            continue  # both in one scroll area seen from outside it
        higher = b.bottom() < a.top()  # wholly above: not the same row
        further_left = b.left() < a.left() - 4
        same_row_backwards = (abs(b.center().y() - a.center().y()) < min(a.height(), b.height()) / 2
                              and b.right() <= a.left())
        if (higher and further_left) or same_row_backwards:
            wrong.append(f"{where}: Tab goes from {describe(before)} back to {describe(after)}")
    return wrong


def traps(root: QWidget, where: str) -> list[str]:
    """Fields that keep Tab (to write a tab) and that Ctrl+Tab, Qt's way out, cannot
    leave either: a keyboard user would be stuck in them."""
    found = []
    for widget in focusable(root):
        if not (isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly()
                and not widget.tabChangesFocus()):
            continue
        widget.window().activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if QApplication.focusWidget() is not widget:
            found.append(f"{where}: {describe(widget)} takes no focus")
            continue
        QTest.keyClick(widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        if QApplication.focusWidget() is widget:
            found.append(f"{where}: {describe(widget)} keeps Tab and Ctrl+Tab")
    return found
