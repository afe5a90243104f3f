"""The client page's Action items tab: what is still open, whose it is and by when.

Each row carries "Shared with client": action items are client material, never a
sponsor's. Return (or Mark done) ticks the chosen one off; the list is read again
with the rest of the page when notes change anywhere (ui.changes).
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from coachdesk import action_items
from coachdesk.action_items import ActionItem
from coachdesk.errors import NotFound
from ui.models.records import WITH_CLIENT, IdRole, RecordListModel, Row
from ui.widgets import record_list
from ui.words import day


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def describe_item(item: ActionItem, today: date | None = None) -> Row:
    """"Call Sam" / "The client's · due 2026-12-05 (overdue)", shared with the client."""
    whose = tr("The client's") if item.owner == action_items.CLIENT else tr("Yours")
    if item.due_on is None:
        due = tr("no date")
    elif item.overdue(today or date.today()):
        due = tr("due %1, overdue").replace("%1", day(item.due_on))
    else:
        due = tr("due %1").replace("%1", day(item.due_on))
    return Row(item.text, f"{whose} · {due} · " + tr("written %1").replace(
        "%1", day(item.created_at)), WITH_CLIENT)


class OpenItems:
    """The tab's list and its button; the client page places them like its other tabs."""

    def __init__(self, parent: QWidget) -> None:
        self._vault = None
        self._items: dict[int, ActionItem] = {}
        self.model = RecordListModel(self._rows, describe_item, parent)
        self.view = record_list(self.model)
        self.done_button = QPushButton(tr("&Mark done"))
        self.done_button.clicked.connect(self.mark_done)
        self.view.activated.connect(lambda _index: self.mark_done())
        self.view.selectionModel().currentChanged.connect(self._update_button)
        self._update_button()

    def _rows(self, ids: list[int]) -> dict[int, ActionItem]:
        return {i: self._items[i] for i in ids if i in self._items}

    def show_for(self, vault, client_id: int) -> None:
        self._vault = vault
        self._items = {i.id: i for i in action_items.open_for_client(vault, client_id)}
        self.model.update_ids(list(self._items))
        self._update_button()

    def clear(self) -> None:
        self._vault = None
        self._items = {}
        self.model.clear()
        self._update_button()

    def mark_done(self) -> None:
        item_id = self.view.currentIndex().data(IdRole)
        if self._vault is None or item_id is None:
            return
        with contextlib.suppress(NotFound):  # gone meanwhile: the page reads it again
            action_items.set_done(self._vault, item_id, True)

    def _update_button(self, *_args) -> None:
        self.done_button.setEnabled(self.view.currentIndex().data(IdRole) is not None)
