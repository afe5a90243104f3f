"""A whole date typed after clicking into the middle of a date field reads as typed
(issue 14, second trial: "2026-12-3 14:30" became 2026-12-07 12:31)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.date_fields import DateField, DateTimeField


@pytest.fixture
def form(qtbot):
    page = QWidget()
    layout = QVBoxLayout(page)
    before = QLineEdit()
    moment = DateTimeField(QDateTime(QDate(2026, 11, 30), QTime(12, 0)))
    day = DateField(QDate(2026, 11, 30))
    for widget in (before, moment, day):
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    return page, before, moment, day


def click_middle(qtbot, field) -> None:
    edit = field.lineEdit()
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(edit.width() // 2, edit.height() // 2))
    qtbot.waitUntil(field.hasFocus)
    qtbot.wait(20)


def test_a_whole_moment_typed_after_a_click_in_the_middle(qtbot, form):
    _page, _before, moment, _day = form
    click_middle(qtbot, moment)
    QTest.keyClicks(moment, "2026-12-3 14:30")
    assert moment.dateTime() == QDateTime(QDate(2026, 12, 3), QTime(14, 30))


def test_a_whole_day_typed_after_a_click_in_the_middle(qtbot, form):
    _page, _before, _moment, day = form
    click_middle(qtbot, day)
    QTest.keyClicks(day, "2027-1-9")
    assert day.date() == QDate(2027, 1, 9)


def test_a_second_click_still_edits_the_section_clicked(qtbot, form):
    _page, _before, moment, _day = form
    click_middle(qtbot, moment)
    edit = moment.lineEdit()
    # Clicked again over the minutes (the end of the field), once it has the focus.
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(edit.cursorRect().right() + edit.width(), edit.height() // 2))
    qtbot.wait(20)
    QTest.keyClick(moment, Qt.Key.Key_Up)
    assert moment.dateTime() == QDateTime(QDate(2026, 11, 30), QTime(12, 1))
