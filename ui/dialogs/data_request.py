"""The requests log's forms: log a client's data-protection request, record how identity
was checked, extend its deadline, record its outcome. Each choice is a fixed one
(ui.data_protection_words); the core (coachdesk.data_requests) checks and keeps it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from coachdesk import data_requests
from ui.bidi import isolated
from ui.data_protection_words import (
    days_left_words,
    identity_words,
    kind_words,
    outcome_words,
    tr,
)
from ui.dialogs.base import SavingDialog
from ui.widgets import date_edit, iso, line_edit
from ui.words import day


def choices(words: dict[str, str], chosen: str | None = None) -> QComboBox:
    """A combo box of fixed choices: shows the words, holds the core's value."""
    box = QComboBox()
    for value, text in words.items():
        box.addItem(text, value)
    if chosen is not None:
        box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


class LogRequestDialog(SavingDialog):
    """A request the client made: its kind, the day it arrived, how identity was checked."""

    def __init__(self, vault, client_id: int, client_name: str, kind: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Log a data-protection request"), parent,
                         what=tr("this request"), save_text=tr("Log request"))
        self._vault, self._client_id = vault, client_id
        self.setMinimumWidth(560)
        self.kind = choices(kind_words(), kind)
        self.received_on = date_edit()
        # Not checked until the coach says how: no check is assumed.
        self.identity_checked = choices(identity_words(), "not_yet")
        self.identity_note = line_edit(tr("e.g. passport seen on a video call"))
        above = tr("From %1. The deadline is one month after the day it arrived; you may "
                   "extend it once by two months, telling the client why.").replace(
            "%1", isolated(client_name))
        layout = self.column([(tr("&Request"), self.kind), (tr("Re&ceived on"), self.received_on),
                              (tr("&Identity checked"), self.identity_checked),
                              (tr("&Note on the check"), self.identity_note)], above=above)
        self.finish(layout, focus=self.kind)

    def snapshot(self) -> tuple:
        return (self.kind.currentData(), iso(self.received_on),
                self.identity_checked.currentData(), self.identity_note.text())

    def store(self) -> data_requests.DataRequest:
        kind, received, identity, note = self.snapshot()
        return data_requests.log(self._vault, self._client_id, kind, received_on=received,
                                 identity_checked=identity, identity_note=note)


class IdentityDialog(SavingDialog):
    """How the client's identity was checked, for a request logged before it was."""

    def __init__(self, vault, request: data_requests.DataRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Identity checked"), parent, save_text=tr("Save"))
        self._vault, self._request = vault, request
        self.setMinimumWidth(520)
        self.identity_checked = choices(identity_words(), request.identity_checked)
        self.identity_note = line_edit(tr("e.g. passport seen on a video call"))
        self.identity_note.setText(request.identity_note)
        layout = self.column([(tr("&Identity checked"), self.identity_checked),
                              (tr("&Note on the check"), self.identity_note)])
        self.finish(layout, focus=self.identity_checked)

    def snapshot(self) -> tuple:
        return (self.identity_checked.currentData(), self.identity_note.text())

    def store(self) -> data_requests.DataRequest:
        return data_requests.set_identity(self._vault, self._request.id, *self.snapshot())


class ExtendDialog(SavingDialog):
    """Two more months, once, with the reason the client is told."""

    def __init__(self, vault, request: data_requests.DataRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Extend the deadline"), parent, what=tr("this extension"),
                         save_text=tr("Extend by two months"))
        self._vault, self._request = vault, request
        self.setMinimumWidth(520)
        today = date.today().isoformat()
        self.reason = line_edit(tr("e.g. records across three engagements to go through"))
        above = tr("Due on %1 (%2). Extended, it is due on %3. Tell the client within the "
                   "first month, with this reason.").replace("%1", day(request.due_on)).replace(
            "%2", days_left_words(request.days_left(today))).replace(
            "%3", day(data_requests.months_after(request.received_on, 3)))
        layout = self.column([(tr("&Reason"), self.reason)], above=above)
        self.finish(layout, focus=self.reason)

    def snapshot(self) -> str:
        return self.reason.text()

    def store(self) -> data_requests.DataRequest:
        return data_requests.extend(self._vault, self._request.id, self.reason.text(),
                                    on=date.today().isoformat())


class OutcomeDialog(SavingDialog):
    """How the request was answered, and when: it leaves Today."""

    def __init__(self, vault, request: data_requests.DataRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Record the outcome"), parent, what=tr("this outcome"),
                         save_text=tr("Record outcome"))
        self._vault, self._request = vault, request
        self.setMinimumWidth(520)
        self.outcome = choices(outcome_words())
        self.outcome_on = date_edit()
        self.outcome_note = line_edit(tr("e.g. corrected her email address"))
        answered = QLabel(tr("Sent as disclosure D-%1.").replace(
            "%1", f"{request.disclosure_id:06d}")) if request.disclosure_id else None
        rows: list = [(tr("&Outcome"), self.outcome), (tr("&Answered on"), self.outcome_on),
                      (tr("&Note"), self.outcome_note)]
        layout = self.column(rows, above=answered or "")
        self.finish(layout, focus=self.outcome)

    def snapshot(self) -> tuple:
        return (self.outcome.currentData(), iso(self.outcome_on), self.outcome_note.text())

    def store(self) -> data_requests.DataRequest:
        outcome, on, note = self.snapshot()
        return data_requests.close(self._vault, self._request.id, outcome, on=on, note=note)
