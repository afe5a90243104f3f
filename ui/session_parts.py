"""The session editor's parts around the text: the template picker, a section's box,
and the action items (last time's to review, and this session's).

The picker sits in the editor's top bar (no dialog between the coach and the first
word): a new session opens on the template this vault used last, and the choice can
change until the first word is written. Action items are written with the field under
the list, or by ending a line that starts with ``[ ]`` in a section the client may see
(never from the coach's own sections: those words stay private). A checkbox line not
ended with Return becomes an item when the window closes (the session's end, a note
opened later and closed, or a lock): a coach who types ``[ ] send the article`` and ends
the session loses nothing. A lifted line leaves the note (it lives in the list, where
its words are edited), so it is never lifted twice; a line whose words are already one
of this session's items (the lifting undone with Ctrl+Z, then the window closed) makes
no second item. Every tick, owner and date is kept at once; a refusal is said under
the list and nothing typed is lost (a line whose item was refused stays in the note).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import action_items, templates
from coachdesk.action_items import ActionItem
from coachdesk.errors import CoachDeskError
from ui.date_fields import DateField
from ui.widgets import InlineMessage, line_edit, section_heading
from ui.words import clock, say_error

NO_DATE = QDate(2000, 1, 1)  # the date box's "no date" (its minimum, shown as words)
_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def save_status() -> QLabel:
    """The note's "Saved 14:38", in a slot as wide as the widest words it shows: the bar
    widened as they came, and the Close button moved from under the coach's mouse."""
    label = QLabel("")
    label.setObjectName("muted")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.ensurePolished()  # the style sheet's font for "muted" words
    saved = QCoreApplication.translate("", "Saved %1")
    said = [QCoreApplication.translate("SessionEditor", "Not saved yet"),
            QCoreApplication.translate("", "Not saved"),
            *(saved.replace("%1", clock(datetime(2026, 12, 28, hour, 58)))
              for hour in (0, 10, 12, 23))]  # a 12-hour clock's widest too
    label.setMinimumWidth(max(label.fontMetrics().horizontalAdvance(s) for s in said) + 2)
    return label


# -- the template picker ---------------------------------------------------------------
def _setting(vault) -> str:
    return f"notes/template/{vault.info.vault_id}"


def last_template(vault) -> int | None:
    """The template this vault's last session started with (None: the free page)."""
    value = QSettings().value(_setting(vault), None)
    try:
        return int(str(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def remember_template(vault, template_id: int) -> None:
    QSettings().setValue(_setting(vault), template_id)


class ChoiceBox(QComboBox):
    """A drop-down as wide as the choice it shows, not its longest (the list still opens
    as wide as that): the editor's top bar must fit a longer language at 1280 pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())

    def _as_shown(self, hint: QSize) -> QSize:
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                      default=0)
        return QSize(hint.width() - longest + metrics.horizontalAdvance(self.currentText()),
                     hint.height())

    def sizeHint(self) -> QSize:
        return self._as_shown(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._as_shown(super().minimumSizeHint())


class TemplatePicker(QComboBox):
    """The page a new note starts from; its tooltip lists the sections and who sees them."""

    def __init__(self, chosen: list[templates.Template], current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Note template"))
        # As wide as a short name, not the longest: the top bar must fit a longer language.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        for template in chosen:
            self.addItem(QCoreApplication.translate("Templates", template.name), template.id)
            sections = ", ".join(s.heading for s in template.sections if s.heading)
            self.setItemData(self.count() - 1, sections or tr("One page, no sections"),
                             Qt.ItemDataRole.ToolTipRole)
        self.templates = {t.id: t for t in chosen}
        found = self.findData(current) if current is not None else -1
        self.setCurrentIndex(max(found, 0))
        self.setToolTip(tr("The page this note starts from. It can change until you "
                           "write the first word."))

    def template(self) -> templates.Template | None:
        return self.templates.get(self.currentData())


# -- a section's text box --------------------------------------------------------------
class NoteEdit(QPlainTextEdit):
    """Plain text only; it tells when it loses focus (to save right then), and in a
    section the client may see, a line started with ``[ ]`` becomes an action item when
    it is ended with Return (the line leaves the note: it lives in the list). The line
    leaves only once ``keeper`` kept it: a refused item (words too long for one) stays
    in the note as typed, and the list says why."""

    focus_lost = Signal()
    lifts_items = False
    keeper: Callable[[str], bool] | None = None  # keeps an item's words; False: refused

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.lifts_items and event.key() in _RETURN and self._lift():
            return
        if (event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            # Where Tab writes a tab (the note), Ctrl+Tab still moves on: no keyboard trap.
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab  # not the editor's
                                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        super().keyPressEvent(event)

    def _lift(self) -> bool:
        block = self.textCursor().block()
        words = action_items.checkbox_words(block.text())
        if not words or self.keeper is None or not self.keeper(words):
            return False
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # one step of the editor's own undo
        self.setTextCursor(cursor)
        return True

    def lift_all(self, keep: Callable[[str], bool]) -> int:
        """Every checkbox line still in the text, top to bottom, handed to ``keep``; the
        lines it kept leave the text (line and line break, one undo step). Returns how
        many left."""
        document = self.document()
        kept = []
        block = document.firstBlock()
        while block.isValid():
            words = action_items.checkbox_words(block.text())
            if words and keep(words):
                kept.append(block.blockNumber())
            block = block.next()
        if not kept:
            return 0
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for number in reversed(kept):
            line = document.findBlockByNumber(number)
            start, end = line.position(), line.position() + len(line.text())
            if line.next().isValid():  # its own line break goes with it
                end += 1
            elif line.previous().isValid():  # the last line: the break before it
                start -= 1
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()
        return len(kept)


# -- action items ------------------------------------------------------------------------
class ItemRow(QWidget):
    """One action item: done, its words, whose it is, by when, and a way to remove it."""

    def __init__(self, panel: ActionItemsPanel, item: ActionItem) -> None:
        super().__init__()
        self.item = item
        # The box and its words apart: the words wrap in the narrow panel (a check box's
        # own text is one line, cut: "share with t…"); a click on them ticks it too.
        self.done = QCheckBox()
        self.done.setChecked(not item.is_open)
        self.done.setAccessibleName(tr("Done: %1").replace("%1", item.text))
        self.words = QLabel(item.text)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setBuddy(self.done)
        self.words.mouseReleaseEvent = lambda _event: self.done.toggle()  # type: ignore[method-assign]
        self.owner = QComboBox()
        self.owner.addItem(tr("Client"), action_items.CLIENT)
        self.owner.addItem(tr("Coach"), action_items.COACH)
        self.owner.setCurrentIndex(self.owner.findData(item.owner))
        self.owner.setAccessibleName(tr("Whose action"))
        self.due = DateField(NO_DATE)  # typed whole, or on the calendar
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(tr("No date"))
        self.due.setDate(QDate.fromString(item.due_on, Qt.DateFormat.ISODate)
                         if item.due_on else NO_DATE)
        self.due.setAccessibleName(tr("Due"))
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(tr("Remove this action item"))
        remove.setAccessibleName(tr("Remove this action item"))
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.owner)
        line.addWidget(self.due)
        line.addStretch(1)
        line.addWidget(remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 6)
        column.setSpacing(2)
        said = QHBoxLayout()
        said.setContentsMargins(0, 0, 0, 0)
        said.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        said.addWidget(self.words, 1)
        column.addLayout(said)
        column.addLayout(line)
        self.done.toggled.connect(lambda on: panel.write(action_items.set_done, item.id, on))
        self.owner.currentIndexChanged.connect(
            lambda _i: panel.write(action_items.set_owner, item.id, self.owner.currentData()))
        self.due.dateChanged.connect(lambda day: panel.write(
            action_items.set_due, item.id,
            None if day == NO_DATE else day.toString(Qt.DateFormat.ISODate)))
        remove.clicked.connect(lambda: panel.write(action_items.remove, item.id, reload=True))


class ActionItemsPanel(QWidget):
    """Last time's open items to review, then this session's, then the field to add one."""

    def __init__(self, vault, client_id: int, session_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionItems")
        self._vault = vault
        self.client_id = client_id
        self.session_id = session_id
        self.written_here: list[int] = []  # items added in this window (a note's own)
        self.rows: list[ItemRow] = []
        self.review_heading = section_heading(tr("From last time"))
        self.review_hint = QLabel(tr("Still open. Tick what is done."))
        self.review_hint.setObjectName("muted")
        self.now_heading = section_heading(tr("Action items"))
        self.empty = QLabel(tr("None yet. Add one below, or start a line with [ ] in a "
                               "section the client sees."))
        self.empty.setObjectName("muted")
        for hint in (self.review_hint, self.empty):
            # Wrapped at the panel's width, never widening it: no sideways scrolling.
            hint.setWordWrap(True)
            hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.review_list = QVBoxLayout()
        self.now_list = QVBoxLayout()
        for layout in (self.review_list, self.now_list):
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
        self.new_text = line_edit(tr("New action item"))
        self.new_text.setAccessibleName(tr("New action item"))
        self.new_owner = QComboBox()
        self.new_owner.addItem(tr("Client"), action_items.CLIENT)
        self.new_owner.addItem(tr("Coach"), action_items.COACH)
        self.new_owner.setAccessibleName(tr("Whose action"))
        self.add_button = QPushButton(tr("&Add"))
        self.add_button.clicked.connect(self._add_typed)
        self.new_text.returnPressed.connect(self._add_typed)
        self.message = InlineMessage()
        adding = QHBoxLayout()
        adding.addWidget(self.new_text, 1)
        adding.addWidget(self.new_owner)
        adding.addWidget(self.add_button)

        inner = QWidget()
        inner.setObjectName("actionItemsInner")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.review_heading)
        column.addWidget(self.review_hint)
        column.addLayout(self.review_list)
        column.addSpacing(8)
        column.addWidget(self.now_heading)
        column.addLayout(self.now_list)
        column.addWidget(self.empty)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.viewport().setAutoFillBackground(False)
        scroll.setObjectName("actionItemsScroll")  # on the window's own background
        scroll.setStyleSheet("#actionItemsScroll, #actionItemsInner { background: transparent; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.message)
        outer.addLayout(adding)
        self.reload()

    def reload(self) -> None:
        """The rows, read again (after an add or a removal; ticks update in place)."""
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        if self._vault is None or not self._vault.is_open:
            return
        review = action_items.to_review(self._vault, self.client_id, self.session_id)
        review = [i for i in review if i.id not in self.written_here]
        now = action_items.for_session(self._vault, self.session_id) \
            if self.session_id is not None else []
        known = {i.id for i in now}
        now += [action_items.get(self._vault, i) for i in self.written_here if i not in known]
        for items, layout in ((review, self.review_list), (now, self.now_list)):
            for item in items:
                row = ItemRow(self, item)
                layout.addWidget(row)
                self.rows.append(row)
        for widget in (self.review_heading, self.review_hint):
            widget.setVisible(bool(review))
        self.empty.setVisible(not now)

    def add(self, text: str, owner: str = action_items.CLIENT, *, reload: bool = True) -> bool:
        """Keep a new item for this client and session; False (said why) if refused.
        ``reload=False``: the caller reads the list again once, after several."""
        if self._vault is None or not self._vault.is_open:
            return False
        try:
            item = action_items.add(self._vault, self.client_id, text, owner=owner,
                                    session_id=self.session_id)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return False
        self.written_here.append(item.id)
        self.message.clear_message()
        if reload:
            self.reload()
        return True

    def add_line(self, words: str, *, reload: bool = True) -> bool:
        """A checkbox line's words as this session's item: kept once (words already one
        of this session's items are not added again); False (said why) if refused."""
        if self._vault is None or not self._vault.is_open:
            return False
        same = " ".join(words.split()).casefold()
        if self.session_id is not None and any(
                " ".join(i.text.split()).casefold() == same
                for i in action_items.for_session(self._vault, self.session_id)):
            return True
        return self.add(words, reload=reload)

    def _add_typed(self) -> None:
        if self.add(self.new_text.text(), self.new_owner.currentData()):
            self.new_text.clear()

    def write(self, change, item_id: int, value: object = None, *,
              reload: bool = False) -> None:
        """One change to an item, kept at once; a refusal is said under the list."""
        if self._vault is None or not self._vault.is_open:
            return
        try:
            change(self._vault, item_id) if reload else change(self._vault, item_id, value)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return
        self.message.clear_message()
        if reload:
            self.reload()

    def forget(self) -> None:
        """On lock: no item's words stay on screen."""
        self._vault = None
        self.reload()
        self.new_text.clear()
