"""The data-protection requests log, for the whole practice: every request clients made,
the open ones first (soonest due first, with the days left), then those answered. The
chosen request is answered from here: an access request's bundle, a portability export,
an erasure, or an outcome recorded; its deadline extended; its identity check recorded.
A new request is logged from here too ("New request…"): the coach chooses the client
(:class:`ChooseClientDialog`), then the log-request form opens for her. It reads the log
again when the change notices say requests changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import clients, data_requests
from coachdesk.changes import Change
from ui.bidi import isolated
from ui.data_protection_words import (
    days_left_words,
    identity_words,
    outcome_words,
    short_kind_words,
    tr,
)
from ui.empty_state import EmptyStack, EmptyState
from ui.flow import FlowLayout
from ui.models.records import IdRole, RecordListModel, Row
from ui.widgets import InlineMessage, record_list
from ui.words import day


def answer_words() -> dict[str, str]:
    """What answering a request of each kind does (correction and objection are answered
    by the coach's own act, then recorded as an outcome)."""
    return {"access": tr("Review and send the bundle…"),
            "portability": tr("Export the data…"), "erasure": tr("Carry out the erasure…")}


class ChooseClientDialog(QDialog):
    """Which client made the request: every client, archived ones too (a former client
    may ask), typed or picked; the names filter as the coach types."""

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New data-protection request"))
        self.setMinimumWidth(440)
        ids = clients.list_ids(vault, include_archived=True)
        found = clients.get_many(vault, ids)
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for client_id in ids:
            self.client.addItem(found[client_id].name, client_id)
        self.client.setCurrentIndex(-1)
        typed = self.client.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(tr("Type or choose a name"))
        completer = QCompleter(self.client.model(), self.client)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.client.setCompleter(completer)
        self.client.setAccessibleName(tr("Client"))
        self.message = InlineMessage()
        self.client.editTextChanged.connect(lambda _text: self.message.clear_message())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(tr("&Next…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(tr("&Client"))
        label.setBuddy(self.client)
        form.addRow(label, self.client)
        layout = QVBoxLayout(self)
        above = QLabel(tr("Which client made the request? Then say what they asked for, when "
                          "it arrived and how you knew it was them."))
        above.setWordWrap(True)
        layout.addWidget(above)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if not ids:
            self.message.show_message(tr("There is no client yet: add the client first "
                                    "(Clients → New client)."))
            self.next_button.setEnabled(False)
        self.client.setFocus()

    def chosen(self) -> tuple[int, str] | None:
        """(id, name) of the client chosen: the one picked, or the one whose whole name
        was typed (any case)."""
        typed = self.client.currentText().strip()
        at = self.client.currentIndex()
        if at < 0 or self.client.itemText(at) != typed:
            at = self.client.findText(typed, Qt.MatchFlag.MatchFixedString)
        return (self.client.itemData(at), self.client.itemText(at)) if at >= 0 else None

    def accept(self) -> None:
        if self.chosen() is None:
            self.message.show_message(tr("Choose a client from the list: no client is called "
                                    "that."))
            self.client.setFocus()
            return
        super().accept()


class RequestsLogDialog(QDialog):
    """``answer(request)`` starts what answers it (ui.data_protection); ``new_request()``
    logs another (a client chosen first)."""

    def __init__(self, vault, answer: Callable[[data_requests.DataRequest], None],
                 act: Callable[[str, data_requests.DataRequest], None],
                 parent: QWidget | None = None,
                 new_request: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Data-protection requests"))
        self.resize(820, 520)
        self._vault, self._answer, self._act = vault, answer, act
        self._found: dict[int, data_requests.OpenRequest] = {}
        self.model = RecordListModel(self._fetch, self._describe, self)
        self.view = record_list(self.model)
        self.view.setAccessibleName(tr("Data-protection requests"))
        empty = EmptyState(tr("No client has made a data-protection request. When one does, "
                              "log it here with New request…"))
        self.stack = EmptyStack(self.view, empty, lambda: self.model.total() == 0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.answer_button = QPushButton(tr("Answer…"))
        self.identity_button = QPushButton(tr("Identity checked…"))
        self.extend_button = QPushButton(tr("Extend the deadline…"))
        self.outcome_button = QPushButton(tr("Record the outcome…"))
        self.answer_button.clicked.connect(lambda: self._with_chosen(self._answer))
        self.identity_button.clicked.connect(
            lambda: self._with_chosen(lambda r: self._act("identity", r)))
        self.extend_button.clicked.connect(
            lambda: self._with_chosen(lambda r: self._act("extend", r)))
        self.outcome_button.clicked.connect(
            lambda: self._with_chosen(lambda r: self._act("outcome", r)))
        self.new_button = QPushButton(tr("&New request…"))
        self.new_button.setEnabled(new_request is not None)
        if new_request is not None:
            self.new_button.clicked.connect(new_request)
        buttons = FlowLayout()  # wraps onto a second line in a longer language
        for button in (self.new_button, self.answer_button, self.identity_button,
                       self.extend_button, self.outcome_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        explain = QLabel(tr("Each request is due one month after it arrived; you may extend "
                            "it once by two months, with a reason the client is told."))
        explain.setWordWrap(True)
        explain.setObjectName("muted")
        layout.addWidget(explain)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._chosen_changed())
        changes = getattr(parent, "changes", None)
        if changes is not None:
            changes.changed.connect(self._records_changed)
        self.reload()

    def _records_changed(self, kinds: Change) -> None:
        if kinds & (Change.DATA_REQUESTS | Change.CLIENTS | Change.DATE):
            self.reload()

    def reload(self) -> None:
        if self._vault is None or not self._vault.is_open:
            return
        chosen = self.chosen()
        self._found = {f.request.id: f for f in data_requests.all_requests(self._vault)}
        self.model.set_ids(list(self._found))
        self.stack.update_state()
        if chosen is not None and (row := self.model.row_of(chosen.id)) is not None:
            self.view.setCurrentIndex(self.model.index(row))
        elif self._found:
            self.view.setCurrentIndex(self.model.index(0))
        self._chosen_changed()

    def _fetch(self, ids: list[int]) -> dict[int, Any]:
        return {i: self._found[i] for i in ids if i in self._found}

    def _describe(self, found: data_requests.OpenRequest) -> Row:
        r = found.request
        kind = short_kind_words()[r.kind]
        if r.is_open:
            badge = days_left_words(r.days_left(date.today().isoformat()))
        else:
            badge = outcome_words()[r.outcome or "done"]
        return Row(f"{found.client_name} · {kind}",
                   tr("Received %1 · due %2").replace("%1", day(r.received_on))
                   .replace("%2", day(r.due_on)), badge)

    def chosen(self) -> data_requests.DataRequest | None:
        record_id = self.view.currentIndex().data(IdRole)
        found = self._found.get(record_id) if record_id is not None else None
        return found.request if found is not None else None

    def _with_chosen(self, then: Callable[[data_requests.DataRequest], None]) -> None:
        chosen = self.chosen()
        if chosen is not None:
            then(chosen)

    def _chosen_changed(self) -> None:
        r = self.chosen()
        is_open = r is not None and r.is_open
        answers = answer_words()
        self.answer_button.setVisible(r is None or r.kind in answers)
        self.answer_button.setText(answers.get(r.kind, tr("Answer…")) if r else tr("Answer…"))
        for button in (self.answer_button, self.identity_button, self.extend_button,
                       self.outcome_button):
            button.setEnabled(is_open)
        # Once, and within the first month: the core refuses it otherwise, so it is not offered.
        self.extend_button.setEnabled(is_open and r is not None and not r.extended_on
                                      and r.days_left(date.today().isoformat()) >= 0)
        if r is None:
            self.detail.setText("")
            return
        lines = [tr("Identity: %1").replace("%1", identity_words()[r.identity_checked])
                 + (f" ({isolated(r.identity_note)})" if r.identity_note else "")]
        if r.extended_on:
            lines.append(tr("Extended on %1: %2").replace("%1", day(r.extended_on))
                         .replace("%2", isolated(r.extension_reason)))
        if r.disclosure_id:
            lines.append(tr("Bundle sent as disclosure D-%1").replace(
                "%1", f"{r.disclosure_id:06d}"))
        if r.outcome:
            lines.append(tr("%1 on %2").replace("%1", outcome_words()[r.outcome])
                         .replace("%2", r.outcome_on or "")
                         + (f": {isolated(r.outcome_note)}" if r.outcome_note else ""))
        self.detail.setText("\n".join(lines))
