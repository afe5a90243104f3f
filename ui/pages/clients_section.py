"""The Clients page: the list of clients, or one client, in one place in the sidebar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from coachdesk.changes import Change
from ui.models.records import IdRole
from ui.pages.client import ClientPage
from ui.pages.clients import ClientsPage
from ui.pages.page import ClientsByDefault


class ClientsSection(ClientsByDefault, QStackedWidget):
    """What the window attaches, refreshes, clears and asks about unsaved work, as for any
    page. Ctrl+N is the window's New client; Ctrl+E edits the client, or the session
    chosen on her Sessions tab (``edit_record``)."""

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
        client_page.tabs.currentChanged.connect(self._say_what_edit_edits)
        # Clients → Edit client… (F2) edits the client on screen: her page's, else the
        # one chosen in the list.
        clients_page.edit_action.triggered.disconnect(clients_page.edit_selected)
        clients_page.edit_action.triggered.connect(self._edit_client)
        self.addAction(clients_page.edit_action)  # its key works on her page too
        self.currentChanged.connect(self._say_what_edit_edits)

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

    def edit_record(self) -> None:
        """Ctrl+E edits what is chosen on screen: on the client's Sessions tab with a
        session chosen, that session (as on the Sessions page); else the client, whose
        own edit is also Clients → Edit client… (F2) wherever her page shows."""
        page = self.client_page
        if self.currentWidget() is page and page.client is not None \
                and page.tabs.currentWidget() is page.sessions_view \
                and page.sessions_view.currentIndex().isValid():
            page.edit_session(page.sessions_view.currentIndex().data(IdRole))
            return
        super().edit_record()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._say_what_edit_edits)  # after the window names the page's

    def _say_what_edit_edits(self, *_args: object) -> None:
        """File → Edit… names what Ctrl+E edits here: the session on her Sessions tab."""
        window = self.window()
        actions = getattr(window, "menu_actions", None)
        if actions is None or not self.isVisible():
            return
        page = self.client_page
        on_sessions = (self.currentWidget() is page
                       and page.tabs.currentWidget() is page.sessions_view)
        actions.edit.setText(actions.file_entries("Sessions" if on_sessions else "Clients")[1])
        if self.currentWidget() is page:
            self.clients_page.edit_action.setEnabled(page.client is not None)
        else:
            self.clients_page.edit_action.setEnabled(
                self.clients_page.selected_client() is not None)

    def _edit_client(self) -> None:
        page = self.client_page
        if self.currentWidget() is page and page.client is not None:
            self.clients_page.edit_client(page.client.id)
        else:
            self.clients_page.edit_selected()

    def unsaved_work(self) -> bool:
        return self.clients_page.unsaved_work() or self.client_page.unsaved_work()
