"""The Clients page: the list of clients, or one client, in one place in the sidebar."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.pages.client import ClientPage
from ui.pages.clients import ClientsPage


class ClientsSection(QStackedWidget):
    """What the window attaches, clears and asks about unsaved work, as for any page."""

    def __init__(self, clients_page: ClientsPage, client_page: ClientPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clients_page = clients_page
        self.client_page = client_page
        self.addWidget(clients_page)
        self.addWidget(client_page)

    def attach(self, vault) -> None:
        self.clients_page.attach(vault)

    def clear(self) -> int:
        """On lock: open notes are saved and closed first; returns how many were refused."""
        lost = self.client_page.clear()
        self.clients_page.clear()
        self.setCurrentWidget(self.clients_page)
        return lost

    def unsaved_work(self) -> bool:
        return self.clients_page.unsaved_work() or self.client_page.unsaved_work()
