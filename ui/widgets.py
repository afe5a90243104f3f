"""Small reusable pieces shared by pages and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import validation
from coachdesk.words import QT_TRANSLATE_NOOP
from ui.bidi import shown
from ui.words import tr

if TYPE_CHECKING:  # forms' widgets: made when a form first needs one, not for the first screen
    from PySide6.QtWidgets import QDateEdit, QPlainTextEdit

# QLineEdit silently cuts pastes at 32,767 characters; CoachDesk would rather
# take the whole paste and say plainly why it cannot be stored.
LINE_EDIT_MAX = 16 * 1024 * 1024


def wipe(edit: QLineEdit) -> None:
    """Empty a field for good: unlike clear(), setText drops the undo history,
    so Ctrl+Z cannot bring a recovery code back after Lock."""
    edit.setText("")


def grow_to_fit(window: QWidget) -> None:
    """A dialog grows (never shrinks) to show a message that appeared in it: Qt would
    rather squeeze its fields until their words are cut."""
    if window.layout() is not None:
        window.layout().activate()  # the message counted in its size hint
    needed = window.sizeHint().height()
    if window.isVisible() and needed > window.height():
        window.resize(window.width(), needed)


class OneLineEdit(QLineEdit):
    """A one-line field (a name, a title, a place): lines pasted into it are joined.

    Qt keeps a pasted line break inside a QLineEdit but draws it as a space, so "Ana" and
    "Silva" from an email signature looked like one name, and Save then refused what the
    coach could not see. A coach who pastes two lines into a name means one name: the lines
    are joined as they arrive (each trimmed, a space between, blank lines dropped), and a
    brief, calm note says so. A hidden field (a passphrase) is left exactly as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textEdited.connect(self._join_pasted_lines)

    def _join_pasted_lines(self, text: str) -> None:
        pieces = text.splitlines()
        if "".join(pieces) == text or self.echoMode() != QLineEdit.EchoMode.Normal:
            return  # no line break in it (or a hidden field)
        lines = sum(1 for piece in pieces if piece.strip())
        # The cursor stays after what was pasted ("x" stands for what follows it).
        at = len(validation.joined(text[:self.cursorPosition()] + "x")) - 1
        self.setText(validation.joined(text))
        self.setCursorPosition(at)
        if lines < 2:
            return  # a line break at the end of one line: nothing a coach needs to hear
        words = QCoreApplication.translate(
            "OneLineEdit", "The %n pasted lines were joined into one: this field holds a "
                           "single line.", "", lines)
        # In a form, under it where its other messages are (after the form's own answer
        # to the edit, which clears them), unless a problem is shown there; elsewhere the
        # window's brief notice (ui.notice).
        message = getattr(self.window(), "message", None)
        if isinstance(message, InlineMessage) and not (
                message.isVisible() and message.property("tone") == "problem"):
            def say() -> None:
                message.show_message(words, done=True)
                grow_to_fit(message.window())

            QTimer.singleShot(0, message, say)
            return
        from ui import notice

        notice.saved(self, words)


def line_edit(placeholder: str = "", parent: QWidget | None = None) -> QLineEdit:
    edit = OneLineEdit(parent)
    edit.setMaxLength(LINE_EDIT_MAX)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    return edit


def date_edit(iso_day: str | None = None) -> QDateEdit:
    """A day chosen on a calendar or typed whole, shown as yyyy-MM-dd (today when
    ``iso_day`` is None): ui.date_fields."""
    from ui.date_fields import DateField

    return DateField(QDate.fromString(iso_day, Qt.DateFormat.ISODate) if iso_day
                     else QDate.currentDate())


def iso(edit: QDateEdit) -> str:
    return edit.date().toString(Qt.DateFormat.ISODate)


def plain_editor(text: str = "", placeholder: str = "") -> QPlainTextEdit:
    """Several lines of plain text that wrap to the width; Tab moves on, as in a form."""
    from PySide6.QtWidgets import QPlainTextEdit  # made with the first form that needs it

    edit = QPlainTextEdit()
    edit.setPlainText(text)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return edit


class InlineMessage(QLabel):
    """A calm, visible message under a form; empty means hidden. A problem shows in
    warm tones; something done (saved, approved, recorded) in the calm green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self.offer: QPushButton | None = None  # a way out shown with one message only

    def show_message(self, text: str, *, done: bool = False) -> None:
        if self.offer is not None:
            self.offer.hide()  # it belonged to the message before
        tone = "done" if done else "problem"
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            self.style().unpolish(self)  # the style sheet picks its colours by tone
            self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


class Heading(QLabel):
    """A page's title: often a person's name, so shown without the direction overrides
    that would turn it back to front (ui.bidi)."""

    def setText(self, text: str) -> None:
        super().setText(shown(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.follow_direction()
        super().changeEvent(event)

    def follow_direction(self) -> None:
        """Start where the page starts (left, or right in an Arabic or Hebrew UI) whatever
        the title's own script: AlignAbsolute keeps a right-to-left name from flipping it,
        so the side is chosen here from the layout direction."""
        align_to_start(self)


def align_to_start(label: QLabel) -> None:
    """Put a label's words at the side the UI reads from, whatever their own script: Qt
    aligns plain text by the text's direction, so a Latin pronoun or date in an Arabic or
    Hebrew UI (or a Hebrew name in an English one) drifted to the far edge of its row."""
    side = Qt.AlignmentFlag.AlignRight if label.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = Heading(parent)
    label.setText(text)
    label.setObjectName("pageHeading")
    # The page's start stays its start for a name in Arabic or Hebrew too: Qt would
    # otherwise push a right-to-left title to the far edge of its row.
    label.follow_direction()
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)  # a longer language's heading wraps instead of being cut off
    return label


class WrappingList(QListView):
    """A list whose rows wrap their words to its width, so their heights follow it: Qt's
    list lays its rows out again when its height changes, not its width, nor when a row's
    words change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The rows measure their words against the viewport's width. A viewport Qt made
        # has no Python object yet, and making one searches every QWidget class PySide
        # knows (building the form widgets' classes before Today is drawn): made here, it
        # is found at once.
        self.setViewport(QWidget(self))

    def setModel(self, model) -> None:
        super().setModel(model)
        model.dataChanged.connect(self._words_changed)

    @Slot()
    def _words_changed(self) -> None:  # a slot of its own: PySide makes none per list
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


def record_list(model, parent: QWidget | None = None, *, title_lines: int = 1,
                detail_lines: int = 1) -> QListView:
    """A read-only list of records, each drawn with its who-may-see-it badge; a list
    whose words run long gives its title or detail more lines to wrap on."""
    from ui.models.records import BadgeDelegate

    wraps = title_lines > 1 or detail_lines > 1
    view = WrappingList(parent) if wraps else QListView(parent)
    view.setModel(model)
    view.setItemDelegate(BadgeDelegate(view, title_lines=title_lines,
                                       detail_lines=detail_lines))
    view.setUniformItemSizes(not wraps)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    # Rows elide their text to the width they have: never a sideways scrollbar.
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


class AfterFirstPaint(QObject):
    """Runs ``then`` once, just after ``window`` next paints (its posted update request
    handled), or after ``latest_ms`` if it does not paint (hidden): work the first screen
    does not need stays out of its frame."""

    def __init__(self, window: QWidget, then: Callable[[], object],
                 latest_ms: int = 250) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], object] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self, self._run)  # after this event: the painting
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            self.deleteLater()
            then()


class SteadyTabs(QTabWidget):
    """Tabs that let a change inside a tab repaint only what changed.

    Qt's QTabWidget answers every layout request from inside it (a label given new text
    asks one, up through each layout) by laying out its bar and pages again and then
    repainting the whole of itself: opening a report painted the page twice, the second
    time all of it. Its bar and pages keep their places unless its size or its bar
    changed, so such a request is only passed on up, as a layout passes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out: tuple | None = None  # what the last layout was made for

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            bar = self.tabBar()
            state = (self.size(), bar.sizeHint(), bar.isVisible(), self.count(),
                     self.currentIndex(), self.tabPosition(), self.isVisible())
            if state == self._laid_out:
                self.updateGeometry()  # the window's size limits may have changed
                return True
            self._laid_out = state
        return super().event(event)


class DialogHost:
    """A page that opens one window-modal dialog at a time, and drops it on Lock.

    The dialog gets the window's own actions (Lock must work inside it: Qt
    blocks the window's shortcuts behind a modal dialog) and deletes itself
    when closed; ``unsaved_work`` tells the window whether to ask before
    locking or quitting.
    """

    dialog = None
    window_actions: list = []  # noqa: RUF012  (replaced per page by the main window)

    def show_dialog(self, dialog, on_saved=None) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addActions(self.window_actions)
        if on_saved is not None:
            dialog.accepted.connect(
                lambda d=dialog: on_saved(d.saved) if d.saved is not None else None)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self) -> None:
        self.dialog = None

    def unsaved_work(self) -> bool:
        has_changes = getattr(self.dialog, "has_changes", None)
        return bool(has_changes and has_changes())

    def drop_dialog(self) -> None:
        """Close the open dialog without saving or asking (the coach chose to lock)."""
        if self.dialog is not None:
            getattr(self.dialog, "discard", self.dialog.reject)()


class AsksBeforeDiscarding:
    """For dialogs that hold typed text: Esc, Cancel and the close button ask before
    dropping changes; ``discard`` closes without asking (the coach chose to lock)."""

    discard_question = QT_TRANSLATE_NOOP("AsksBeforeDiscarding",
                                         "Discard what you typed? It has not been saved.")

    def has_changes(self) -> bool:
        raise NotImplementedError

    def reject(self) -> None:
        from ui import ask

        if self.has_changes() and not ask.confirm(self, self.tr("Discard changes"),
                                                  self.tr(self.discard_question),
                                                  yes=self.tr("Discard"),
                                                  no=self.tr("Keep editing")):
            return
        self.discard()

    def discard(self) -> None:
        super().reject()  # the QDialog's own reject


def may_discard_forms(window: QWidget, doing: str) -> bool:
    """Whether to do ``doing`` (one of "lock", "quit", "change_key", "change_passphrase",
    "restore") although a form has unsaved changes. Each has its own whole title and
    button: a verb pasted into a sentence cannot be translated well."""
    from ui import ask

    title, yes = {
        "lock": (tr("Lock CoachDesk"), tr("Lock and discard")),
        "quit": (tr("Quit CoachDesk"), tr("Quit and discard")),
        "change_key": (tr("Change the key"), tr("Change the key and discard")),
        "change_passphrase": (tr("Change the passphrase"),
                              tr("Change the passphrase and discard")),
        "restore": (tr("Restore a backup"), tr("Restore and discard")),
    }[doing]
    return ask.confirm(window, title, tr(
        "A form has changes that are not saved. If you go on, they are discarded."),
        yes=yes, no=tr("Keep editing"))


def select_record(view: QListView, record_id: int) -> bool:
    """Make ``record_id`` the current row of a record list; False if it is not listed."""
    model = view.model()
    row = model.row_of(record_id)
    if row is None:
        return False
    view.setCurrentIndex(model.index(row, 0))
    return True


def record_picker(page: QWidget, fetch, describe, name: str,
                  shown: Callable[[int | None], None], *,
                  title_lines: int = 1) -> tuple[Any, QListView, QLabel]:
    """What every record page starts with: its records, loaded as the list scrolls and named
    for screen readers; how many there are; and ``shown`` told the id of each record the
    coach moves to. Returns (model, list, count) for :func:`master_detail`."""
    from ui.models.records import IdRole, RecordListModel

    model = RecordListModel(fetch, describe, page)
    view = record_list(model, title_lines=title_lines)
    view.setAccessibleName(name)
    count = QLabel()
    count.setObjectName("muted")
    view.selectionModel().currentChanged.connect(
        lambda current, _previous: shown(current.data(IdRole)))
    return model, view, count


def primary_button(words: str, clicked: Callable[[], Any]) -> QPushButton:
    """The button that does what a page is for (New sponsor, Log a request…)."""
    button = QPushButton(words)
    button.setObjectName("primary")
    button.clicked.connect(clicked)
    return button


def fitted(width: int, height: int) -> QSize:
    """A window's first size, within the screen's free area (a 1280x760 laptop screen
    less its panels and the title bar must show the window's bottom edge)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    return within(screen.availableGeometry().size(), QSize(width, height))


def within(free: QSize, least: QSize) -> QSize:
    """A first size that uses the screen: a laptop's whole free width (at 1280 pixels an
    agreement needs it), most of a large screen (about 1180x780 on 1920x1080 looked
    lost), and never beyond the free area less room for the title bar."""
    room = QSize(free.width(), free.height() - 40)
    if room.width() <= 1440:
        return QSize(min(max(least.width(), room.width()), room.width()),
                     min(max(least.height(), room.height()), room.height()))
    return QSize(min(max(least.width(), round(room.width() * 0.85)), room.width()),
                 min(max(least.height(), round(room.height() * 0.9)), room.height()))


def title_row(title: str, count: QLabel, new_button: QPushButton | None) -> QHBoxLayout:
    """A page's title, how many records it lists, and its New button: the New button sits
    at the title row's right end on every page, where the eye looks for what to do next."""
    top = QHBoxLayout()
    top.setSpacing(12)
    if title:
        # The count under the title, not beside it: the list column stays narrow enough
        # at 1280 pixels to leave the record beside it its room.
        named = QVBoxLayout()
        named.setSpacing(0)
        named.addWidget(heading(title))
        named.addWidget(count)
        top.addLayout(named)
        top.addStretch(1)
    else:
        top.addWidget(heading(title))
        top.addStretch(1)
        top.addWidget(count)
    if new_button is not None:  # a log (disclosures) has nothing to make by hand
        top.addWidget(new_button, 0, Qt.AlignmentFlag.AlignTop)
    return top


def master_detail(page: QWidget, title: str, count: QLabel, records: QWidget,
                  new_button: QPushButton | None, detail: QWidget, left_width: int) -> None:
    """Lay out a page as a titled record list (with its New button) beside one record."""
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 12, 0)
    column.addLayout(title_row(title, count, new_button))
    column.addWidget(records, 1)
    detail.layout().setContentsMargins(12, 0, 0, 0)
    from PySide6.QtWidgets import QSplitter  # made with the first page that lays one out

    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(detail)
    splitter.setSizes([left_width, 1120 - left_width])
    # A wider window widens the record, not the list: the list keeps its width.
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(28, 24, 28, 24)
    layout.addWidget(splitter)
