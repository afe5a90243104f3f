"""Every session in the practice, newest first, loaded as the list scrolls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coachdesk import sessions
from ui.models.records import IdRole, RecordListModel, Row
from ui.pages.client import STATUS_WORDS, _when
from ui.widgets import counted, heading, record_list


class SessionsPage(QWidget):
    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self._clients: dict[int, int] = {}
        self.model = RecordListModel(self._booked, self._describe, self)
        self.view = record_list(self.model)
        self.view.setAccessibleName("Sessions")
        self.view.activated.connect(self._open)
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(heading("Sessions"))
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def attach(self, vault) -> None:
        """Keep the vault; the window refreshes this page whenever it is shown."""
        self._vault = vault

    def refresh(self) -> None:
        if self._vault is None:
            return
        ids = sessions.all_ids(self._vault)
        self._clients.clear()
        self.model.set_ids(ids)
        self.count.setText(counted(len(ids), "session"))

    def clear(self) -> None:
        self._vault = None
        self._clients.clear()
        self.model.clear()
        self.count.setText("")

    def _open(self, index) -> None:
        client_id = self._clients.get(index.data(IdRole))
        if client_id is not None:
            self.open_client.emit(client_id)

    def _booked(self, ids):
        found = sessions.booked(self._vault, ids)
        self._clients.update({i: b.client_id for i, b in found.items()})
        return found

    @staticmethod
    def _describe(booked) -> Row:
        s = booked.session
        place = f" · {s.place}" if s.place else ""
        return Row(booked.client_name, f"{_when(s.starts_at)} · {s.duration_minutes} min{place}",
                   STATUS_WORDS.get(s.status, s.status))
