"""One client: sessions, notes, goals and agreements, each saying who may see it.

Badges in the lists use the coach's three words: "Coach only" (a private
note), "Shared with client" (session notes, goals the client holds), and
"Sponsor, if client approves" (goals the agreement lets the sponsor hear
about, and only in words the client approved). From here the coach starts a
session: the focused editor opens full screen with this client only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import agreements, clients, engagements, notes, sessions, settings
from coachdesk.clients import Client
from ui.dialogs.engagement import EngagementDialog
from ui.dialogs.session import PlanSessionDialog
from ui.models.records import (
    COACH_ONLY,
    MAY_REPORT,
    STATUS_WORDS,
    WITH_CLIENT,
    IdRole,
    RecordListModel,
    Row,
    when,
)
from ui.session_editor import SessionEditor, note_menu
from ui.widgets import DialogHost, SteadyTabs, heading, record_list, select_record


def first_line(text: str, limit: int = 160) -> str:
    """A note's opening words for a list: one line, plain, never interpreted."""
    flat = " ".join(text.split())
    return flat[:limit] + ("…" if len(flat) > limit else "") if flat else "(empty note)"



class ClientPage(DialogHost, QWidget):
    back = Signal()
    edit_requested = Signal(int)

    def __init__(self, start_action: QAction, note_action: QAction, plan_action: QAction,
                 back_action: QAction, parent: QWidget | None = None) -> None:
        """The four actions are the window's Clients menu entries for one client."""
        super().__init__(parent)
        self._vault = None
        self.client: Client | None = None
        self._engagements: dict = {}
        self._goal_rows: dict = {}
        self.editors: list[SessionEditor] = []
        self.full_screen_editor = True  # tests show it windowed

        self.back_button = QPushButton("← All &clients")
        self.back_button.setObjectName("link")
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back)
        self.name = heading("")
        self.about = QLabel()
        self.about.setObjectName("muted")
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.start_button = QPushButton("&Start session")
        self.start_button.setObjectName("primary")
        self.note_button = QPushButton("New &note")
        self.edit_button = QPushButton("&Edit details")
        self.plan_button = QPushButton("&Plan session…")
        self.plan_button.clicked.connect(self.plan_session)
        self.shared_button = QPushButton("Disclos&ures")
        self.shared_button.setToolTip("What was shared about this client, and what sponsors "
                                      "asked for")
        self.engagement_button = QPushButton("New en&gagement")
        self.engagement_button.clicked.connect(lambda: self.edit_engagement(None))

        self.sessions_model = RecordListModel(self._sessions, self._describe_session, self)
        self.notes_model = RecordListModel(self._notes, self._describe_note, self)
        self.goals_model = RecordListModel(self._goals, self._describe_goal, self)
        self.agreements_model = RecordListModel(self._agreements, self._describe_agreement,
                                                self)
        self.sessions_view = record_list(self.sessions_model)
        self.notes_view = record_list(self.notes_model)
        self.goals_view = record_list(self.goals_model)
        self.agreements_view = record_list(self.agreements_model)
        self.tabs = SteadyTabs()
        self.tabs.addTab(self.sessions_view, "Sessions")
        self.tabs.addTab(self.notes_view, "Notes")
        self.tabs.addTab(self.goals_view, "Goals")
        self.tabs.addTab(self.agreements_view, "Agreements")

        # The name on a line of its own: a long name (or a narrow window) never pushes
        # the buttons off screen, and the buttons never squeeze the name.
        top = QVBoxLayout()
        title = QHBoxLayout()
        title.addWidget(self.name)
        title.addSpacing(12)
        title.addWidget(self.about, 1, Qt.AlignmentFlag.AlignBottom)
        top.addLayout(title)
        buttons = QHBoxLayout()
        for button in (self.shared_button, self.edit_button, self.engagement_button,
                       self.plan_button):
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
        self.goals_view.activated.connect(
            lambda index: self.edit_engagement(self._goal_rows[index.data(IdRole)][1].id))

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
        parts = [self.client.pronouns, "Archived" if self.client.archived else ""]
        self.about.setText(" · ".join(p for p in parts if p))
        self.sessions_model.update_ids(sessions.ids_for_client(vault, cid))
        self.notes_model.update_ids(notes.ids_for_client(vault, cid))
        self._engagements = {e.id: e for e in engagements.for_client(vault, cid)}
        self._goal_rows = {g.id: (g, e) for e in self._engagements.values() for g in e.goals}
        self.goals_model.update_ids(list(self._goal_rows))
        self.agreements_model.update_ids([a.id for a in agreements.for_client(vault, cid)])

    def edit_engagement(self, engagement_id: int | None) -> None:
        """New engagement, or the one a goal belongs to."""
        if self._vault is None or self.client is None:
            return
        engagement = engagements.get(self._vault, engagement_id) if engagement_id else None
        self.show_dialog(EngagementDialog(self._vault, self.client.id, engagement,
                                          self.window()))

    def plan_session(self) -> None:
        if self._vault is not None and self.client is not None:
            self.show_dialog(PlanSessionDialog(self._vault, self.client.id, self.window()))

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
        self._engagements, self._goal_rows = {}, {}
        self.name.setText("")
        self.about.setText("")
        for model in (self.sessions_model, self.notes_model, self.goals_model,
                      self.agreements_model):
            model.clear()
        return lost

    # -- starting a session, writing notes ----------------------------------------------
    def start_session(self) -> None:
        if self._vault is None or self.client is None:
            return
        minutes = int(settings.get(self._vault, "default_session_minutes") or 60)
        session = sessions.start_now(self._vault, self.client.id, duration_minutes=minutes)
        # Said quietly, and it stays: a pop-up mid-session would break the moment.
        notice = "" if session else ("This client has no current engagement, so no session "
                                     "is recorded; the note is kept with the client.")
        self._open_editor(None, session.id if session else None, in_session=True,
                          notice=notice)

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
        editor = next((e for e in self.editors if e.note and e.note.id == note_id), None)
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
            same_note = note is not None and open_editor.note is not None and \
                open_editor.note.id == note.id
            same_session = note is None and session_id is not None and \
                open_editor.session_id == session_id
            if same_note or same_session:
                open_editor.raise_()
                open_editor.activateWindow()
                return open_editor
        editor = SessionEditor(self._vault, self.client.id, self.client.name, note=note,
                               session_id=session_id, in_session=in_session, notice=notice)
        editor.closed.connect(lambda e=editor: self._editor_closed(e))
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
        return sessions.get_many(self._vault, ids)

    def _notes(self, ids):
        return notes.get_many(self._vault, ids)

    def _goals(self, ids):
        return {i: self._goal_rows[i] for i in ids if i in self._goal_rows}

    def _agreements(self, ids):
        return {i: agreements.get(self._vault, i) for i in ids}

    @staticmethod
    def _describe_session(s) -> Row:
        upcoming = s.starts_at[:10] >= date.today().isoformat() and s.status == "planned"
        place = f" · {s.place}" if s.place else ""
        return Row(f"{when(s.starts_at)} · {s.duration_minutes} min{place}",
                   "Upcoming" if upcoming else "", STATUS_WORDS.get(s.status, s.status))

    @staticmethod
    def _describe_note(n) -> Row:
        return Row(first_line(n.body), when(n.created_at) + (" · private reflection"
                                                            if n.is_private else ""),
                   {notes.COACH_ONLY: COACH_ONLY, notes.MAY_REPORT: MAY_REPORT}.get(
                       n.privacy, WITH_CLIENT))

    @staticmethod
    def _describe_goal(pair) -> Row:
        goal, engagement = pair
        period = f"{engagement.starts_on} to {engagement.ends_on or 'open'}"
        return Row(goal.text, f"{engagement.title or 'Engagement'} · {period}",
                   MAY_REPORT if goal.visibility == "client_and_sponsor" else WITH_CLIENT)

    @staticmethod
    def _describe_agreement(a) -> Row:
        signed = len(a.parties) - len(a.unsigned_parties())
        return Row(a.title, f"Signed by {signed} of {len(a.parties)}",
                   STATUS_WORDS.get(a.status, a.status))
