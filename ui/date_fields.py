"""Date fields a coach can type a whole date into, as well as pick it on the calendar.

Qt's QDateTimeEdit edits a date section by section (year, month, day, hour, minute), and
typing a whole date over it went wrong in two ways. Over a selected field (Ctrl+A, a
triple click) the first key replaced all the text with one digit, which no section can
read, so every key of the year was dropped. And a separator typed after a full section
("2026" then "-") moved on a second time: Qt had already moved to the month when the year
filled, so the month's digits landed in the day. Here a key typed over the whole field
starts at its first section, and a separator typed just after Qt moved on by itself is
taken as said. Any separator moves on ("2026/12/14 9.30" reads as well as
"2026-12-14 09:30"), and a month, day or hour of one digit is fine ("2026-6-1 9:05").
A field showing words instead of a date ("No date") takes a date typed over them.
A click that brings the field its focus selects all of it, as a browser's address bar
does, so a whole date typed after clicking anywhere in it reads from the start (typed
after a click in the middle, "2026-12-3 14:30" became 2026-12-07 12:31); a click in a
field that already has the focus edits the section clicked, as before.

The fields show dates as CoachDesk shows them everywhere (2026-12-14), so a date is typed
in that order; the calendar stays one click away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from ui.words import day_format

DAY_FORMAT = "yyyy-MM-dd"
MOMENT_FORMAT = "yyyy-MM-dd HH:mm"
_COMMANDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.MetaModifier)


def _type_key(field: DateField | DateTimeField, event: QKeyEvent,
              qt_press: Callable[[QKeyEvent], None]) -> None:
    """One key typed into ``field``: a whole date reads section after section."""
    text = event.text()
    if len(text) != 1 or not text.isprintable() or event.modifiers() & _COMMANDS:
        field.moved_on = False  # arrows, Backspace, Enter, shortcuts: Qt's own
        qt_press(event)
        return
    edit = field.lineEdit()
    if field.specialValueText() and field.dateTime() == field.minimumDateTime():
        field.setDate(QDate.currentDate())  # "No date": a date typed replaces the words
        field.selectAll()
    if edit.hasSelectedText() and len(edit.selectedText()) == len(edit.text()):
        field.setCurrentSectionIndex(0)  # typing over it all: from the first section
        field.setSelectedSection(field.sectionAt(0))
        field.moved_on = False
    if text.isalnum():
        before = field.currentSectionIndex()
        qt_press(event)
        field.moved_on = field.currentSectionIndex() != before  # a full section moves on
        return
    if not field.moved_on:  # a separator: on to the next section, unless already there
        following = field.currentSectionIndex() + 1
        if following < field.sectionCount():
            field.setCurrentSectionIndex(following)
            field.setSelectedSection(field.sectionAt(following))
    field.moved_on = False
    event.accept()


def _clicked_into(field: QDateTimeEdit, event: QFocusEvent) -> None:
    """Focus given by a click: the whole field chosen once the click has placed its cursor."""
    if event.reason() == Qt.FocusReason.MouseFocusReason:
        QTimer.singleShot(0, field.selectAll)


def _say_how(field: QDateTimeEdit, shown_as: str) -> None:
    """The order a date is typed in, with today as the example (tooltip and screen reader):
    a coach used to 14/12/2026 sees at once that the year comes first here."""
    example = QDateTime(QDate.currentDate(), QTime(10, 0)).toString(shown_as)
    words = QCoreApplication.translate(
        "DateField", "Type it as %1, or pick the day on the calendar.").replace("%1", example)
    field.setToolTip(words)
    field.setAccessibleDescription(words)


class DateField(QDateEdit):
    """A day (yyyy-MM-dd), typed whole or picked on the calendar."""

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(day, parent)
        self.moved_on = False  # the last key filled a section and Qt moved to the next
        self.setCalendarPopup(True)
        # Left to right BEFORE the format: Qt reverses a format's sections when set on a
        # right-to-left field, which showed 10:00 on 7 December as "00:10 07-12-2026".
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # ISO in every script
        self.setDisplayFormat(DAY_FORMAT)
        _say_how(self, DAY_FORMAT)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        _type_key(self, event, super().keyPressEvent)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _clicked_into(self, event)

    def changeEvent(self, event: QEvent) -> None:
        """Disabled on its own (a date not in use, as the training start whose box is not
        ticked), it is read, not typed: the date as the page's other dates are written
        (ui.words.day, the coach's locale), not "2026-03-01" in a German window. Enabled
        again, the order it is typed in. A form disabled around it changes nothing."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            off = self.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            self.setDisplayFormat(day_format() if off else DAY_FORMAT)


class DateTimeField(QDateTimeEdit):
    """A day and time (yyyy-MM-dd HH:mm), typed whole or picked on the calendar."""

    def __init__(self, moment: QDateTime, parent: QWidget | None = None) -> None:
        super().__init__(moment, parent)
        self.moved_on = False
        self.setCalendarPopup(True)
        # Left to right BEFORE the format: Qt reverses a format's sections when set on a
        # right-to-left field, which showed 10:00 on 7 December as "00:10 07-12-2026".
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # ISO in every script
        self.setDisplayFormat(MOMENT_FORMAT)
        _say_how(self, MOMENT_FORMAT)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        _type_key(self, event, super().keyPressEvent)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _clicked_into(self, event)
