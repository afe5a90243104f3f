"""A lazy list of records with a visibility badge on each row.

The model holds the ordered ids of a query and asks the vault for rows only
as the view scrolls to them (``canFetchMore``/``fetchMore``), so the same
model serves a client's dozen notes and a practice's hundred thousand. Each
row says, in words, who may see it: the badge delegate draws that as a pill.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from msgspec import Struct
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui import theme
from ui.bidi import shown

BATCH = 200
PAGE = 100
IdRole = Qt.ItemDataRole.UserRole + 1
BadgeRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
_SERVED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, IdRole,
                     BadgeRole, DetailRole, Qt.ItemDataRole.AccessibleTextRole})

# Who may see an item, in the coach's words, and the badge's colours.
COACH_ONLY = "Coach only"
WITH_CLIENT = "Shared with client"
MAY_REPORT = "Sponsor, if client approves"
BADGE_COLOURS = {
    COACH_ONLY: ("#F3E8E8", "#7A2E2E"),
    WITH_CLIENT: ("#E6F0EC", "#1F5A4C"),
    MAY_REPORT: ("#FFF1D6", "#6B4A00"),
    # Where a report item stands with the client (words from coachdesk.reports).
    "Approved": ("#E6F0EC", "#1F5A4C"),
    "Awaiting the client": ("#FFF1D6", "#6B4A00"),
    "Voided by an edit": ("#F3E8E8", "#7A2E2E"),
    "Revoked": ("#F3E8E8", "#7A2E2E"),
    "Expired": ("#F3E8E8", "#7A2E2E"),
    "To answer": ("#FFF1D6", "#6B4A00"),
    "Past retention": ("#FFF1D6", "#6B4A00"),
    # Where an invoice stands (ui.pages.client_invoices).
    "Paid": ("#E6F0EC", "#1F5A4C"),
    "Unpaid": ("#FFF1D6", "#6B4A00"),
    "Overdue": ("#F3E8E8", "#7A2E2E"),  # "Voided" takes the neutral default
}

# A session's or agreement's status, as the coach says it.
STATUS_WORDS = {"planned": "Planned", "held": "Held", "cancelled": "Cancelled",
                "no_show": "Missed", "draft": "Draft", "awaiting_signatures":
                "Awaiting signatures", "active": "Active", "ended": "Ended"}

# Every badge word above and in the pages (the colours are looked up by these English
# words; the pill shows them translated, badge_words).
_BADGE_WORDS = (QT_TRANSLATE_NOOP("Badges", "Coach only"),
    QT_TRANSLATE_NOOP("Badges", "Shared with client"),
    QT_TRANSLATE_NOOP("Badges", "Sponsor, if client approves"),
    QT_TRANSLATE_NOOP("Badges", "Approved"), QT_TRANSLATE_NOOP("Badges", "Awaiting the client"),
    QT_TRANSLATE_NOOP("Badges", "Revoked"), QT_TRANSLATE_NOOP("Badges", "Voided by an edit"),
    QT_TRANSLATE_NOOP("Badges", "Expired"), QT_TRANSLATE_NOOP("Badges", "To answer"),
    QT_TRANSLATE_NOOP("Badges", "Past retention"), QT_TRANSLATE_NOOP("Badges", "Paid"),
    QT_TRANSLATE_NOOP("Badges", "Unpaid"), QT_TRANSLATE_NOOP("Badges", "Overdue"),
    QT_TRANSLATE_NOOP("Badges", "Voided"), QT_TRANSLATE_NOOP("Badges", "Planned"),
    QT_TRANSLATE_NOOP("Badges", "Held"), QT_TRANSLATE_NOOP("Badges", "Cancelled"),
    QT_TRANSLATE_NOOP("Badges", "No-show"), QT_TRANSLATE_NOOP("Badges", "Draft"),
    QT_TRANSLATE_NOOP("Badges", "Awaiting signatures"), QT_TRANSLATE_NOOP("Badges", "Active"),
    QT_TRANSLATE_NOOP("Badges", "Ended"), QT_TRANSLATE_NOOP("Badges", "Present"),
    QT_TRANSLATE_NOOP("Badges", "Missing"), QT_TRANSLATE_NOOP("Badges", "Signed"),
    QT_TRANSLATE_NOOP("Badges", "Waiting"), QT_TRANSLATE_NOOP("Badges", "Answered"),
    QT_TRANSLATE_NOOP("Badges", "Struck"), QT_TRANSLATE_NOOP("Badges", "Archived"))


def badge_words(badge: str) -> str:
    """A badge as the pill shows it: translated where it is one of the marked words."""
    return QCoreApplication.translate("Badges", badge) if badge else badge


def when(iso: str) -> str:
    """A stored moment as a list shows it: "Tue, Mar 3, 2026, 10:00" (as the locale writes it)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if QLocale().language() == QLocale.Language.C:
        return moment.strftime("%a %d %b %Y, %H:%M")
    return QLocale().toString(QDate(moment.year, moment.month, moment.day),
                              medium_date_format()) + ", " + QLocale().toString(
        QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def medium_date_format() -> str:
    """The locale's own long date pattern with the day and month names shortened: German
    "Mi., 2. Dez. 2026", English "Wed, Dec 2, 2026" (a fixed "ddd d MMM yyyy" read
    "Mi. 2 Dez. 2026", which no German writes)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return pattern.replace("dddd", "ddd").replace("MMMM", "MMM")


TOOLTIP_LINE = 100  # characters: a tooltip's lines are broken here, and nowhere narrower


def plain_tooltip(text: str) -> str:
    """Tooltip text shown as typed: Qt renders a tooltip that looks like HTML as HTML, so
    client text is escaped inside an explicit paragraph. Left to wrap itself, Qt's tooltip
    picked a narrow column (an email address on three lines): lines are broken here at
    TOOLTIP_LINE characters, on spaces where there are some, and never wrapped again."""
    import html  # at the first tooltip, not at start (its entity table: about 1 ms)
    import textwrap

    lines: list[str] = []
    for line in shown(text).splitlines() or [""]:
        lines.extend(textwrap.wrap(line, TOOLTIP_LINE, replace_whitespace=False,
                                   break_on_hyphens=False) or [""])
    return "<p style='white-space:pre'>" + html.escape("\n".join(lines)) + "</p>"


class Row(Struct, frozen=True):
    text: str  # the line the coach reads
    detail: str = ""  # a second, quieter line
    badge: str = ""  # who may see it (one of the constants above), or a status


def _as_shown(row: Row) -> Row:
    """The row without direction overrides kept before they were refused: a name typed
    with one would show back to front and turn the rest of its line around."""
    text, detail = shown(row.text), shown(row.detail)
    return row if (text, detail) == (row.text, row.detail) else Row(text, detail, row.badge)


class RecordListModel(QAbstractListModel):
    """Ids up front; ``fetch(ids) -> {id: record}`` and ``describe(record) -> Row`` on demand."""

    def __init__(self, fetch: Callable[[list[int]], dict[int, Any]],
                 describe: Callable[[Any], Row], parent=None, page: int = PAGE) -> None:
        super().__init__(parent)
        self._page = page  # rows read from the vault at a time
        self._fetch = fetch
        self._describe = describe
        self._ids: list[int] = []
        self._shown = 0
        self._rows: dict[int, Row] = {}
        self._reported = False  # a failed read was handed to the crash report

    def update_ids(self, ids: list[int]) -> None:
        """``set_ids`` for a page reading its records again: the same ids (an edit that
        added or removed nothing) are read again in place, so the rows shown, the choice
        and the scrolling stay where they are and only rows on screen are fetched again."""
        if ids != self._ids:
            self.set_ids(ids)
            return
        self._rows = {}
        self._reported = False
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1))

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {}
        self._reported = False
        self._shown = min(BATCH, len(ids))
        self.endResetModel()

    def clear(self) -> None:
        self.set_ids([])

    def total(self) -> int:
        return len(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._shown else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id``, fetching rows up to it; None if not listed."""
        try:
            row = self._ids.index(record_id)
        except ValueError:
            return None
        while row >= self._shown and self.canFetchMore(ROOT):
            self.fetchMore(ROOT)
        return row

    def row_at(self, row: int) -> Row | None:
        record_id = self.id_at(row)
        if record_id is None:
            return None
        if record_id not in self._rows:
            page = [i for i in self._ids[row:row + self._page] if i not in self._rows]
            try:
                for found_id, record in self._fetch(page).items():
                    self._rows[found_id] = _as_shown(self._describe(record))
            except Exception as exc:  # every error: none may be raised back into Qt
                self._failed_read(exc)
                return None
        return self._rows.get(record_id)

    def _failed_read(self, exc: Exception) -> None:
        """A row could not be read (a damaged page, most likely). This runs inside Qt's
        own calls (a view sizing or drawing the row): an error raised back through one
        was left pending by PySide, and the next Python method Qt called crashed the app
        (the damaged-vault test hit it once the Today lists sized rows to their words).
        The row stays blank, and the error goes, once, to the crash report from the
        event loop, as an error in painting always did (damage: the window locks and
        shows the damaged-vault screen)."""
        if self._reported:
            return
        self._reported = True
        QTimer.singleShot(0, lambda: sys.excepthook(type(exc), exc, exc.__traceback__))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        more = min(BATCH, len(self._ids) - self._shown)
        if parent.isValid() or more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each row for a dozen roles as it paints it: the ones this model
        # has no answer for are turned away before any row is looked up.
        if role not in _SERVED or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole row, where a line is cut short
            first = f"{badge_words(row.badge)}: {row.text}" if row.badge else row.text
            return plain_tooltip(f"{first}\n{row.detail}" if row.detail else first)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says: the
            # pill's words too (drawn beside the row, they are not in its text)
            said = f"{row.text}, {badge_words(row.badge)}" if row.badge else row.text
            return f"{said}. {row.detail}" if row.detail else said
        if role == IdRole:
            return self._ids[index.row()]
        if role == BadgeRole:
            return row.badge
        if role == DetailRole:
            return row.detail
        return None


class BadgeDelegate(QStyledItemDelegate):
    """Two lines of text with a pill on the right saying who may see the item.

    A list whose words run long (a report's title, an engagement's dates, package, fee
    and goals) gives its title or its detail more lines (``title_lines``,
    ``detail_lines``): the words wrap on them, and only what is left after the last one
    is cut short."""

    def __init__(self, parent=None, *, title_lines: int = 1, detail_lines: int = 1) -> None:
        super().__init__(parent)
        self.title_lines = title_lines
        self.detail_lines = detail_lines

    def wraps(self) -> bool:
        """True when rows take the lines their words need (and so differ in height)."""
        return self.title_lines > 1 or self.detail_lines > 1

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Two lines: most views use uniform row heights (fast for 100,000 rows), taken
        # from the first row, so every row must fit the same. A list that wraps is short
        # (a client's engagements, the reports): each row takes the lines it needs.
        metrics = QFontMetrics(option.font)
        lines = 2
        view = self.parent()
        if self.wraps() and isinstance(view, QAbstractItemView):
            badge = badge_words(index.data(BadgeRole) or "")
            pill_width = metrics.horizontalAdvance(badge) + 20 if badge else 0
            _pill, first, second = self.layout(QRect(0, 0, view.viewport().width(), 100),
                                               pill_width, metrics.height() + 4)
            lines = len(wrapped(index.data() or "", option.font, first.width(),
                                self.title_lines, second.width()))
            detail = index.data(DetailRole) or ""
            lines += len(wrapped(detail, option.font, second.width(), self.detail_lines))
        return QSize(200, metrics.height() * lines + 20 + 4 * (lines - 2))

    @staticmethod
    def layout(row: QRect, pill_width: int, line_height: int, title_lines: int = 1,
               detail_lines: int = 1) -> tuple[QRect, QRect, QRect]:
        """(pill, first line, second line) inside a row. The pill sits on the first line's
        right, so only the first line is shortened; the second runs the full width.
        (With more lines, "first" and "second" are the title's and the detail's.)"""
        inner = row.adjusted(12, 8, -12, -8)
        pill = QRect(inner.right() - pill_width + 1, inner.top(), pill_width, line_height)
        first_width = inner.width() - (pill_width + 12 if pill_width else 0)
        first = QRect(inner.left(), inner.top(), first_width, line_height * title_lines)
        second = QRect(inner.left(), inner.top() + line_height * title_lines, inner.width(),
                       line_height * detail_lines)
        return pill, first, second

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Painted for every row on screen at every repaint: Qt's enums are looked up once
        # (module constants), and a record list's row is read once, not once per line.
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(_ITEM, opt, painter, option.widget)
        model = index.model()
        if isinstance(model, RecordListModel):
            row = model.row_at(index.row())
            text, detail, badge = (row.text, row.detail, row.badge) if row else ("", "", "")
        else:
            text = index.data() or ""
            detail = index.data(DetailRole) or ""
            badge = index.data(BadgeRole) or ""
        metrics = QFontMetrics(option.font)
        said = badge_words(badge)
        pill_width = metrics.horizontalAdvance(said) + 20 if badge else 0
        line_height = metrics.height() + 4
        title = wrapped(text, option.font, option.rect.width() - 24 - (
            pill_width + 12 if pill_width else 0), self.title_lines, option.rect.width() - 24)
        pill, first, second = self.layout(option.rect, pill_width, line_height,
                                          len(title), self.detail_lines)
        if option.direction == _RIGHT_TO_LEFT:  # the pill at the row's far end, mirrored
            pill, first, second = (QStyle.visualRect(_RIGHT_TO_LEFT, option.rect, part)
                                   for part in (pill, first, second))
        selected = bool(option.state & _SELECTED)
        if badge:
            back, fore = (theme.colour(c) for c in BADGE_COLOURS.get(badge,
                                                                      ("#ECEFEE", "#44514D")))
            painter.setRenderHint(_ANTIALIASING)
            # In high contrast the pill is outlined: its fill is the page's own colour. On a
            # chosen row it is ringed in the row's own text colour (the dark theme's grey
            # fill is nearly the selection's teal), and on the row the keys are on, in its
            # words' colour (the style's faint teal band there is the grey fill's twin):
            # either way the pill's shape was lost.
            shape = QRectF(pill)
            if theme.is_high_contrast():
                painter.setPen(QColor(fore))
            elif selected or option.state & _HAS_FOCUS:
                ring = option.palette.color(_HIGHLIGHTED_TEXT) if selected else QColor(fore)
                painter.setPen(QPen(ring, 1.5))
                shape.adjust(0.75, 0.75, -0.75, -0.75)  # the ring inside the pill's room
            else:
                painter.setPen(_NO_PEN)
            painter.setBrush(QColor(back))
            painter.drawRoundedRect(shape, shape.height() / 2, shape.height() / 2)
            painter.setPen(QColor(fore))
            painter.drawText(pill, _CENTRE, said)
        text_colour = option.palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT)
        painter.setPen(text_colour)
        # A title's lines after the first run under the pill: the row's full width.
        for at, line in enumerate(title):
            painter.drawText(QRect(first.left() if at == 0 else second.left(),
                                   first.top() + at * line_height,
                                   first.width() if at == 0 else second.width(), line_height),
                             _LEFT_MIDDLE, line)
        if detail:
            painter.setPen(QColor(theme.colour("#65726E")) if not selected else text_colour)
            for at, line in enumerate(wrapped(detail, option.font, second.width(),
                                              self.detail_lines)):
                painter.drawText(QRect(second.left(), second.top() + at * line_height,
                                       second.width(), line_height), _LEFT_MIDDLE, line)
        painter.restore()


def wrapped(text: str, font: QFont, width: int, lines: int,
            then: int | None = None) -> list[str]:
    """``text`` on at most ``lines`` lines, the first ``width`` pixels wide and the others
    ``then`` (``width`` unless given), broken between words (Qt's own line breaking); what
    is left after the last line is cut short with an ellipsis."""
    metrics = QFontMetrics(font)
    if lines <= 1 or metrics.horizontalAdvance(text) <= width:
        return [metrics.elidedText(text, _ELIDE, width)]
    then = width if then is None else then
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    found: list[str] = []
    used = 0
    layout.beginLayout()
    while len(found) < lines - 1:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width if not found else then)
        found.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
        used = line.textStart() + line.textLength()
    layout.endLayout()
    rest = text[used:].strip()
    if rest:
        found.append(metrics.elidedText(rest, _ELIDE, width if not found else then))
    return found


_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_CENTRE = Qt.AlignmentFlag.AlignCenter
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft
_ELIDE = Qt.TextElideMode.ElideRight
_SELECTED = QStyle.StateFlag.State_Selected
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_TEXT = QPalette.ColorRole.Text


class PagedRecordListModel(RecordListModel):
    """A RecordListModel whose ids, too, are read as the view scrolls: ``more(n)`` gives
    the next ``n`` ids in order (fewer at the end). For lists too long to read every id
    before the first paint (a practice's 500,000 notes: reading them all takes 200-400 ms,
    one page well under a millisecond); ``total()`` counts the ids read so far."""

    def __init__(self, fetch: Callable[[list[int]], dict[int, Any]],
                 describe: Callable[[Any], Row], parent=None, page: int = PAGE) -> None:
        super().__init__(fetch, describe, parent, page)
        self._more: Callable[[int], list[int]] | None = None

    def set_pages(self, more: Callable[[int], list[int]]) -> None:
        self.beginResetModel()
        self._more = more
        self._ids, self._rows, self._shown = [], {}, 0
        self._read_ids(BATCH)
        self._shown = len(self._ids)
        self.endResetModel()

    def set_ids(self, ids: list[int]) -> None:
        self._more = None
        super().set_ids(ids)

    def update_pages(self, more: Callable[[int], list[int]]) -> None:
        """``set_pages`` for a page reading its records again (a change notice), in place:
        the rows shown so far are read again from the top and only what changed is
        inserted or removed, so the choice and the scrolling stay on the same records
        (Qt moves them with the rows) and a session planned or moved appears in its place.
        Only rows on screen are fetched again."""
        if not self._shown:
            self.set_pages(more)
            return
        old = self._ids[:self._shown]
        new: list[int] = []
        ended = False
        while len(new) < len(old) + BATCH:  # as far as before, and a page past it
            page = more(BATCH)
            new.extend(page)
            if len(page) < BATCH:
                ended = True
                break
        # As many rows as before, and down to the last row shown before if it moved down.
        shown = min(len(old), len(new))
        if old[-1] in new:
            shown = max(shown, new.index(old[-1]) + 1)
        self._rows, self._more = {}, None  # nothing read on while the rows change
        self._replace_shown(old, new[:shown])
        self._ids = new
        self._more = None if ended else more
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1))

    def _replace_shown(self, old: list[int], new: list[int]) -> None:
        """Turn the rows shown (``old``) into ``new`` by removing and inserting only the
        rows that differ, from the end up so that each step's row numbers hold."""
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
            end_old, end_new = end_old - 1, end_new - 1
        import difflib  # on a refresh, never at start

        matcher = difflib.SequenceMatcher(None, old[start:end_old], new[start:end_new],
                                          autojunk=False)
        ids = list(old)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            i1, i2, j1, j2 = i1 + start, i2 + start, j1 + start, j2 + start
            if tag in ("replace", "delete"):
                self.beginRemoveRows(ROOT, i1, i2 - 1)
                del ids[i1:i2]
                self._ids, self._shown = ids, len(ids)
                self.endRemoveRows()
            if tag in ("replace", "insert"):
                self.beginInsertRows(ROOT, i1, i1 + j2 - j1 - 1)
                ids[i1:i1] = new[j1:j2]
                self._ids, self._shown = ids, len(ids)
                self.endInsertRows()

    def _read_ids(self, wanted: int) -> None:
        """Read ids until ``wanted`` more than are shown are known, or the list ends."""
        while self._more is not None and len(self._ids) < self._shown + wanted:
            page = self._more(BATCH)
            self._ids.extend(page)
            if len(page) < BATCH:
                self._more = None  # the end: every id is known

    def row_of(self, record_id: int) -> int | None:
        if record_id not in self._ids:
            while self._more is not None:  # read on until it is found, or the list ends
                known = len(self._ids)
                self._read_ids(known - self._shown + BATCH)
                if record_id in self._ids[known:]:
                    break
        return super().row_of(record_id)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and (self._shown < len(self._ids) or self._more is not None)

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._read_ids(BATCH)
        super().fetchMore(parent)
