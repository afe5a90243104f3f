"""The Reports page's third tab: what sponsors asked for, what the agreement says they may
receive, and how the coach responded. A part of ``ReportsPage`` (which it is mixed into),
kept here by what it holds.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import sponsor_requests, sponsors
from coachdesk.errors import CoachDeskError
from ui.bidi import isolated
from ui.dialogs.sponsor_request import RequestDialog
from ui.empty_state import EmptyState
from ui.models.records import IdRole, Row
from ui.pages.report_parts import tr
from ui.widgets import (
    InlineMessage,
    master_detail,
    plain_editor,
    primary_button,
    record_picker,
    section_heading,
    select_record,
)
from ui.words import day, put_in, say_error


class _Answer(QLabel):
    """A response's words beside its radio button, wrapped to the column: a radio button's
    own text never wraps, and one long answer (in German) pushed the whole column past
    the window's edge. Clicking the words chooses the answer, as clicking its text would."""

    def __init__(self, button: QRadioButton, words: str) -> None:
        super().__init__(words)
        self._button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        button.setAccessibleName(words)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._button.click()
        event.accept()


class SponsorRequestsTab:
    """The sponsor requests tab of the Reports page (see ``ui.pages.reports``)."""

    _vault: Any
    _requests: dict[int, sponsor_requests.SponsorRequest]
    only_sponsor: int | None
    tabs: QTabWidget

    def _build_requests(self) -> QWidget:
        tab = QWidget()
        self.requests_model, self.requests_view, self.requests_count = record_picker(
            tab, lambda ids: {i: self._requests[i] for i in ids}, self._describe_request,
            self.tr("Sponsor requests"), self.show_request)
        self.log_button = primary_button(self.tr("&Log a request…"), self.log_request)
        self.request_text = QLabel()
        self.request_text.setTextFormat(Qt.TextFormat.PlainText)
        self.request_text.setWordWrap(True)
        self.request_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clause_text = QLabel()
        self.clause_text.setObjectName("allowsText")
        self.clause_text.setTextFormat(Qt.TextFormat.PlainText)
        self.clause_text.setWordWrap(True)
        self.refusal_text = QLabel(QCoreApplication.translate(
            "SponsorRequests", sponsor_requests.FULL_RECORD_REFUSAL))
        self.refusal_text.setObjectName("refusal")
        self.refusal_text.setWordWrap(True)
        self.responses = QButtonGroup(self)
        answers = QGridLayout()
        answers.setColumnStretch(1, 1)
        for row, (key, words) in enumerate(sponsor_requests.RESPONSE_WORDS.items()):
            button = QRadioButton()
            button.setProperty("response", key)
            self.responses.addButton(button)
            answers.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            answers.addWidget(_Answer(button, QCoreApplication.translate(
                "SponsorRequests", words)), row, 1)
        self.response_note = plain_editor("", self.tr("What you told them (optional)"))
        self.response_note.setMaximumHeight(90)
        self.response_note.setAccessibleName(tr("What you told them"))
        self.respond_button = QPushButton(self.tr("&Record the response"))
        self.respond_button.clicked.connect(self.record_response)
        self.request_message = InlineMessage()
        self.request_detail = QWidget()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(section_heading(self.tr("What they asked")))
        column.addWidget(self.request_text)
        column.addWidget(self.refusal_text)
        column.addWidget(section_heading(
            self.tr("What the agreement says the sponsor may receive")))
        column.addWidget(self.clause_text)
        column.addWidget(section_heading(self.tr("Your response")))
        column.addLayout(answers)
        column.addWidget(self.response_note)
        column.addWidget(self.request_message)
        column.addWidget(self.respond_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        scroll = QScrollArea()  # a long request or a short window: scroll, never clip
        scroll.setAccessibleName(tr("The chosen request"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self.request_detail).addWidget(scroll)
        self.request_detail.hide()
        self.requests_empty = EmptyState(tr(
            "No sponsor requests logged. When a sponsor asks what happens in the coaching, "
            "log it here: you see what the agreement lets them receive, and record how you "
            "answered."), tr("Log a request…"), self.log_request).lay_over(
                self.requests_view)
        master_detail(tab, "", self.requests_count, self.requests_view, self.log_button,
                      self.request_detail, 380)
        return tab

    def _describe_request(self, r: sponsor_requests.SponsorRequest) -> Row:
        sponsor = sponsors.get(self._vault, r.sponsor_id).organisation
        return Row(f"{day(r.asked_on)} · {sponsor}", " ".join(r.asked_for.split()),
                   "Answered" if r.response else "To answer")

    def _asked(self, r: sponsor_requests.SponsorRequest, who: str, organisation: str) -> str:
        """Who asked, when, how, and about whom: one whole sentence per case, so each
        language words (and orders) it as it says it."""
        how = QCoreApplication.translate("SponsorRequests",
                                         sponsor_requests.CHANNEL_WORDS[r.channel])
        about = isolated(self._name(r.client_id)) if r.client_id else ""
        if who and about:
            text = self.tr("%1 at %2 asked on %3 (%4) about %5:")
        elif who:
            text = self.tr("%1 at %2 asked on %3 (%4):")
        elif about:
            return put_in(self.tr("%1 asked on %2 (%3) about %4:"), isolated(organisation),
                          day(r.asked_on), how, about)
        else:
            return put_in(self.tr("%1 asked on %2 (%3):"), isolated(organisation),
                          day(r.asked_on), how)
        return put_in(text, isolated(who), isolated(organisation), day(r.asked_on), how, about)

    def log_request(self) -> None:
        if self._vault is not None:
            self.show_dialog(RequestDialog(self._vault, self.only_sponsor, self.window()),
                             self._request_saved)

    def _request_saved(self, request: sponsor_requests.SponsorRequest) -> None:
        self.tabs.setCurrentIndex(2)
        if not select_record(self.requests_view, request.id):
            self.show_request(request.id)

    def show_request(self, request_id: int | None) -> None:
        r = self._requests.get(request_id)
        if r is None:
            return
        sponsor = sponsors.get(self._vault, r.sponsor_id)
        who = next((c.name for c in sponsor.contacts if c.id == r.contact_id), "")
        self.request_text.setText(f"{self._asked(r, who, sponsor.organisation)}\n{r.asked_for}")
        self.refusal_text.setVisible(r.full_record)
        self.clause_text.setText(sponsor_requests.agreement_words(self._vault, r)
                                 or self.tr("No agreement with this sponsor covers it: the "
                                            "sponsor may receive nothing about the coaching."))
        for button in self.responses.buttons():
            button.setChecked(button.property("response") == r.response)
        self.response_note.setPlainText(r.response_note)
        self.request_message.clear_message()
        self.request_detail.show()

    def record_response(self) -> None:
        request_id = self.requests_view.currentIndex().data(IdRole)
        chosen = self.responses.checkedButton()
        if request_id is None or chosen is None:
            self.request_message.show_message(self.tr("Choose how you responded."))
            return
        try:
            sponsor_requests.respond(self._vault, request_id, chosen.property("response"),
                                     note=self.response_note.toPlainText(),
                                     on=date.today().isoformat())
        except CoachDeskError as exc:
            self.request_message.show_message(say_error(exc))
            return
        select_record(self.requests_view, request_id)  # the lists were read again
        self.show_request(request_id)
        self.request_message.show_message(self.tr("Response recorded."), done=True)
