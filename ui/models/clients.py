"""The clients list: ids up front, rows fetched as the view scrolls to them.

After Anki's browser table model: the model keeps the ordered ids of the
current search and a small cache of rows; ``canFetchMore``/``fetchMore`` grow
the visible rows in batches, so thousands of clients open instantly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from coachdesk import clients
from coachdesk.clients import Client
from ui import theme
from ui.bidi import left_to_right, shown
from ui.models.records import badge_words, plain_tooltip

COL_NAME, COL_PRONOUNS, COL_EMAIL, COL_PHONE, COL_STATUS = range(5)
HEADERS = (QT_TRANSLATE_NOOP("ClientsTable", "Name"), QT_TRANSLATE_NOOP("ClientsTable", "Pronouns"),
           QT_TRANSLATE_NOOP("ClientsTable", "Email"), QT_TRANSLATE_NOOP("ClientsTable", "Phone"),
           QT_TRANSLATE_NOOP("ClientsTable", "Status"))
BATCH = 200
PAGE = 100

ClientIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
_SERVED = frozenset({ClientIdRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole,
                     Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole})


class ClientsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._vault = None
        self._ids: list[int] = []
        self._shown = 0
        self._rows: dict[int, Client] = {}
        self.text = ""
        self.include_archived = False

    # -- what the page calls ------------------------------------------------
    def attach(self, vault) -> None:
        self._vault = vault
        self.refresh()

    def clear(self) -> None:
        """Forget every row (on lock): nothing about a client stays in memory here."""
        self.beginResetModel()
        self._vault = None
        self._ids, self._rows, self._shown = [], {}, 0
        self.endResetModel()

    def set_filter(self, text: str, include_archived: bool) -> None:
        self.text, self.include_archived = text, include_archived
        self.refresh()

    def refresh(self) -> None:
        # Ask the vault first: if that fails, the model is left as it was, not half-reset.
        ids: list[int] = [] if self._vault is None else clients.list_ids(
            self._vault, text=self.text, include_archived=self.include_archived)
        self.beginResetModel()
        self._rows = {}
        self._ids = ids
        self._shown = min(BATCH, len(ids))
        self.endResetModel()

    def total(self) -> int:
        return len(self._ids)

    def client_at(self, row: int) -> Client | None:
        if not 0 <= row < self._shown:
            return None
        client_id = self._ids[row]
        if client_id not in self._rows:
            page = self._ids[row:row + PAGE]
            self._rows.update(clients.get_many(self._vault, page))
        return self._rows.get(client_id)

    def row_of(self, client_id: int) -> int | None:
        try:
            row = self._ids.index(client_id)
        except ValueError:
            return None
        while row >= self._shown and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return row

    # -- Qt's side ------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._ids) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientsTable", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The table asks each painted cell for a dozen roles: the ones answered here
        # are five, and the rest are turned away before the client is looked up.
        if role not in _SERVED or not index.isValid():
            return None
        client = self.client_at(index.row())
        if client is None:
            return None
        if role == ClientIdRole:
            return client.id
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return plain_tooltip(text) if text else None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_NAME:
                return shown(client.name)
            if column == COL_PRONOUNS:
                return shown(client.pronouns)
            if column == COL_EMAIL:
                return shown(client.email)
            if column == COL_PHONE:
                return left_to_right(shown(client.phone))
            if column == COL_STATUS:
                return badge_words(client.status.capitalize())
        if client.archived and role == Qt.ItemDataRole.ForegroundRole:  # muted, 4.5:1 still
            return QColor(theme.colour("#65726E"))
        if client.archived and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None
