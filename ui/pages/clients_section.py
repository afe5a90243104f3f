"""The Clients page: the list of clients, or one client, in one place in the sidebar."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from coachdesk.changes import Change
from ui.pages.client import ClientPage
from ui.pages.clients import ClientsPage
from ui.pages.page import ClientsByDefault


class ClientsSection(ClientsByDefault, QStackedWidget):
    """What the window attaches, refreshes, clears and asks about unsaved work, as for any
    page. Ctrl+N and Ctrl+E are the window's New client and Edit client."""

    # Everything the client's page shows, so each of its tabs is current wherever the
    # change was made (a sponsor's name in an engagement's row; the day, for "next").
    shows = (Change.CLIENTS | Change.SESSIONS | Change.NOTES | Change.ENGAGEMENTS
             | Change.AGREEMENTS | Change.REPORTS | Change.SPONSORS | Change.DATE)

    def __init__(self, clients_page: ClientsPage, client_page: ClientPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clients_page = clients_page
        self.client_page = client_page
        self.list_stale = False  # a client changed while the client's page was on screen
        self.addWidget(clients_page)
        self.addWidget(client_page)

    def attach(self, vault) -> None:
        self.clients_page.attach(vault)

    def refresh(self) -> None:
        """The one on screen: the client's page, or the list (keeping the chosen client).
        The other is read when it comes on screen (``show_client``, the way back)."""
        if self.currentWidget() is self.client_page and self.client_page.client is not None:
            self.client_page.refresh()
            self.list_stale = True
            return
        self.list_stale = False
        chosen = self.clients_page.selected_client()
        self.clients_page.model.refresh()
        if chosen is not None:
            self.clients_page.select_client(chosen.id)

    def show_list(self, chosen: int | None) -> None:
        """Back to the list, read again only if a client changed meanwhile; ``chosen``:
        the client to choose in it (the one whose page was open)."""
        self.setCurrentWidget(self.clients_page)
        if self.list_stale:
            self.list_stale = False
            self.clients_page.model.refresh()
        if chosen is not None:
            self.clients_page.select_client(chosen)

    def clear(self) -> int:
        """On lock: open notes are saved and closed first; returns how many were refused."""
        lost = self.client_page.clear()
        self.clients_page.clear()
        self.setCurrentWidget(self.clients_page)
        return lost

    def unsaved_work(self) -> bool:
        return self.clients_page.unsaved_work() or self.client_page.unsaved_work()
