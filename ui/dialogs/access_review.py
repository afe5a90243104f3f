"""The access request's review step: every item that would go out to the client, each
ticked; the coach unticks what may be withheld (what would reveal another person's
information, the coach's own reflections where the law allows) and chooses the reason
for each. Only then is the bundle made (a PDF and a JSON file, ui.data_protection).

A list of the client's items, grouped by section (a QStandardItemModel in a QTreeView);
the chosen item's whole text beside it, as it will be printed; under it, the reason for
withholding the chosen item (a fixed choice, recorded with the disclosure)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.access_request import Item
from coachdesk.errors import InvalidInput
from ui.bidi import isolated
from ui.data_protection_words import reason_words, section_words, tr
from ui.dialogs.base import SavingDialog

KeyRole = Qt.ItemDataRole.UserRole + 1
ReasonRole = Qt.ItemDataRole.UserRole + 2


SHOWN_WORDS = 70  # characters of an item's words shown in its row (all of them beside)


def _row_words(item: Item) -> str:
    """An item's row: what it is, its date, and the start of its words (the whole text
    shows beside the list when it is chosen)."""
    first = item.text.strip().split("\n", 1)[0]
    if len(first) > SHOWN_WORDS:
        first = first[:SHOWN_WORDS].rstrip() + "…"
    day = item.date if item.date and not first.startswith(item.date) else ""
    head = " · ".join(p for p in (item.label, day) if p)
    return f"{head}: {isolated(first)}" if first else head


class AccessReviewDialog(SavingDialog):
    """What goes out to the client; what is withheld, and why. ``send(withheld)`` makes
    and sends the bundle (it may return OnWorker)."""

    def __init__(self, client_name: str, items: list[Item],
                 send: Callable[[dict[str, str]], Any], parent: QWidget | None = None) -> None:
        super().__init__(tr("Access request: review what goes out"), parent,
                         what=tr("this review"), save_text=tr("Make the bundle…"))
        self._send = send
        self._items = {i.key: i for i in items}
        self._reasons = reason_words()
        self.resize(980, 620)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([tr("Item"), tr("Goes out?")])
        sections = section_words()
        parents: dict[str, QStandardItem] = {}
        for item in items:
            if item.section not in parents:
                head = QStandardItem(sections[item.section])
                head.setEditable(False)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                state = QStandardItem("")
                state.setEditable(False)
                parents[item.section] = head
                self.model.appendRow([head, state])
            row = QStandardItem(_row_words(item))
            row.setEditable(False)
            row.setCheckable(True)
            row.setCheckState(Qt.CheckState.Checked)
            row.setData(item.key, KeyRole)
            row.setToolTip(tr("Untick to withhold it, then choose why."))
            state = QStandardItem(tr("Goes out"))
            state.setEditable(False)
            parents[item.section].appendRow([row, state])
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Items of the client's data"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.expandAll()
        self.view.setUniformRowHeights(True)
        self.view.setMinimumWidth(540)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 170)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("The chosen item, as it will be printed"))
        self.text.setMinimumWidth(280)
        self.reason = QComboBox()
        self.reason.addItem(tr("Choose why it is withheld…"), "")
        for value, words in self._reasons.items():
            self.reason.addItem(words, value)
        self.reason.setEnabled(False)
        self.withheld = self.reason  # an InvalidInput naming "withheld" focuses it
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.model.itemChanged.connect(self._ticked)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.reason.activated.connect(self._reason_chosen)

        layout = QVBoxLayout(self)
        explain = QLabel(tr(
            "Everything below goes to %1 in a PDF and a JSON file, unless you untick it. "
            "Withhold only what would reveal another person's information (a sponsor's own "
            "words) or what the law lets you keep back (your own reflections), and choose "
            "the reason: the client is told how many items were withheld from each part, "
            "and why.").replace("%1", isolated(client_name)))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        panes = QHBoxLayout()
        panes.addWidget(self.view, 3)
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        form = QFormLayout()
        form.addRow(tr("&Withheld because"), self.reason)
        right.addLayout(form)
        panes.addLayout(right, 2)
        layout.addLayout(panes, 1)
        layout.addWidget(self.count)
        self._say_count()
        first = self.model.index(0, 0)
        if first.isValid() and self.model.hasChildren(first):
            self.view.setCurrentIndex(self.model.index(0, 0, first))
        self.finish(layout, focus=self.view)

    def _rows(self) -> list[QStandardItem]:
        found = []
        for section in range(self.model.rowCount()):
            head = self.model.item(section, 0)
            found += [head.child(r, 0) for r in range(head.rowCount())]
        return found

    def withheld_items(self) -> dict[str, str]:
        """Each unticked item's key, with its reason ('' until one is chosen)."""
        return {row.data(KeyRole): row.data(ReasonRole) or "" for row in self._rows()
                if row.checkState() != Qt.CheckState.Checked}

    def snapshot(self) -> tuple:
        return tuple(sorted(self.withheld_items().items()))

    def _current_row(self) -> QStandardItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.model.itemFromIndex(index.siblingAtColumn(0))
        return row if row is not None and row.data(KeyRole) else None

    def _show_current(self) -> None:
        row = self._current_row()
        item = self._items.get(row.data(KeyRole)) if row is not None else None
        self.text.setPlainText(item.text if item is not None else "")
        withheld = row is not None and row.checkState() != Qt.CheckState.Checked
        self.reason.setEnabled(withheld)
        self.reason.setCurrentIndex(max(0, self.reason.findData(
            (row.data(ReasonRole) or "") if withheld and row is not None else "")))

    def _ticked(self, changed: QStandardItem) -> None:
        if not changed.data(KeyRole):
            return
        if changed.checkState() == Qt.CheckState.Checked:
            changed.setData(None, ReasonRole)
        self._state_words(changed)
        self.view.setCurrentIndex(changed.index())
        self._show_current()
        if changed.checkState() != Qt.CheckState.Checked:
            self.reason.setFocus()
        self._say_count()

    def _reason_chosen(self) -> None:
        row = self._current_row()
        if row is None or row.checkState() == Qt.CheckState.Checked:
            return
        row.setData(self.reason.currentData() or None, ReasonRole)
        self._state_words(row)
        self.message.clear_message()

    def _state_words(self, row: QStandardItem) -> None:
        parent = row.parent()
        state = parent.child(row.row(), 1) if parent is not None else None
        if state is None:
            return
        if row.checkState() == Qt.CheckState.Checked:
            state.setText(tr("Goes out"))
        else:
            reason = row.data(ReasonRole)
            state.setText(tr("Withheld: choose why") if not reason else tr("Withheld"))
            state.setToolTip(self._reasons.get(reason or "", ""))

    def _say_count(self) -> None:
        total, withheld = len(self._rows()), len(self.withheld_items())
        self.count.setText(tr("%n item(s) go out", "", total - withheld) + " · "
                           + tr("%n withheld", "", withheld))

    def store(self) -> Any:
        withheld = self.withheld_items()
        missing = next((k for k, reason in withheld.items() if not reason), None)
        if missing is not None:
            row = next(r for r in self._rows() if r.data(KeyRole) == missing)
            self.view.setCurrentIndex(row.index())
            raise InvalidInput("withheld", tr("Choose why the highlighted item is withheld, "
                                              "or tick it to send it."))
        return self._send(withheld)
