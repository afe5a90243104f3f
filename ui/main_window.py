"""The main window, a shell: the unlock screen, a sidebar of pages over the open vault
(built when first used), locking, and the switch to client review. Menus: ui.actions;
vault upkeep: ui.upkeep, ui.restoring; records leaving the vault: ui.leaving. Locking
closes the vault and clears every page that holds client data. The title is always just
"CoachDesk".
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import settings
from coachdesk.paths import VaultLocation
from coachdesk.vault.vault import DatabaseError
from ui import ask, ops, print_language, resume, sync_runner
from ui.actions import WindowActions, credentials_page, page_name, while_open
from ui.changes import ChangeNotices, PageShelf
from ui.clipboard import forget_clipboard
from ui.idle import IdleWatcher, tell_what_was_lost, unsaved_forms
from ui.pages.page import ClientEntries, Page
from ui.pages.today import TodayPage
from ui.pages.unlock import KEYRING, UnlockPage
from ui.widgets import AfterFirstPaint, align_to_start, fitted, may_discard_forms


def upkeep():  # ui.upkeep (backups, key changes, page checks): imported when first used
    from ui import upkeep as module
    return module


PAGES = ("Today", "Clients", "Sponsors", "Agreements", "Sessions", "Reports", "Credentials",
         "Settings")
WINDOW_TITLE = "CoachDesk"


class MainWindow(QMainWindow):
    locked = Signal()

    def __init__(self, location: VaultLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.vault = None
        self.search_dialog = None  # the search dialog while it is open
        self.in_review = False
        self.lost_notes = 0  # notes an (idle) lock could not save, told after unlocking
        self.discarded_forms: list[str] = []  # forms it closed with changes, likewise
        self.ending = False  # the system is ending CoachDesk: nobody to ask (ui.app.end_now)
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(fitted(1180, 760))
        self.setMinimumSize(820, 560)
        self.statusBar()  # its strip from the start: a first message never moves the page
        # Built from the window down: with a style sheet, every widget moved into a new
        # parent is restyled with everything inside it, so a page put into containers
        # that are themselves moved later would be restyled once per level.
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        self.unlock_page = UnlockPage(location)
        self.unlock_page.unlocked.connect(self._unlocked)
        self.screens.addWidget(self.unlock_page)
        self.workspace = QWidget()
        self.screens.addWidget(self.workspace)
        self.demo_banner = QLabel(self.tr("Demo practice: every client here is invented. Your own "
                                  "vault is separate and untouched."))
        self.demo_banner.setObjectName("demoBanner")
        align_to_start(self.demo_banner)
        self.demo_banner.hide()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget()
        column = QVBoxLayout(self.workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        column.addLayout(row, 1)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)

        self.today_page = TodayPage()
        self.idle = IdleWatcher(QApplication.instance(), self)
        self.idle.idle.connect(self.lock_when_idle)
        self.system_lock = self.clipboard_guard = None  # from the first unlock (watch_the_system)
        self.backing_up = False
        self.restoring = False  # a backup is being checked or restored (ui.restoring)
        self.key_change_progress: QProgressDialog | None = None  # while backups re-encrypt
        self.damage_found: str | None = None
        self._unreadable = False  # a failed read is being handed to the unlock screen
        self._review_screen = None  # built when a report is first shown to a client
        self.today_page.open_client.connect(self.show_client)
        self.today_page.open_session.connect(self.show_session)
        # Pages ask the window for New client and Edit client where they have no New or
        # Edit of their own (Ctrl+N, Ctrl+E); what changed refreshes the pages showing it.
        self.client_entries = ClientEntries(self.new_client, self.edit_client)
        self.today_page.client_entries = self.client_entries
        self.changes = ChangeNotices(self)
        self.changes.changed.connect(self._records_changed)
        self.sync = sync_runner.SyncRunner(self)  # at unlock, after changes, each minute
        # Today is built now; every other page when first shown or used, so the first
        # window appears sooner (each page costs tens of milliseconds).
        self.shelf = PageShelf()
        self.shelf.add("Today", self.today_page)
        for name in PAGES:
            self.pages.addWidget(self.today_page if name == "Today" else QWidget())
            QListWidgetItem(page_name(name), self.sidebar)
        self.sidebar.setFixedWidth(max(200, self.sidebar.sizeHintForColumn(0) + 24))  # longer words
        self.sidebar.currentRowChanged.connect(self._page_chosen)

        self.menu_actions = WindowActions(self, PAGES)
        # The window's own actions, by the names its pages and tests know.
        a = self.menu_actions
        self.lock_action, self.new_action, self.edit_action = a.lock, a.new, a.edit
        self.search_action, self.go_actions, self.page_actions = a.search, a.go, a.page_actions
        self.new_client_action, self.edit_client_action = a.new_client, a.edit_client
        self.find_client_action, self.archive_action = a.find_client, a.archive
        self.legal_action, self.packet_action, self.dispose_action = a.legal, a.packet, a.dispose
        if (geometry := QSettings().value("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        self.show_unlock()

    # -- vault upkeep (ui.upkeep; restore: ui.restoring) -------------------------------
    def back_up_if_due(self) -> None:
        upkeep().back_up_if_due(self)

    def back_up(self) -> None:
        upkeep().back_up(self)

    # -- reports, review mode, disclosures -------------------------------------------
    def enter_review(self, report_id: int) -> None:
        """Turn the whole window over to one report, for the client to read and approve."""
        if self.vault is None:
            return
        from coachdesk import clients, reports

        if self._open_editors():  # separate windows: they would stay on screen
            ask.inform(self, self.tr("Close the notes first"),
                       self.tr("Close the open notes before showing the report to the client: "
                       "they are separate windows and would stay on screen."))
            return
        report = reports.get(self.vault, report_id)
        self.review_screen.present(self.vault, report_id,
                                   clients.get(self.vault, report.client_id).name)
        self.in_review = True
        self._update_actions()  # only Lock works now: the coach can always lock
        self.menuBar().hide()
        self.screens.setCurrentWidget(self.review_screen)

    def leave_review(self) -> None:
        report = self.review_screen.report
        if self._review_screen is not None:
            self._review_screen.clear()
        self.in_review = False
        self.menuBar().show()
        if self.vault is None:
            return
        self._update_actions()
        self.screens.setCurrentWidget(self.workspace)
        self.go_to("Reports")
        if report is not None:
            self.reports_page.select(report.id)

    def show_client_disclosures(self) -> None:
        client = self.client_page.client
        if self.vault is not None and client is not None:
            self.go_to("Reports")
            self.reports_page.show_only(client_id=client.id, tab="Disclosures")

    def show_sponsor_disclosures(self) -> None:
        sponsor = self.sponsors_page.sponsor
        if self.vault is not None and sponsor is not None:
            self.go_to("Reports")
            self.reports_page.show_only(sponsor_id=sponsor.id, tab="Sponsor requests")

    # -- pages built when first needed -----------------------------------------------
    @property
    def review_screen(self):
        """Client review mode's screen, built the first time a client is shown a report."""
        if self._review_screen is None:
            from ui.review import ReviewScreen

            self._review_screen = ReviewScreen()
            self._review_screen.leave.connect(self.leave_review)
            self.screens.addWidget(self._review_screen)
        return self._review_screen

    @property
    def clients_section(self) -> QStackedWidget:
        """The Clients page: the list of clients, or one client."""
        return self.page("Clients")

    @property
    def clients_page(self):
        self.page("Clients")
        return self._clients_page

    @property
    def client_page(self):
        self.page("Clients")
        return self._client_page

    def _shown_client(self):
        """The client whose page is open, without building the Clients page for it."""
        return self._client_page.client if "Clients" in self.shelf else None

    def _open_editors(self) -> list:
        return self._client_page.editors if "Clients" in self.shelf else []

    def _build_clients(self) -> QStackedWidget:
        from ui.pages.client import ClientPage
        from ui.pages.clients import ClientsPage
        from ui.pages.clients_section import ClientsSection

        a = self.menu_actions
        self._clients_page = ClientsPage(a.new_client, a.edit_client, a.archive, a.find_client)
        self._client_page = ClientPage(a.start, a.note, a.plan, a.back)
        section = ClientsSection(self._clients_page, self._client_page)
        section.client_entries = self.client_entries
        self._clients_page.open_requested.connect(self.open_client)
        self._client_page.back.connect(self.show_client_list)
        self._client_page.edit_requested.connect(self._clients_page.edit_client)
        self._client_page.shared_button.clicked.connect(self.show_client_disclosures)
        self._client_page.open_record.connect(  # an agreement or report, on its own page
            lambda name, record_id: (self.go_to(name), self.page(name).select(record_id)))
        self._clients_page.window_actions = [self.lock_action]
        self._client_page.window_actions = [self.lock_action]
        return section

    sponsors_page = property(lambda self: self.page("Sponsors"))
    agreements_page = property(lambda self: self.page("Agreements"))
    sessions_page = property(lambda self: self.page("Sessions"))
    reports_page = property(lambda self: self.page("Reports"))
    settings_page = property(lambda self: self.page("Settings"))

    def built_page(self, name: str) -> Page | None:
        """The page ``name`` if it was built already (None: not built, nothing to ask)."""
        return self.shelf.get(name)

    def page(self, name: str):
        """The page ``name``, built (and attached) on first use."""
        page = self.shelf.get(name)
        if page is not None:
            return page
        # Each page's module is imported here, on first use: the first window waits for none.
        if name == "Clients":
            page = self._build_clients()
        elif name == "Sponsors":
            from ui.pages.sponsors import SponsorsPage
            page = SponsorsPage()
            self.menu_actions.sponsors.hand_to(page)
            page.shared_button.clicked.connect(self.show_sponsor_disclosures)
        elif name == "Agreements":
            from ui.pages.agreements import AgreementsPage
            page = AgreementsPage()
            self.menu_actions.agreements.hand_to(page)
        elif name == "Sessions":
            from ui.pages.sessions import SessionsPage
            page = SessionsPage()
            page.client_entries = self.client_entries
            page.open_session.connect(self.show_session)
        elif name == "Reports":
            from ui.pages.reports import ReportsPage
            page = ReportsPage()
            self.menu_actions.reports.hand_to(page)
            page.review_requested.connect(self.enter_review)
        elif name == "Credentials":
            page = credentials_page(self.client_entries)
        else:
            from ui.pages.settings import SettingsPage
            from ui.restoring import restore_from_settings

            page = SettingsPage()
            page.client_entries = self.client_entries
            page.idle_minutes_changed.connect(self.idle.set_minutes)
            page.clipboard_seconds_changed.connect(
                lambda s: self.clipboard_guard and self.clipboard_guard.set_seconds(s))
            page.backup_requested.connect(self.back_up)
            page.restore_requested.connect(lambda path: restore_from_settings(self, path))
            page.rekey_requested.connect(lambda: upkeep().change_key(self))
        if name != "Clients":
            page.window_actions = [self.lock_action]
        self.shelf.add(name, page)
        index = PAGES.index(name)
        current = self.pages.currentIndex()
        placeholder = self.pages.widget(index)
        with QSignalBlocker(self.pages):
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            self.pages.setCurrentIndex(current)
        placeholder.deleteLater()
        if self.vault is not None:
            page.attach(self.vault)
        return page

    # -- pages ------------------------------------------------------------------
    @while_open
    def go_to(self, name: str) -> None:
        row = PAGES.index(name)
        if self.sidebar.currentRow() == row:
            self._page_chosen(row)  # already there: look again (read again if stale)
        else:
            self.sidebar.setCurrentRow(row)

    def _page_chosen(self, row: int) -> None:
        self.page(PAGES[row])  # built on first visit
        self.pages.setCurrentIndex(row)
        self.menu_actions.page_shown(PAGES[row])
        if self.vault is not None:
            self.shelf.shown(PAGES[row])  # read again only if its records changed

    def _records_changed(self, kinds) -> None:
        """A write changed ``kinds``: the page on screen showing them reads them again,
        the others when next shown (ui.changes)."""
        if self.vault is not None:
            on_screen = self.screens.currentWidget() is self.workspace
            self.shelf.changed(kinds, self.current_page_name() if on_screen else None)

    def current_page_name(self) -> str:
        return PAGES[self.pages.currentIndex()]

    # -- vault life -----------------------------------------------------------------
    def start(self) -> None:
        """At launch: open by itself when the keyring allows, else ask."""
        self.show_unlock()
        self.unlock_page.try_keyring()

    def open_demo(self) -> None:
        """The demo practice: made on first use (in the app's language), off the GUI thread."""
        self.unlock_page.ask_for(KEYRING, self.tr("Opening the demo practice…"))
        location, language = self.location, print_language.default()  # the job's, not the window

        def open_or_create():
            from coachdesk import vault as vaults

            if location.exists():  # the usual case: no need to load the demo's stories
                return vaults.unlock_with_keyring(location)
            from coachdesk import demo

            return demo.open_or_create(location, language)

        ops.run(open_or_create, success=self.open_vault,
                failure=lambda exc: self.unlock_page.ask_for(
                    "problem", ops.error_text(exc)))

    @while_open
    def show_client(self, client_id: int) -> None:
        """From any page: go to Clients and open this client."""
        self.open_client(client_id)

    @while_open
    def show_session(self, client_id: int, session_id: int) -> None:
        """From Today or Sessions: the client's page, with the session chosen."""
        self.open_client(client_id)
        self.client_page.show_session(session_id)

    @while_open
    def open_client(self, client_id: int) -> None:
        if self.current_page_name() != "Clients":
            self.go_to("Clients")
        self.client_page.show_client(self.vault, client_id)
        self.clients_section.setCurrentWidget(self.client_page)
        self.menu_actions.client_shown(True)

    @while_open
    def new_item(self) -> None:
        """Ctrl+N: the page on screen makes its own kind of record (ui.pages.page)."""
        self.page(self.current_page_name()).new_record()

    def new_client(self) -> None:
        """Clients → New client (and Ctrl+N outside the other pages): on the client list."""
        if self._to_client_list():
            self.clients_page.add_client()

    def find_client(self) -> None:
        """Ctrl+F: the client list's search field, from wherever the coach is."""
        if self._to_client_list():
            self.clients_page.focus_search()

    @while_open
    def _to_client_list(self) -> bool:
        """For a Clients menu entry used from any page; None while locked or in review."""
        self.go_to("Clients")
        self.show_client_list()
        return True

    @while_open
    def search_everything(self) -> None:
        """Ctrl+K: one search dialog for the open vault, kept between uses (emptied as it
        closes), so that opening it again is a show, within a frame; dropped at lock."""
        if self.search_dialog is None:
            from ui.dialogs.search import SearchDialog

            self.search_dialog = SearchDialog(self.vault, self)
            self.search_dialog.chosen.connect(self.open_hit)
        self.search_dialog.open()
        self.search_dialog.field.setFocus()

    def open_hit(self, hit) -> None:
        """Open what a search found: the client, the client's note, or the sponsor."""
        if self.vault is None:
            return
        if hit.kind == "sponsor":
            self.go_to("Sponsors")
            self.sponsors_page.select(hit.record_id)
            return
        self.go_to("Clients")
        self.open_client(hit.client_id)
        if hit.kind == "note":
            self.client_page.tabs.setCurrentWidget(self.client_page.notes_view)
            self.client_page.open_note(hit.record_id)

    @while_open
    def edit_item(self) -> None:
        """Ctrl+E: the page on screen edits its chosen record (ui.pages.page)."""
        self.page(self.current_page_name()).edit_record()

    @while_open
    def edit_client(self) -> None:
        """The client on screen, else the one chosen in the list (Ctrl+E on a page with
        nothing of its own to edit)."""
        one = self.client_page.client
        if self.clients_section.currentWidget() is self.client_page and one is not None:
            self.clients_page.edit_client(one.id)
        else:
            self.clients_page.edit_selected()

    def show_client_list(self) -> None:
        shown = self.client_page.client
        self.clients_section.show_list(shown.id if shown is not None and self.vault else None)
        self.menu_actions.client_shown(False)
        self.clients_page.table.setFocus()

    def _unlocked(self, vault) -> None:
        """The unlock screen opened the vault (with the recovery code, perhaps)."""
        code = self.unlock_page.take_code()
        self.open_vault(vault)
        resume.go_back(self, self.unlock_page.take_place())
        if code is not None or vault.key_stored_again:  # else nothing follows: no import
            upkeep().after_unlocking(self, vault, code)

    def open_vault(self, vault) -> None:
        self.vault = vault
        tell_what_was_lost(self, self.lost_notes, self.discarded_forms)
        self.lost_notes, self.discarded_forms = 0, []
        self.demo_banner.setVisible(vault.opened_with_demo_key)  # the key, not a file
        self.changes.listen_to(vault)
        try:
            self.shelf.attach(vault)  # each page reads it when shown
            self.idle.set_minutes(int(settings.get(vault, "idle_lock_minutes") or 0))
            self._update_actions()
            if not self.sidebar.selectedItems():  # first open: Today, visibly chosen
                with QSignalBlocker(self.sidebar):
                    self.sidebar.setCurrentRow(PAGES.index("Today"))
            self._page_chosen(self.sidebar.currentRow())  # fills the page on screen, once
        except DatabaseError as exc:  # the first read found damage the opening could not
            self.vault_unreadable(exc, now=True)
            return
        self.screens.setCurrentWidget(self.workspace)
        AfterFirstPaint(self, self.watch_the_system)  # its D-Bus import: not in that frame
        AfterFirstPaint(self, lambda: self.vault is vault and upkeep().after_opening(self, vault))
        if self.current_page_name() == "Clients":
            self.clients_page.search.setFocus()
        else:
            self.sidebar.setFocus()

    def vault_unreadable(self, exc: Exception, *, now: bool = False) -> bool:
        """A read of the open vault failed (a damaged page, most likely): lock, so that no
        view reads it again, and let the unlock screen check every page off the GUI thread
        and show what is damaged, with the newest backup that checks out. Called from the
        first read of an opening (``now``) and, for a later read, from the crash report,
        when control is back in the event loop (never inside a view's painting). False
        when no vault is open."""
        if self.vault is None:
            return False
        if now:
            self._lock_unreadable(exc)
        elif not self._unreadable:
            self._unreadable = True
            QTimer.singleShot(0, self, lambda: self._lock_unreadable(exc))
        return True

    def _lock_unreadable(self, exc: Exception) -> None:
        self._unreadable = False
        vault = self.vault
        if vault is None:
            return
        from coachdesk import upkeep as vault_upkeep

        held = vault_upkeep.hold(vault)  # the check reads the file; the key stays in the core
        self.lock(ask_first=False)
        self.unlock_page.examine(held, exc)

    def lock(self, *, ask_first: bool = True) -> None:
        """Close the vault and clear every view; the unlock screen takes over."""
        if self.vault is None:
            return
        if ask_first and not self._may_drop_unsaved_work("lock"):
            return
        if self.vault is None:  # an idle lock happened while the question was open
            return
        self.unlock_page.left_at = resume.place_of(self)  # back there after unlocking
        vault, self.vault = self.vault, None
        self.discarded_forms = [] if ask_first else unsaved_forms(self)  # asked: it knows
        forget_clipboard()
        if self.search_dialog is not None:
            dialog, self.search_dialog = self.search_dialog, None
            dialog.forget()
            dialog.reject()
            dialog.deleteLater()
        self.changes.stop()
        try:  # pages save and close open notes (counting those they could not), come what may
            self.lost_notes = self.shelf.clear()
            if self._review_screen is not None:
                self._review_screen.clear()
        finally:
            self.in_review = False
            self.menuBar().show()
            self.idle.stop()
            if self.clipboard_guard is not None:
                self.clipboard_guard.stop()
            vault.close()
            self.show_unlock()
            self.locked.emit()

    def watch_the_system(self) -> None:
        """Lock when the screen locks or the computer sleeps, and clear CoachDesk's copies
        from the clipboard in time: from the first unlock on (neither is needed to draw
        the window)."""
        if self.system_lock is None:
            from ui.clipboard import ClipboardGuard
            from ui.system_lock import SystemLockWatcher

            self.system_lock = SystemLockWatcher(QApplication.instance(), self)
            self.system_lock.lock_now.connect(lambda _why: self.lock_when_idle())
            self.clipboard_guard = ClipboardGuard(self)
        if self.vault is not None:
            self.clipboard_guard.set_seconds(
                int(settings.get(self.vault, "clipboard_clear_seconds") or 0))

    def lock_when_idle(self) -> None:
        """Nobody has touched CoachDesk for the set minutes: lock without asking."""
        self.lock(ask_first=False)

    def show_unlock(self) -> None:
        self._update_actions()
        self.unlock_page.ask_for(self.unlock_page.usual_mode(), "")
        self.screens.setCurrentWidget(self.unlock_page)

    def workspace_open(self) -> bool:
        """A vault is open and no client is looking at a report in review: records may
        show. The actions' group follows it (see ui.actions), as does ``@while_open``."""
        return self.vault is not None and not self.in_review

    def _update_actions(self) -> None:
        self.menu_actions.set_state(unlocked=self.vault is not None,
                                    open_=self.workspace_open())
        self.menu_actions.page_shown(self.current_page_name())
        self.menu_actions.client_shown(self._shown_client() is not None)
        if "Clients" in self.shelf:
            self._clients_page.update_actions()

    # -- window ---------------------------------------------------------------------
    def _may_drop_unsaved_work(self, doing: str) -> bool:
        if self.ending or not self.shelf.unsaved_work():
            return True
        return may_discard_forms(self, doing)

    def closeEvent(self, event) -> None:
        if not self._may_drop_unsaved_work("quit"):
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        forget_clipboard()
        if self.vault is not None:
            vault, self.vault = self.vault, None
            self.changes.stop()
            self.shelf.clear()
            vault.close()
        super().closeEvent(event)

    def bring_to_front(self) -> None:
        """Called when a second CoachDesk start asks this one to show itself."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
