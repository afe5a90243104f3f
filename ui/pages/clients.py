"""The Clients page: a lazy list, search as you type, add, edit and archive."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk import clients
from coachdesk.clients import Client
from coachdesk.errors import CoachDeskError
from ui import ask, notice
from ui.bidi import isolated
from ui.dialogs.client import ClientDialog
from ui.empty_state import EmptyStack, EmptyState
from ui.models.clients import COL_EMAIL, COL_NAME, COL_PHONE, ClientsModel
from ui.widgets import DialogHost, line_edit, title_row, wipe
from ui.words import plural, say_error

SEARCH_DELAY_MS = 150


class ClientsPage(DialogHost, QWidget):
    open_requested = Signal(int)  # a client's id: show their page

    def __init__(self, new_action: QAction, edit_action: QAction, archive_action: QAction,
                 find_action: QAction, parent: QWidget | None = None) -> None:
        """The four actions are the window's Clients menu (new and find are the window's
        to run: they work before this page is built); this page runs edit and archive
        and keeps the four current."""
        super().__init__(parent)
        self._vault = None
        self.model = ClientsModel(self)

        self.search = line_edit(self.tr("Search clients by name or email"))
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search clients"))
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.count = QLabel()
        self.count.setObjectName("muted")

        self.new_button = QPushButton(self.tr("&New client"))
        self.new_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.archive_button = QPushButton(self.tr("Arc&hive"))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)  # no side-scroll
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_EMAIL, QHeaderView.ResizeMode.Stretch)  # shares it
        header.resizeSection(COL_PHONE, 170)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setAccessibleName(self.tr("Clients"))

        self.empty = EmptyState(action_text=self.tr("Add your first client (Ctrl+N)"),
                                action=self.add_client)
        self.list_stack = EmptyStack(self.table, self.empty)

        # New where every page has it
        top = title_row(self.tr("Clients"), self.count, self.new_button)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.show_archived)
        tools.addSpacing(12)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.list_stack, 1)

        self.new_action = new_action
        self.edit_action = edit_action
        self.archive_action = archive_action
        self.find_action = find_action
        self.open_action = QAction(self.tr("&Open client"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.show_archived.toggled.connect(self.apply_filter)
        self.new_button.clicked.connect(self.add_client)
        self.edit_action.triggered.connect(self.edit_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_action.triggered.connect(self.archive_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_action.triggered.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self._update_state)
        self.setTabOrder(self.search, self.show_archived)
        self.setTabOrder(self.show_archived, self.table)
        self._update_state()

    # -- vault life -----------------------------------------------------------
    def attach(self, vault) -> None:
        self._vault = vault
        self.model.attach(vault)

    def clear(self) -> None:
        """Forget everything shown (on lock), including an open client dialog."""
        self._vault = None
        self.drop_dialog()  # the coach chose to lock; its text goes with it
        self._search_timer.stop()
        self.search.blockSignals(True)
        wipe(self.search)
        self.search.blockSignals(False)
        self.model.clear()

    # -- actions ----------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_filter(self) -> None:
        if self._vault is not None:
            self.model.set_filter(self.search.text(), self.show_archived.isChecked())

    def selected_client(self) -> Client | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.client_at(rows[0].row()) if rows else None

    def select_client(self, client_id: int) -> None:
        row = self.model.row_of(client_id)
        if row is None:
            return
        index = self.model.index(row, COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def add_client(self) -> None:
        if self._vault is not None:
            self._open_dialog(None)

    def open_selected(self) -> None:
        client = self.selected_client()
        if self._vault is not None and client is not None:
            self.open_requested.emit(client.id)

    def edit_client(self, client_id: int) -> None:
        """Edit a client by id (from the client's own page)."""
        if self._vault is not None:
            self._open_dialog(clients.get(self._vault, client_id))

    def edit_selected(self) -> None:
        client = self.selected_client()
        if self._vault is not None and client is not None:
            self._open_dialog(client)

    def _open_dialog(self, client: Client | None) -> None:
        """Open the client dialog window-modally; the list updates when it saves. While it
        is open the empty list's words step aside: the form opens over the middle of the
        window, where they are, and their ends would show around its edges."""
        dialog = ClientDialog(self._vault, client, parent=self.window())
        words = self.tr("Client saved.") if client else self.tr("Client added.")

        def saved(kept: Client) -> None:
            self._after_change(kept.id)
            notice.saved(self, words)

        self.show_dialog(dialog, saved)
        dialog.finished.connect(self._update_state)
        self._update_state()

    def archive_selected(self) -> None:
        client = self.selected_client()
        if self._vault is None or client is None:
            return
        try:
            if client.archived:
                clients.restore(self._vault, client.id)
            else:
                if not ask.confirm(
                    self, self.tr("Archive client"),
                    self.tr("Archive %1? Their records stay in the vault, out of the everyday "
                            "list. Tick “Show archived” to see them again.").replace(
                        "%1", isolated(client.name)),
                    yes=self.tr("Archive"),
                ):
                    return
                clients.archive(self._vault, client.id)
        except CoachDeskError as exc:
            ask.warn(self, self.tr("Could not archive"), say_error(exc))
            return
        self._after_change(client.id)

    def _after_change(self, client_id: int) -> None:
        self.select_client(client_id)  # the list was read again as the client was saved

    # -- looks ------------------------------------------------------------------
    def _update_state(self) -> None:
        total = self.model.total()
        searching = bool(self.search.text().strip())
        words = plural(self.tr("%Ln match(es)", "", total) if searching
                       else self.tr("%Ln client(s)", "", total), total)
        self.count.setText(words if self._vault else "")
        if self.dialog is not None:
            self.empty.set_words("", "")  # the form opens over these words: they step aside
        elif searching:
            self.empty.set_words(self.tr("No client matches this search."), "")
        else:
            self.empty.set_words(
                self.tr("No clients yet.\nA client is the person you coach: their details, "
                        "engagements, sessions and notes all live on their page."),
                self.tr("Add your first client (Ctrl+N)"))
        self.list_stack.update_state()
        self.update_actions()

    def update_actions(self) -> None:
        """Buttons and menu entries follow the chosen client (Archive or Restore)."""
        client = self.selected_client()
        has = client is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        self.edit_action.setEnabled(has)
        self.open_action.setEnabled(has)
        self.archive_action.setEnabled(has)
        self.archive_button.setText(self.tr("Rest&ore") if has and client.archived
                                    else self.tr("Arc&hive"))
        self.archive_action.setText(self.tr("Rest&ore client") if has and client.archived
                                    else self.tr("Arc&hive client"))
        self.new_button.setEnabled(self._vault is not None)
        self.new_action.setEnabled(self._vault is not None)
