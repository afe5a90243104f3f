"""The menu bar, built from typed actions, and the one switch that stops them.

Every menu entry is a ``QAction`` with a name (``WindowActions.lock``,
``ReportActions.export``, ...), never a method looked up by its name. A page's menu is a
small NamedTuple of its actions, handed to the page when the page is built
(``hand_to``), which connects each entry to the page's own method; the entries work
while their page is on screen (``WindowActions.page_shown``), as KeePassXC hands its
actions to the database widget in front.

Everything that reaches into the records is in one ``QActionGroup``, ``workspace``: Qt
disables the whole group while the vault is locked and while a client reads a report in
review mode, and gives each action back its own state (a client chosen, a page on
screen) when the group is enabled again. Lock, Quit and About are outside it. Window
methods reached other ways (a page's signal, a search hit) take ``@while_open``, the same
test in one place.

The actions exist from the window's first moment (the window's own shortcuts, Ctrl+L
among them, work as soon as it shows); the menus that hold them are filled on the
event loop's first turn, off the way to the first screen (``build_menus``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from types import ModuleType
from typing import TYPE_CHECKING, Concatenate, NamedTuple, ParamSpec, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from ui import ask
from ui.words import put_in, tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.agreements import AgreementsPage
    from ui.pages.credentials import CredentialsPage
    from ui.pages.page import ClientEntries
    from ui.pages.reports import ReportsPage
    from ui.pages.sponsors import SponsorsPage

P = ParamSpec("P")
R = TypeVar("R")


def while_open(method: Callable[Concatenate[MainWindow, P], R]
               ) -> Callable[Concatenate[MainWindow, P], R | None]:
    """For a window method that shows or changes records: nothing happens while the vault
    is locked or a client is looking at a report in review (nothing else may show)."""
    @wraps(method)
    def guarded(window: MainWindow, *args: P.args, **kwargs: P.kwargs) -> R | None:
        if not window.workspace_open():
            return None
        return method(window, *args, **kwargs)

    return guarded


def show_about(window: MainWindow) -> None:
    """Help → About CoachDesk."""
    from coachdesk import __version__
    from coachdesk.vault import sqlcipher_version

    ask.inform(window, tr("About CoachDesk"),
               put_in(tr("CoachDesk %1\n\nA private, offline desk for coaches. Your records "
                         "are kept in one encrypted file:\n%2\n\nSQLCipher %3"), __version__,
                      str(window.location.vault_file), sqlcipher_version()))


def _help() -> ModuleType:
    """ui.help, imported when the coach first asks for it (its dialogs' Qt classes cost
    a start about 4 ms)."""
    from ui import help

    return help


def _leaving() -> ModuleType:
    """ui.leaving, imported when an entry of its is first used (Today needs none)."""
    from ui import leaving

    return leaving


def _data_protection() -> ModuleType:
    """ui.data_protection, imported when an entry of its is first used (Today's note of
    open requests needs only ui.data_protection_today)."""
    from ui import data_protection

    return data_protection
def credentials_page(entries: ClientEntries) -> CredentialsPage:
    """The Credentials page, imported on its first visit as every page is."""
    from ui.pages.credentials import CredentialsPage

    page = CredentialsPage()
    page.client_entries = entries
    return page


# The pages' names, marked for lupdate: the window knows its pages by these English
# names, and shows each translated (page_name).
_PAGE_NAMES = (QT_TRANSLATE_NOOP("Pages", "Today"), QT_TRANSLATE_NOOP("Pages", "Clients"),
               QT_TRANSLATE_NOOP("Pages", "Sponsors"), QT_TRANSLATE_NOOP("Pages", "Agreements"),
               QT_TRANSLATE_NOOP("Pages", "Sessions"), QT_TRANSLATE_NOOP("Pages", "Reports"),
               QT_TRANSLATE_NOOP("Pages", "Credentials"), QT_TRANSLATE_NOOP("Pages", "Settings"))


def page_name(name: str) -> str:
    """A page's name as the sidebar and the Go menu show it."""
    return QCoreApplication.translate("Pages", name)


# A page's menu is a NamedTuple of its actions: made at every start, it costs about a seventh
# of a frozen dataclass's making (one generated method, not six), and is its own entries.
class SponsorActions(NamedTuple):
    """The Sponsors menu; the Sponsors page takes it when it is built."""

    new: QAction
    edit: QAction
    add_contact: QAction

    def hand_to(self, page: SponsorsPage) -> None:
        self.new.triggered.connect(page.add_sponsor)
        self.edit.triggered.connect(page.edit_sponsor)
        self.add_contact.triggered.connect(page.add_contact)


class AgreementActions(NamedTuple):
    """The Agreements menu; the Agreements page takes it when it is built."""

    new: QAction
    edit_words: QAction
    record_signature: QAction
    activate: QAction
    print_pdf: QAction

    def hand_to(self, page: AgreementsPage) -> None:
        self.new.triggered.connect(page.new_agreement)
        self.edit_words.triggered.connect(page.edit_words)
        self.record_signature.triggered.connect(page.record_signature)
        self.activate.triggered.connect(page.activate)
        self.print_pdf.triggered.connect(page.export_pdf)


class ReportActions(NamedTuple):
    """The Reports menu; the Reports page takes it when it is built."""

    new: QAction
    write_item: QAction
    lift_words: QAction
    review: QAction
    release_form: QAction
    record_approval: QAction
    export: QAction
    log_request: QAction

    def hand_to(self, page: ReportsPage) -> None:
        self.new.triggered.connect(page.new_report)
        self.write_item.triggered.connect(lambda: page.add_item(lift=False))
        self.lift_words.triggered.connect(lambda: page.add_item(lift=True))
        self.review.triggered.connect(page.start_review)
        self.release_form.triggered.connect(page.print_release_form)
        self.record_approval.triggered.connect(page.record_approval)
        self.export.triggered.connect(page.export)
        self.log_request.triggered.connect(page.log_request)


class WindowActions:
    """The window's menu bar and every action in it (see the module's words)."""

    def __init__(self, window: MainWindow, pages: tuple[str, ...]) -> None:
        self.window = window
        self.workspace = QActionGroup(window)
        self.workspace.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        # Each menu's title and entries (None: a separator), put in the bar by build_menus.
        self._menus: list[tuple[str, list[QAction | None]]] = []
        self.vault_menus: list[QAction] = []
        self._open = False  # the last set_state, for menus built after it

        file_menu = self._menu(tr("&File"))
        self.new = self._add(file_menu, tr("&New client…"), QKeySequence.StandardKey.New,
                             window.new_item)
        # One Ctrl+N and one Ctrl+E: the page on screen says what they make and edit, and
        # the entries say it too (file_entries).
        self.edit = self._add(file_menu, tr("&Edit client…"), "Ctrl+E", window.edit_item)
        self.calendar = self._add(file_menu, tr("Export &calendar file (.ics)…"), None,
                                  lambda: window.sessions_page.calendar_export())
        # Shown while the practice is used on other computers (ui.sync_runner).
        self.sync_now = self._add(file_menu, tr("S&ync now"), None, lambda: window.sync.sync_now())
        self.sync_now.setVisible(False)
        self.lock = self._add(file_menu, tr("&Lock"), "Ctrl+L", window.lock, open_only=False)
        self.lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        file_menu.append(None)
        quit_action = QAction(tr("&Quit"), window)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(window.close)
        file_menu.append(quit_action)

        # The Clients menu is the window's, so it works before the Clients page is built;
        # the pages take these actions when they are (see MainWindow._build_clients).
        clients = self._menu(tr("&Clients"))
        self.new_client = self._add(clients, tr("&New client…"), None, window.new_client,
                                    window_shortcut=False)
        # Ctrl+E is the window's (it edits a chosen session on the client's Sessions tab);
        # F2 edits the client wherever her page or the list shows.
        self.edit_client = self._add(clients, tr("&Edit client…"), "F2",
                                     window_shortcut=False)
        self.archive = self._add(clients, tr("Arc&hive client"), "Ctrl+Shift+A",
                                 window_shortcut=False)
        self.find_client = self._add(clients, tr("&Find client"), QKeySequence.StandardKey.Find,
                                     window.find_client, window_shortcut=False)
        for action in (self.new_client, self.edit_client, self.archive, self.find_client):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.edit_client.setEnabled(False)  # nothing chosen yet to edit or archive
        self.archive.setEnabled(False)
        clients.append(None)
        # One client's entries; the Client page takes the first four.
        self.start = self._add(clients, tr("&Start session"), "Ctrl+Shift+S", window_shortcut=False)
        self.note = self._add(clients, tr("New &note"), "Ctrl+Shift+N", window_shortcut=False)
        self.plan = self._add(clients, tr("&Plan a session…"), "Ctrl+Shift+P",
                              window_shortcut=False)
        self.back = self._add(clients, tr("Back to all clients"), QKeySequence(Qt.Key.Key_Escape),
                              window_shortcut=False)
        clients.append(None)
        self.shared = self._add(clients, tr("&Disclosures and requests"), None,
                                window.show_client_disclosures, window_shortcut=False)
        self.legal = self._add(clients, tr("&Legal export of the whole record…"), None,
                               lambda: _leaving().legal_export(window), window_shortcut=False)
        self.packet = self._add(clients, tr("&Packet for the client…"), None,
                                lambda: _leaving().client_packet(window), window_shortcut=False)
        clients.append(None)
        self.dispose = self._add(clients, tr("Dispose of &records…"), None,
                                 lambda: _leaving().dispose_of_client(window),
                                 window_shortcut=False)
        clients.append(None)
        # Data-protection requests of the client on screen (ui.data_protection).
        self.data_request = self._add(clients, tr("Data-protection re&quest…"), None,
                                      lambda: _data_protection().log_request(window),
                                      window_shortcut=False)
        self.access_request = self._add(clients, tr("&Access request: review and send…"), None,
                                        lambda: _data_protection().access_request(window),
                                        window_shortcut=False)
        self.portability = self._add(clients, tr("Data p&ortability export…"), None,
                                     lambda: _data_protection().portability(window),
                                     window_shortcut=False)
        self.erasure = self._add(clients, tr("Erasure req&uest…"), None,
                                 lambda: _data_protection().erasure_request(window),
                                 window_shortcut=False)
        self.one_client = (self.start, self.note, self.plan, self.back, self.shared,
                           self.legal, self.packet, self.dispose, self.data_request,
                           self.access_request, self.portability, self.erasure)

        # Page menus: every button on those pages has a menu entry and a shortcut.
        menu = self._menu(tr("&Sponsors"))
        self.sponsors = SponsorActions(
            self._add(menu, tr("&New sponsor…")), self._add(menu, tr("&Edit sponsor…")),
            self._add(menu, tr("Add &contact…"), "Ctrl+Shift+C"))
        menu = self._menu(tr("&Agreements"))
        self.agreements = AgreementActions(
            self._add(menu, tr("&New agreement…")),
            self._add(menu, tr("Edit &words…"), "Ctrl+Shift+W"),
            self._add(menu, tr("Record &signature…"), "Ctrl+Shift+G"),
            self._add(menu, tr("Make &active"), "Ctrl+Shift+Y"),
            self._add(menu, tr("&Print to PDF for signing…"), "Ctrl+P"))
        menu = self._menu(tr("&Reports"))
        self.reports = ReportActions(
            self._add(menu, tr("&New report…")),
            self._add(menu, tr("&Write an item…"), "Ctrl+Shift+I"),
            self._add(menu, tr("&Lift words from a note…"), "Ctrl+Shift+L"),
            self._add(menu, tr("Client &review"), "Ctrl+Shift+R"),
            self._add(menu, tr("Release &form…")), self._add(menu, tr("Record &approval…")),
            self._add(menu, tr("&Export PDF…"), "Ctrl+Shift+X"),
            self._add(menu, tr("Log a sponsor's re&quest…")))
        menu = self._menu(tr("&Data protection"))
        self.requests_log = self._add(menu, tr("&Requests log…"), None,
                                      lambda: _data_protection().requests_log(window))
        self.processing_record = self._add(menu, tr("Record of &processing (Art. 30)…"), None,
                                           lambda: _data_protection().processing_record(window))
        self.audit_log = self._add(menu, tr("&Audit log…"), None,
                                   lambda: _data_protection().audit_log(window))
        self.page_actions: dict[str, tuple[QAction, ...]] = {
            "Sponsors": tuple(self.sponsors), "Agreements": tuple(self.agreements),
            "Reports": tuple(self.reports)}

        go_menu = self._menu(tr("&Go"))
        self.search = self._add(go_menu, tr("&Search everything…"), "Ctrl+K",
                                window.search_everything)
        go_menu.append(None)
        self.go = [self.search]
        for number, name in enumerate(pages, start=1):
            self.go.append(self._add(go_menu, page_name(name), f"Ctrl+{number}",
                                     lambda _checked=False, n=name: window.go_to(n),
                                     window_shortcut=False))

        # Help works locked too: nothing in it shows a record.
        help_menu = self._menu(tr("&Help"))
        self.shortcuts = self._add(help_menu, QCoreApplication.translate(
            "WindowActions", "&Keyboard shortcuts"), None, self.show_shortcuts,
            open_only=False)
        self.shortcuts.setShortcuts([QKeySequence("Ctrl+/"), QKeySequence(Qt.Key.Key_F1)])
        self.shortcuts.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide = self._add(help_menu, QCoreApplication.translate(
            "WindowActions", "How a sponsor &report is made"), None,
            lambda: self._keep(_help().show_guide(window)), open_only=False)
        self.help_windows: list[QWidget] = []  # open help windows (closing deletes them)
        help_menu.append(None)
        about = QAction(tr("&About CoachDesk"), window)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda: show_about(window))
        help_menu.append(about)
        QTimer.singleShot(0, window, self.build_menus)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts (Ctrl+/, F1): read from the menus as they are now."""
        self._keep(_help().show_shortcuts(self.window, self._menus))

    def _keep(self, shown: QWidget) -> None:
        self.help_windows.append(shown)
        shown.destroyed.connect(lambda: self.help_windows.remove(shown)
                                if shown in self.help_windows else None)

    def _menu(self, title: str) -> list[QAction | None]:
        entries: list[QAction | None] = []
        self._menus.append((title, entries))
        return entries

    def build_menus(self) -> None:
        """Put the menus in the window's menu bar, once (on the event loop's first turn)."""
        if self.vault_menus:
            return
        bar = self.window.menuBar()
        for title, entries in self._menus:
            menu = bar.addMenu(title)
            for action in entries:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        # While locked the menus themselves are greyed: nothing in them can work.
        self.vault_menus = [m for m in bar.actions()
                            if m.menu() is not None and m.text() not in (tr("&File"), tr("&Help"))]
        for menu_action in self.vault_menus:
            menu_action.setEnabled(self._open)

    def _add(self, menu: list[QAction | None], text: str,
             keys: str | QKeySequence | QKeySequence.StandardKey | None = None,
             slot: Callable[..., object] | None = None, *, open_only: bool = True,
             window_shortcut: bool = True) -> QAction:
        """An entry of ``menu``; ``open_only``: in the workspace group; ``window_shortcut``:
        also the window's own, so that its shortcut works with the menu bar hidden."""
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if slot is not None:
            action.triggered.connect(slot)
        menu.append(action)
        if window_shortcut:
            self.window.addAction(action)
        if open_only:
            self.workspace.addAction(action)
        return action

    def set_state(self, *, unlocked: bool, open_: bool) -> None:
        """``unlocked``: a vault is open (Lock works); ``open_``: and no client is looking
        at a report in review (everything else works too, each action as it stands)."""
        self.lock.setEnabled(unlocked)
        self.workspace.setEnabled(open_)
        self._open = open_
        for menu_action in self.vault_menus:
            menu_action.setEnabled(open_)

    def file_entries(self, name: str) -> tuple[str, str]:
        """What File → New… and Edit… (Ctrl+N, Ctrl+E) make and edit on page ``name``, in
        its own menu's words; a page with nothing of its own makes and edits clients
        (ui.pages.page.ClientsByDefault), except Sessions, which edits the chosen session."""
        def words(action: QAction) -> str:
            return action.text().replace("&", "")

        client = (words(self.new_client), words(self.edit_client))
        own = {"Sponsors": (words(self.sponsors.new), words(self.sponsors.edit)),
               "Agreements": (words(self.agreements.new), words(self.agreements.edit_words)),
               "Reports": (words(self.reports.new), tr("Edit report details…")),
               "Sessions": (client[0], tr("Edit session…"))}
        new, edit = own.get(name, client)
        return "&" + new, "&" + edit

    def page_shown(self, name: str) -> None:
        """A page's menu works while its page is on screen; New… and Edit… name what they
        make and edit there."""
        new, edit = self.file_entries(name)
        self.new.setText(new)
        self.edit.setText(edit)
        for page, actions in self.page_actions.items():
            for action in actions:
                action.setEnabled(page == name)

    def client_shown(self, shown: bool) -> None:
        for action in self.one_client:
            action.setEnabled(shown)
