"""One client, the coach's hub: contact details, the next and last session, and tabs for
the sessions, notes, engagements, goals, agreements and reports, each saying who may see it.

From here the coach makes what belongs to this client (a new engagement, agreement,
planned session or report), each already for this client; saving says so briefly
(ui.notice). Every tab is read again when its records change anywhere in the app
(``ClientsSection.shows``), and an empty tab says what belongs there and the next step.

Badges in the lists use the coach's three words: "Coach only" (a private
note), "Shared with client" (session notes, goals the client holds), and
"Sponsor, if client approves" (goals the agreement lets the sponsor hear
about, and only in words the client approved). From here the coach starts a
session: the focused editor opens full screen with this client only.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import (
    agreements,
    clients,
    credentials,
    engagements,
    notes,
    packages,
    reports,
    sessions,
    settings,
    sponsors,
    templates,
)
from coachdesk.clients import Client
from ui import ask, note_conflict, notice, widgets
from ui.bidi import isolated
from ui.dialogs.engagement import EngagementDialog
from ui.dialogs.new_agreement import NewAgreementDialog
from ui.dialogs.report import ReportDialog
from ui.dialogs.session import PlanSessionDialog
from ui.empty_state import EmptyState
from ui.models.records import IdRole, RecordListModel, when
from ui.pages.client_actions import OpenItems
from ui.pages.client_invoices import InvoicesTab
from ui.pages.client_parts import (
    describe_agreement,
    describe_engagement,
    describe_goal,
    describe_note,
    describe_report,
    describe_session,
    next_and_last,
)
from ui.session_editor import SessionEditor, note_menu
from ui.widgets import DialogHost, SteadyTabs, heading, record_list, select_record


class ClientPage(DialogHost, QWidget):
    back = Signal()
    edit_requested = Signal(int)
    open_record = Signal(str, int)  # a page ("Agreements", "Reports") and a record on it

    def __init__(self, start_action: QAction, note_action: QAction, plan_action: QAction,
                 back_action: QAction, parent: QWidget | None = None) -> None:
        """The four actions are the window's Clients menu entries for one client."""
        super().__init__(parent)
        self._vault = None
        self.client: Client | None = None
        self._engagements: dict = {}
        self._goal_rows: dict = {}
        self._reports: dict = {}
        self.editors: list[SessionEditor] = []
        self.full_screen_editor = True  # tests show it windowed

        self.back_button = QPushButton(self.tr("← All &clients"))
        self.back_button.setObjectName("link")
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back)
        self.name = heading("")
        self.about = QLabel()
        self.about.setObjectName("muted")
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.contact = QLabel()  # email and phone, to copy
        self.contact.setTextFormat(Qt.TextFormat.PlainText)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = QLabel()  # the next session and the last one held
        self.timeline.setObjectName("muted")
        self.timeline.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline.setWordWrap(True)  # beside a long address, it wraps rather than cut
        for beside_name in (self.about, self.timeline):
            widgets.align_to_start(beside_name)  # beside the name, not at the far edge, in RTL
        self.start_button = QPushButton(self.tr("&Start session"))
        self.start_button.setObjectName("primary")
        self.note_button = QPushButton(self.tr("New &note"))
        self.edit_button = QPushButton(self.tr("&Edit details"))
        self.shared_button = QPushButton(self.tr("Disclos&ures"))
        self.shared_button.setToolTip(self.tr("What was shared about this client, and what "
                                              "sponsors asked for"))
        # Each tab's own buttons, under it on the right (as on every other page).
        self.plan_button = QPushButton(self.tr("&Plan session…"))
        self.plan_button.clicked.connect(self.plan_session)
        self.edit_session_button = QPushButton(self.tr("Edit sess&ion…"))
        self.edit_session_button.setToolTip(self.tr("Its date, minutes and status (a held "
                                                    "session's minutes are what the tax "
                                                    "export shows)"))
        self.edit_session_button.clicked.connect(self._edit_chosen_session)
        self.engagement_button = QPushButton(self.tr("New en&gagement…"))
        self.engagement_button.clicked.connect(lambda: self.edit_engagement(None))
        self.edit_engagement_button = QPushButton(self.tr("E&dit engagement…"))
        self.edit_engagement_button.clicked.connect(self._edit_chosen_engagement)
        self.goals_button = QPushButton(self.tr("E&dit goals…"))
        self.goals_button.clicked.connect(self._edit_goals)
        self.agreement_button = QPushButton(self.tr("New &agreement…"))
        self.agreement_button.clicked.connect(self.new_agreement)
        self.open_agreement_button = QPushButton(self.tr("&Open agreement"))
        self.open_agreement_button.clicked.connect(lambda: self._open_chosen("Agreements"))
        self.report_button = QPushButton(self.tr("New &report…"))
        self.report_button.clicked.connect(self.new_report)
        self.open_report_button = QPushButton(self.tr("&Open report"))
        self.open_report_button.clicked.connect(lambda: self._open_chosen("Reports"))

        self.sessions_model = RecordListModel(self._sessions, describe_session, self)
        self.notes_model = RecordListModel(self._notes, describe_note, self)
        self.engagements_model = RecordListModel(self._engagement_rows, describe_engagement,
                                                 self)
        self.goals_model = RecordListModel(self._goals, describe_goal, self)
        self.agreements_model = RecordListModel(self._agreements, describe_agreement, self)
        self.reports_model = RecordListModel(self._report_rows, describe_report, self)
        self.sessions_view = record_list(self.sessions_model)
        self.notes_view = record_list(self.notes_model)
        self.engagements_view = record_list(self.engagements_model, detail_lines=3)
        self.goals_view = record_list(self.goals_model)
        self.agreements_view = record_list(self.agreements_model)
        self.reports_view = record_list(self.reports_model)
        self.open_items = OpenItems(self)  # the client's open action items
        self.invoices = InvoicesTab(self)
        self.tabs = SteadyTabs()
        self.tab_buttons = QStackedWidget()  # the buttons of the tab on screen
        self.empty: dict[QWidget, EmptyState] = {}
        for view, name, own in (
                (self.sessions_view, self.tr("Sessions"),
                 [self.edit_session_button, self.plan_button]),
                (self.notes_view, self.tr("Notes"), []),
                (self.engagements_view, self.tr("Engagements"),
                 [self.edit_engagement_button, self.engagement_button]),
                (self.goals_view, self.tr("Goals"), [self.goals_button]),
                (self.agreements_view, self.tr("Agreements"),
                 [self.open_agreement_button, self.agreement_button]),
                (self.reports_view, self.tr("Reports"),
                 [self.open_report_button, self.report_button]),
                (self.open_items.view, self.tr("Action items"), [self.open_items.done_button]),
                (self.invoices.view, self.tr("Invoices"), self.invoices.buttons)):
            view.setAccessibleName(name)
            self.tabs.addTab(view, name)
            self.empty[view] = EmptyState().lay_over(view)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addStretch(1)
            for one in own:
                line.addWidget(one)
            self.tab_buttons.addWidget(row)
            view.selectionModel().currentChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(self.tab_buttons.setCurrentIndex)

        # The name on a line of its own: a long name (or a narrow window) never pushes
        # the buttons off screen, and the buttons never squeeze the name.
        top = QVBoxLayout()
        title = QHBoxLayout()
        title.addWidget(self.name)
        title.addSpacing(12)
        title.addWidget(self.about, 1, Qt.AlignmentFlag.AlignBottom)
        top.addLayout(title)
        facts = QHBoxLayout()
        facts.addWidget(self.contact)
        facts.addSpacing(24)
        facts.addWidget(self.timeline, 1)
        top.addLayout(facts)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.shared_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.start_button)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.tab_buttons)

        self.start_action = start_action
        self.note_action = note_action
        self.plan_action = plan_action
        self.plan_action.triggered.connect(self.plan_session)
        self.back_action = back_action
        for action in (self.start_action, self.note_action, self.plan_action, self.back_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.start_action.triggered.connect(self.start_session)
        self.start_button.clicked.connect(self.start_session)
        self.note_action.triggered.connect(self.new_note)
        self.note_button.clicked.connect(self.new_note)
        self.edit_button.clicked.connect(self._edit)
        self.back_action.triggered.connect(self.back)
        self.notes_view.activated.connect(self._open_note)
        self.notes_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.notes_view.customContextMenuRequested.connect(
            lambda pos: self._note_menu(self.notes_view.indexAt(pos).data(IdRole), pos))
        self.sessions_view.activated.connect(self._open_session)
        self.engagements_view.activated.connect(
            lambda index: self.edit_engagement(index.data(IdRole)))
        self.goals_view.activated.connect(
            lambda index: self.edit_engagement(self._goal_rows[index.data(IdRole)][1].id))
        self.agreements_view.activated.connect(
            lambda index: self.open_record.emit("Agreements", index.data(IdRole)))
        self.reports_view.activated.connect(
            lambda index: self.open_record.emit("Reports", index.data(IdRole)))
        self._update_buttons()

    # -- what the window calls ------------------------------------------------------
    def show_client(self, vault, client_id: int) -> None:
        self._vault = vault
        self._read(vault, clients.get(vault, client_id))
        self.tabs.setCurrentIndex(0)
        self.sessions_view.setFocus()

    def show_session(self, session_id: int) -> None:
        """The Sessions tab with this session chosen (opened from Today or Sessions)."""
        self.tabs.setCurrentWidget(self.sessions_view)
        select_record(self.sessions_view, session_id)

    def refresh(self) -> None:
        """The client's details and lists, read again (the tab and the rows on screen
        stay where they are)."""
        if self._vault is not None and self.client is not None:
            self._read(self._vault, clients.get(self._vault, self.client.id))

    def _read(self, vault, client: Client) -> None:
        self.client = client
        cid = client.id
        self.name.setText(self.client.name)
        # The client's own words beside others are isolated: an Arabic pronoun or a
        # number after Arabic letters never turns the line around (ui.bidi).
        parts = [isolated(self.client.pronouns),
                 self.tr("Archived") if self.client.archived else ""]
        self.about.setText(" · ".join(p for p in parts if p))
        contact = " · ".join(isolated(p) for p in (client.email, client.phone) if p)
        address = ", ".join(isolated(p.strip()) for p in client.address.splitlines()
                            if p.strip())  # the postal address on a line of its own
        contact = "\n".join(p for p in (contact, address) if p)
        self.contact.setText(contact or self.tr("No email or phone yet"))
        self.contact.setEnabled(bool(contact))  # greyed when there is nothing to copy
        session_ids = sessions.ids_for_client(vault, cid)
        self.sessions_model.update_ids(session_ids)
        self.timeline.setText(next_and_last(
            list(sessions.get_many(vault, session_ids).values()),
            datetime.now().strftime("%Y-%m-%dT%H:%M")))
        self.notes_model.update_ids(templates.ids_for_client(vault, cid))
        self._engagements = {e.id: e for e in engagements.for_client(vault, cid)}
        self.engagements_model.update_ids(list(self._engagements))
        self._goal_rows = {g.id: (g, e) for e in self._engagements.values() for g in e.goals}
        self.goals_model.update_ids(list(self._goal_rows))
        self.agreements_model.update_ids([a.id for a in agreements.for_client(vault, cid)])
        self._reports = {r.id: r for r in reports.for_client(vault, cid)}
        self.reports_model.update_ids(list(self._reports))
        self.open_items.show_for(vault, cid)
        self.invoices.read(vault, cid)
        self._say_when_empty()
        self._update_buttons()

    def _say_when_empty(self) -> None:
        """Each tab's words for when it is empty, and the next step from here."""
        current = self._current_engagement()
        sponsored = any(e.sponsor_id for e in self._engagements.values())
        new_engagement = self.tr("New engagement…")
        first = self.tr("Sessions, goals, agreements and reports belong to an engagement: "
                        "its dates, sponsor and fee. Add one first.")
        add_engagement = lambda: self.edit_engagement(None)  # noqa: E731
        empty = self.empty
        if current is None:
            empty[self.sessions_view].set_words(self.tr("No sessions yet.") + "\n" + first,
                                          new_engagement, add_engagement)
        else:
            empty[self.sessions_view].set_words(
                self.tr("No sessions yet.\nPlan the next one, or start a session now: it "
                        "is recorded as it happens."), self.tr("Plan session…"),
                self.plan_session)
        empty[self.open_items.view].set_words(self.tr(
            "No open action items.\nWhat the client or you agree to do in a session, "
            "written with [ ] or in the session's list, waits here until it is done."), "")
        empty[self.notes_view].set_words(
            self.tr("No notes yet.\nWhat you write in a session, or on its own with New "
                    "note, is kept here. Notes stay yours unless you choose to share them."),
            self.tr("New note"), self.new_note)
        empty[self.engagements_view].set_words(
            self.tr("No engagement yet.\nAn engagement is the coaching you agreed: its "
                    "dates, sponsor, fee and goals. Sessions and agreements belong to it."),
            new_engagement, add_engagement)
        if current is None:
            empty[self.goals_view].set_words(self.tr("No goals yet.") + "\n" + first,
                                       new_engagement, add_engagement)
        else:
            empty[self.goals_view].set_words(
                self.tr("No goals yet.\nGoals are part of the engagement, and the client "
                        "sees every one."), self.tr("Add goals…"),
                lambda: self.edit_engagement(current.id))
        if self._engagements:
            empty[self.agreements_view].set_words(
                self.tr("No agreement yet.\nThe agreement sets confidentiality and its "
                        "limits, fees and what a sponsor may hear, signed by every party "
                        "before the coaching starts."), self.tr("New agreement…"),
                self.new_agreement)
        else:
            empty[self.agreements_view].set_words(self.tr("No agreement yet.") + "\n" + first,
                                            new_engagement, add_engagement)
        if sponsored:
            empty[self.reports_view].set_words(
                self.tr("No reports yet.\nA report tells the sponsor only what the "
                        "agreement allows, in words the client approved."),
                self.tr("New report…"), self.new_report)
        else:
            empty[self.reports_view].set_words(
                self.tr("No reports yet.\nReports go to a sponsor, and no engagement of this "
                        "client's has one: a client who pays for their own coaching needs "
                        "no report."), "")
        self.invoices.say_when_empty(empty[self.invoices.view])

    def _current_engagement(self):
        """The engagement new things are for: the newest that has not ended."""
        going = [e for e in self._engagements.values() if e.status != "ended"]
        return going[0] if going else None

    def _update_buttons(self) -> None:
        """Buttons that need a chosen row, an engagement or a sponsor wait for it."""
        sponsored = any(e.sponsor_id for e in self._engagements.values())
        self.plan_button.setEnabled(self._current_engagement() is not None)
        self.agreement_button.setEnabled(bool(self._engagements))
        self.report_button.setEnabled(sponsored)
        self.report_button.setToolTip("" if sponsored else self.tr(
            "Reports go to a sponsor: add the sponsor to the engagement first"))
        self.goals_button.setEnabled(bool(self._engagements))
        for view, button in ((self.sessions_view, self.edit_session_button),
                             (self.engagements_view, self.edit_engagement_button),
                             (self.agreements_view, self.open_agreement_button),
                             (self.reports_view, self.open_report_button)):
            button.setEnabled(view.currentIndex().data(IdRole) is not None)
        self.invoices.update_buttons()

    # -- making things for this client --------------------------------------------------
    def edit_engagement(self, engagement_id: int | None) -> None:
        """New engagement, or the one chosen (or a goal's)."""
        if self._vault is None or self.client is None:
            return
        engagement = engagements.get(self._vault, engagement_id) if engagement_id else None
        self.show_dialog(EngagementDialog(self._vault, self.client.id, engagement,
                                          self.window()),
                         lambda saved: self._saved(self.engagements_view, saved.id,
                                                   self.tr("Engagement saved.")))

    def show_engagement(self, engagement_id: int) -> None:
        """The Engagements tab with this one chosen, and its form open (from Today: a
        fee whose basis is still to confirm)."""
        self.tabs.setCurrentWidget(self.engagements_view)
        select_record(self.engagements_view, engagement_id)
        self.edit_engagement(engagement_id)

    def _edit_chosen_engagement(self) -> None:
        chosen = self.engagements_view.currentIndex().data(IdRole)
        if chosen is not None:
            self.edit_engagement(chosen)

    def _edit_goals(self) -> None:
        """The chosen goal's engagement, else the current one, else the newest."""
        chosen = self._goal_rows.get(self.goals_view.currentIndex().data(IdRole))
        engagement = chosen[1] if chosen else self._current_engagement()
        if engagement is None and self._engagements:
            engagement = next(iter(self._engagements.values()))
        if engagement is not None:
            self.edit_engagement(engagement.id)

    def plan_session(self) -> None:
        if self._vault is None or self.client is None:
            return
        self.show_dialog(PlanSessionDialog(self._vault, self.client.id, self.window()),
                         lambda saved: self._saved(self.sessions_view, saved.id, self.tr(
                             "Session planned for %1.").replace("%1", when(saved.starts_at))))

    def edit_session(self, session_id: int | None) -> None:
        """Its date, minutes, place and status (ui.dialogs.session_edit)."""
        if self._vault is None or self.client is None or session_id is None:
            return
        from ui.dialogs.session_edit import SessionEditDialog

        self.show_dialog(SessionEditDialog(self._vault, session_id, self.window()),
                         lambda saved: self._saved(self.sessions_view, saved.id,
                                                   self.tr("Session saved.")))

    def _edit_chosen_session(self) -> None:
        self.edit_session(self.sessions_view.currentIndex().data(IdRole))

    def new_agreement(self) -> None:
        if self._vault is None or self.client is None:
            return
        self.show_dialog(NewAgreementDialog(self._vault, self.window(),
                                            client_id=self.client.id),
                         lambda saved: self._saved(self.agreements_view, saved.id, self.tr(
                             "Agreement drafted. Open it to check its words and record "
                             "the signatures.")))

    def new_report(self) -> None:
        if self._vault is None or self.client is None:
            return
        self.show_dialog(ReportDialog(self._vault, parent=self.window(),
                                      client_id=self.client.id),
                         lambda saved: self._saved(self.reports_view, saved.id, self.tr(
                             "Report started. Open it to write what the client approves.")))

    def _saved(self, view, record_id: int, words: str) -> None:
        """After a save from here: its tab, its row chosen (the page was read again as it
        was saved), and a brief confirmation."""
        self.tabs.setCurrentWidget(view)
        select_record(view, record_id)
        notice.saved(self, words)

    def _open_chosen(self, page: str) -> None:
        view = self.agreements_view if page == "Agreements" else self.reports_view
        chosen = view.currentIndex().data(IdRole)
        if chosen is not None:
            self.open_record.emit(page, chosen)

    def unsaved_work(self) -> bool:
        """A form with typed changes, or a note the vault refused to save.

        Open notes are saved first (as Lock would), so only a refused save counts.
        """
        for editor in self.editors:
            editor.save_now()
        return super().unsaved_work() or any(editor.unsaved() for editor in self.editors)

    def clear(self) -> int:
        """On lock: close every editor (saving first) and forget this client.

        Returns how many notes could not be saved before their text was cleared.
        """
        self.drop_dialog()
        lost = sum(not editor.forget() for editor in list(self.editors))
        self.editors.clear()
        self._vault = None
        self.client = None
        self._engagements, self._goal_rows, self._reports = {}, {}, {}
        for label in (self.name, self.about, self.contact, self.timeline):
            label.setText("")
        for model in (self.sessions_model, self.notes_model, self.engagements_model,
                      self.goals_model, self.agreements_model, self.reports_model,
                      self.invoices.model):
            model.clear()
        self.open_items.clear()
        return lost

    # -- starting a session, writing notes ----------------------------------------------
    def start_session(self) -> None:
        if self._vault is None or self.client is None:
            return
        minutes = int(settings.get(self._vault, "default_session_minutes") or 60)
        planned_id, fresh = None, False
        soon = sessions.planned_soon(self._vault, self.client.id)
        if soon is not None and soon.starts_at[:10] != date.today().isoformat():
            # Planned for another day this week: that one, or a new one? (Today's planned
            # session is simply the one that starts, as before.)
            chosen = ask.choose(self, self.tr("Start session"), self.tr(
                "A session is planned for %1. Is this that session, starting now?")
                .replace("%1", when(soon.starts_at)),
                [self.tr("Start the planned session"), self.tr("Start a new session")])
            if chosen is None:
                return
            planned_id, fresh = (soon.id, False) if chosen == 0 else (None, True)
        todays = soon is not None and soon.starts_at[:10] == date.today().isoformat()
        session = sessions.start_now(self._vault, self.client.id, duration_minutes=minutes,
                                     planned_id=planned_id, fresh=fresh)
        made_now = session is not None and planned_id is None and (fresh or not todays)
        # Said quietly, and it stays: a pop-up mid-session would break the moment.
        notice = "" if session else self.tr("This client has no current engagement, so no "
                                            "session is recorded; the note is kept with the "
                                            "client.")
        editor = self._open_editor(None, session.id if session else None, in_session=True,
                                   notice=notice)
        editor.made_now = made_now  # a new session, not a planned one: it may be discarded

    def new_note(self) -> None:
        if self.client is not None:
            self._open_editor(None, None, in_session=False)

    def _open_note(self, index) -> None:
        note_id = index.data(IdRole)
        if note_id is not None:
            self.open_note(note_id)

    def open_note(self, note_id: int) -> None:
        if self._vault is not None:
            self._open_editor(notes.get(self._vault, note_id), None, in_session=False)

    def _note_menu(self, note_id: int | None, pos) -> None:
        if note_id is not None and self._vault is not None:
            self.note_row_menu(note_id).popup(self.notes_view.viewport().mapToGlobal(pos))

    def note_row_menu(self, note_id: int):
        """Open, and who may see it (through the note's open editor, if there is one)."""
        vault = self._vault
        assert vault is not None  # a note row shows only while the vault is open
        editor = next((e for e in self.editors if e.holds(note_id)), None)
        return note_menu(vault, notes.get(vault, note_id),
                         lambda: self.open_note(note_id), editor, self)

    def _open_session(self, index) -> None:
        session_id = index.data(IdRole)
        if self._vault is None or session_id is None:
            return
        existing = notes.ids_for_session(self._vault, session_id)
        note = notes.get(self._vault, existing[0]) if existing else None
        self._open_editor(note, session_id, in_session=False)

    def _open_editor(self, note, session_id, *, in_session: bool,
                     notice: str = "") -> SessionEditor:
        """One editor per note (and per session still without a note): two editors of
        the same words would overwrite each other, so the open one comes forward."""
        for open_editor in self.editors:
            same_note = note is not None and open_editor.holds(note.id)
            same_session = note is None and session_id is not None and \
                open_editor.session_id == session_id
            if same_note or same_session:
                open_editor.raise_()
                open_editor.activateWindow()
                return open_editor
        editor = SessionEditor(self._vault, self.client.id, self.client.name, note=note,
                               session_id=session_id, in_session=in_session, notice=notice)
        editor.closed.connect(lambda e=editor: self._editor_closed(e))
        note_conflict.attach(editor, self.window())  # "Edited on two computers — Resolve…"
        self.editors.append(editor)
        if in_session and self.full_screen_editor:
            editor.showFullScreen()
        else:
            editor.resize(900, 640)
            editor.show()
        editor.activateWindow()
        return editor

    def _editor_closed(self, editor: SessionEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _edit(self) -> None:
        if self.client is not None:
            self.edit_requested.emit(self.client.id)

    # -- rows -------------------------------------------------------------------------
    def _sessions(self, ids):
        """Each session, and whether the coach marked it pro bono (its row says so)."""
        found = sessions.get_many(self._vault, ids)
        given = credentials.pro_bono_ids(self._vault, list(found))
        return {i: (s, i in given) for i, s in found.items()}

    def _notes(self, ids):
        """Each note with the section of a templated session it holds (None: a page)."""
        found, sections = notes.get_many(self._vault, ids), templates.sections_of(
            self._vault, ids)
        return {i: (n, sections.get(i)) for i, n in found.items()}

    def _engagement_rows(self, ids):
        found = {i: self._engagements[i] for i in ids if i in self._engagements}
        sponsor_ids = sorted({e.sponsor_id for e in found.values() if e.sponsor_id})
        names = {i: sponsors.get(self._vault, i).organisation for i in sponsor_ids}
        used = packages.uses(self._vault, list(found.values()))  # "4 of 6 used"
        return {i: (e, names.get(e.sponsor_id, ""), used.get(i)) for i, e in found.items()}

    def _goals(self, ids):
        return {i: self._goal_rows[i] for i in ids if i in self._goal_rows}

    def _agreements(self, ids):
        return {i: agreements.get(self._vault, i) for i in ids}

    def _report_rows(self, ids):
        return {i: (self._reports[i], reports.recipient_name(self._vault, self._reports[i]))
                for i in ids if i in self._reports}

