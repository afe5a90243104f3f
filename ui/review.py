"""Client review mode: the report, and nothing else, on the coach's screen for the client.

The coach turns the whole window over to this view to co-create a report with
the client. It is built from one report's items alone: no sidebar, no menus,
no notes, no other client's name. First comes the report as it will be sent
around the words (who receives it, purpose, period, every session fact with its
value), which the client approves too: every approval here covers it, and a
report of facts alone is approved by its own button. Each passage is shown
large; the client approves it as it stands, changes it with the coach, or
strikes it. Approval
here is recorded as given on screen, in session, by the name typed at the
bottom. Leaving is the coach's deliberate act (a button and a question).
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk import reports
from coachdesk.errors import CoachDeskError
from ui import ask
from ui.flow import empty
from ui.widgets import InlineMessage, line_edit
from ui.words import say_error


def _label(text: str, name: str) -> QLabel:
    """Plain text (the client's words, exactly as typed), sized by the style sheet."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class ItemCard(QFrame):
    """One passage: its words, where it stands, and the client's three choices."""

    def __init__(self, screen: ReviewScreen, item: reports.Item) -> None:
        super().__init__()
        self.setObjectName("reviewCard")
        self.screen = screen
        self.item = item
        self.words = _label(item.excerpt.text, "reviewWords")
        self.words.setProperty("struck", item.state == reports.STRUCK)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = _label(self._state_words(), "reviewState")
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Change the words"))
        self.editor.setObjectName("reviewEditor")
        self.editor.hide()
        self.approve_button = QPushButton(self.tr("Approve these words"))
        self.approve_button.setObjectName("primary")
        self.change_button = QPushButton(self.tr("Change them together"))
        self.strike_button = QPushButton(self.tr("Restore") if item.state == reports.STRUCK
                                         else self.tr("Strike it out"))
        self.save_button = QPushButton(self.tr("Keep the new words"))
        self.save_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel the change"))
        for button in (self.save_button, self.cancel_button):
            button.hide()
        self.approve_button.setVisible(item.state not in (reports.APPROVED, reports.STRUCK))
        self.change_button.setVisible(item.state != reports.STRUCK)
        self.approve_button.clicked.connect(lambda: screen.approve(self.item))
        self.change_button.clicked.connect(self.begin_change)
        self.strike_button.clicked.connect(lambda: screen.strike(
            self.item, self.item.state != reports.STRUCK))
        self.save_button.clicked.connect(lambda: screen.change(self.item,
                                                               self.editor.toPlainText()))
        self.cancel_button.clicked.connect(self.end_change)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        for button in (self.cancel_button, self.save_button, self.strike_button,
                       self.change_button, self.approve_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.addWidget(_label(f"Passage {item.position}", "reviewNumber"))
        # A screen reader says which passage and where it stands, then its words; each
        # button says which passage it acts on (every card has the same three).
        said = self.tr("Passage %1: %2").replace("%1", str(item.position)).replace(
            "%2", self.state.text())
        self.setAccessibleName(said)
        self.setAccessibleDescription(item.excerpt.text)
        for button in (self.approve_button, self.change_button, self.strike_button,
                       self.save_button, self.cancel_button):
            button.setAccessibleDescription(said)
        layout.addWidget(self.words)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)

    def _state_words(self) -> str:
        if self.item.state == reports.APPROVED:
            return self.tr("You approved these words.")
        if self.item.state == reports.STRUCK:
            return self.tr("Struck out: this will not be sent.")
        if self.item.state == reports.VOIDED:
            return self.tr("These words changed since you approved them: please read them "
                           "again.")
        if self.item.state == reports.REFRAMED:
            return self.tr("The report around these words changed since you approved "
                           "them: please read them again.")
        if self.item.state in (reports.REVOKED, reports.EXPIRED):
            return self.tr("Your earlier approval no longer counts.")
        return self.tr("Not approved yet.")

    def begin_change(self) -> None:
        self.editor.setPlainText(self.item.excerpt.text)
        self.editor.show()
        self.words.hide()
        for button in (self.approve_button, self.change_button, self.strike_button):
            button.hide()
        self.save_button.show()
        self.cancel_button.show()
        self.editor.setFocus()

    def end_change(self) -> None:
        self.screen.show_items()


class FrameCard(QFrame):
    """The report around the words, exactly as it will be printed, and where it stands."""

    def __init__(self, screen: ReviewScreen, status: reports.FrameStatus) -> None:
        super().__init__()
        self.setObjectName("reviewCard")
        self.status = status
        lines = "\n".join(str(line) for line in status.frame.lines())
        self.lines = _label(lines, "reviewExplain")
        self.lines.setAccessibleName(self.tr("The report as it will be sent"))
        if status.approved:
            state = self.tr("You approved the report as shown here.")
        elif status.changes:  # what changed is the coach's to explain, in their words
            state = self.tr("Something here changed since you approved it. Please read "
                            "it again.")
        else:
            state = self.tr("Not approved yet. Approving a passage approves this too.")
        self.state = _label(state, "reviewState")
        self.approve_button = QPushButton(self.tr("Approve the report as shown"))
        self.approve_button.setObjectName("primary")
        self.approve_button.setVisible(not status.approved)
        self.approve_button.clicked.connect(screen.approve_frame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 16)
        layout.addWidget(_label(self.tr("The report as it will be sent  ·  report code %1")
                                .replace("%1", status.frame.code), "reviewNumber"))
        layout.addWidget(self.lines)
        layout.addLayout(buttons)
        self.setAccessibleName(self.tr("The report as it will be sent: %1").replace(
            "%1", state))
        self.approve_button.setAccessibleDescription(self.accessibleName())


class ReviewScreen(QWidget):
    """The window's content while the client reviews one report with the coach."""

    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._vault = None
        self.report: reports.Report | None = None
        self.cards: list[ItemCard] = []
        self.frame_card: FrameCard | None = None
        self.title = _label("", "reviewTitle")
        self.explain = _label(
            self.tr("Read each passage. Approve it as it stands, change it together, or strike it "
            "out. Only the passages you approve are sent, in the report shown first (its "
            "recipient, purpose, period and any session facts); nothing else from your "
            "coaching is shared."), "reviewExplain")
        self.list = QWidget()
        self.list.setObjectName("reviewList")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setSpacing(16)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The report and its passages"))
        self.passages_area = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list)
        scroll.viewport().setAutoFillBackground(False)
        self.given_by = line_edit(self.tr("Your name, as you approve"))
        self.given_by.setAccessibleName(self.tr("Approved by"))
        self.given_by.setObjectName("reviewName")
        self.given_by.setMaximumWidth(360)
        self.message = InlineMessage()
        self.leave_button = QPushButton(self.tr("Coach: return to CoachDesk"))
        self.leave_button.setObjectName("link")
        self.leave_button.clicked.connect(self.ask_to_leave)
        bottom = QHBoxLayout()
        bottom.addWidget(_label(self.tr("Approved by"), "reviewExplain"))
        bottom.addWidget(self.given_by)
        bottom.addStretch(1)
        bottom.addWidget(self.leave_button)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addSpacing(6)
        column.addWidget(self.explain)
        column.addSpacing(10)
        column.addWidget(scroll, 1)
        column.addWidget(self.message)
        column.addLayout(bottom)
        centred = QHBoxLayout(self)
        centred.setContentsMargins(48, 36, 48, 28)
        centred.addStretch(1)
        centred.addLayout(column, 8)
        centred.addStretch(1)

    # -- showing one report ---------------------------------------------------------
    def present(self, vault, report_id: int, client_name: str) -> None:
        """Show this report's items, and only them; they count as put to the client."""
        self._vault = vault
        self.report = reports.get(vault, report_id)
        recipient = reports.recipient_name(vault, self.report)
        self.title.setText(self.tr("Your words for %1").replace("%1", recipient))
        # Purpose, period and facts are on the frame card, exactly as they will print.
        self.given_by.setText(client_name)
        self.message.clear_message()
        waiting = [i.excerpt.id for i in reports.items(vault, report_id, self.today())
                   if i.state != reports.STRUCK]
        if waiting:
            reports.mark_asked(vault, report_id, waiting)
        self.show_items()

    @staticmethod
    def today() -> str:
        return date.today().isoformat()

    def show_items(self) -> None:
        for card in [*self.cards, self.frame_card]:
            if card is not None:
                card.setParent(None)
                card.deleteLater()
        self.cards = []
        self.frame_card = None
        empty(self.list_layout)  # the "no passages" line too, not only taken out
        if self._vault is None or self.report is None:
            return
        self.frame_card = FrameCard(self, reports.frame_status(self._vault, self.report.id,
                                                               self.today()))
        self.list_layout.addWidget(self.frame_card)
        for item in reports.items(self._vault, self.report.id, self.today()):
            card = ItemCard(self, item)
            self.cards.append(card)
            self.list_layout.addWidget(card)
        if not self.cards:
            self.list_layout.addWidget(_label(self.tr("There are no passages in this report yet."),
                                              "reviewExplain"))
        self.list_layout.addStretch(1)
        self._tab_in_reading_order()

    def _tab_in_reading_order(self) -> None:
        """Cards are made after the name field and the way out: Tab goes through them
        first, top to bottom, and each card's buttons left to right, as they read."""
        order: list[QWidget] = [self.passages_area]
        if self.frame_card is not None:
            order.append(self.frame_card.approve_button)
        for card in self.cards:
            order += [card.editor, card.cancel_button, card.save_button, card.strike_button,
                      card.change_button, card.approve_button]
        order += [self.given_by, self.leave_button]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    # -- the client's choices -------------------------------------------------------------
    def approve(self, item: reports.Item) -> None:
        self._approve([item.excerpt.id], f"Passage {item.position} approved.")

    def approve_frame(self) -> None:
        """The client approved the report around the words, as shown (no passage)."""
        self._approve([], self.tr("The report as shown is approved."))

    def _approve(self, excerpt_ids: list[int], done: str) -> None:
        """Record an on-screen approval of these passages and the report as shown."""
        try:
            reports.approve(self._vault, self.report.id, excerpt_ids, method="on_screen",
                            given_by=self.given_by.text(), given_on=self.today(),
                            shown_frame=self.frame_card.status.frame.sha256)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            self.given_by.setFocus()
            return
        self.message.show_message(done, done=True)
        self.show_items()

    def change(self, item: reports.Item, text: str) -> None:
        try:
            reports.edit_item(self._vault, self.report.id, item.excerpt.id, text)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return
        self.message.show_message(self.tr(
            "Passage %1 now has the new words. Approve them if they are right.").replace(
            "%1", str(item.position)))
        self.show_items()

    def strike(self, item: reports.Item, struck: bool) -> None:
        reports.strike_item(self._vault, self.report.id, item.excerpt.id, struck)
        self.message.show_message((self.tr("Passage %1 struck out: it will not be sent.")
                                   if struck else self.tr("Passage %1 restored.")).replace(
                                      "%1", str(item.position)))
        self.show_items()

    # -- leaving ---------------------------------------------------------------------------
    def ask_to_leave(self) -> None:
        if any(card.editor.isVisible() for card in self.cards):
            if not ask.confirm(self, self.tr("Leave the review"),
                               self.tr("A change to a passage has not been kept. Leave anyway?"),
                               yes=self.tr("Leave")):
                return
        elif not ask.confirm(self, self.tr("Leave the review"),
                             self.tr("Return to CoachDesk? The screen will show the coach's full "
                             "records again."), yes=self.tr("Return to CoachDesk")):
            return
        self.leave.emit()

    def clear(self) -> None:
        """Forget the report (on leaving or locking): nothing stays on screen."""
        self._vault = None
        self.report = None
        self.show_items()
        self.title.setText("")
        self.given_by.clear()
        self.message.clear_message()
