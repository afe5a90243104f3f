"""The focused note editor used during a session.

Full screen, calm large text, only this client's name, a session timer. It
saves within a second of a pause, when it loses focus, and when it closes;
the history keeps a revision a minute (coachdesk.notes). It never needs a network.
Undo and redo are the editor's own (Ctrl+Z, Ctrl+Shift+Z). Text is plain: pasted
HTML stays visible as typed, never rendered. If a save is refused (a paste past
the size limit) the text stays on screen and the reason stands above it, in the
warm tones of a problem, until a save succeeds.

Who may see the note is one of the pills' three words, chosen here. Ending a
session shows its summary (ui.dialogs.session_end) before the window closes. A
stand-alone note (no session) has its own title and prompt.

A new note starts from a template (ui.session_parts.TemplatePicker). A free page is
the one text box above; a template with sections shows a box per section, each saying
who may see it, and each kept as a note of its own (coachdesk.templates), so what the
client may see and what she may not never share a note. A session also shows last
time's open action items to review and this session's own (ui.session_parts). Typing
does what it did before: a keystroke restarts the save timer, nothing more.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk import notes, sessions, templates
from coachdesk.errors import CoachDeskError
from coachdesk.notes import Note
from coachdesk.vault.vault import DatabaseError
from ui.models.records import COACH_ONLY, MAY_REPORT, WITH_CLIENT, badge_words
from ui.session_parts import (
    ActionItemsPanel,
    ChoiceBox,
    NoteEdit,
    TemplatePicker,
    last_template,
    remember_template,
    save_status,
)
from ui.widgets import InlineMessage
from ui.words import clock, say_error

SAVE_AFTER_PAUSE_MS = 700
DISCARD_WITHIN_S = 5 * 60  # a session started by mistake is noticed within minutes
WINDOW_TITLE = "Session"  # shown as "Session — CoachDesk" (the app's display name)
NOTE_TITLE = "Note"  # a note that belongs to no session
# The pills' words, in the order of who may see more.
PRIVACY_WORDS = ((notes.COACH_ONLY, COACH_ONLY), (notes.WITH_CLIENT, WITH_CLIENT),
                 (notes.MAY_REPORT, MAY_REPORT))


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class SectionBox(QWidget):
    """One section of a sectioned note: its heading, who may see it, and its text."""

    def __init__(self, section: templates.Section, position: int, note: Note | None,
                 privacy: str) -> None:
        super().__init__()
        self.section, self.position, self.note = section, position, note
        self.privacy = privacy
        self.edit = NoteEdit()
        self.edit.setObjectName("sessionText")
        self.edit.setTabChangesFocus(True)  # Tab goes on to the next section
        self.edit.setPlainText(note.body if note else "")
        self.edit.setPlaceholderText(QCoreApplication.translate("Templates", section.prompt))
        self.edit.setAccessibleName(section.heading)
        # A few lines each, always: when they do not all fit, the sections scroll.
        self.edit.ensurePolished()  # the note's own (larger) font, from the style sheet
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 4 + 24)
        self.edit.lifts_items = privacy != notes.COACH_ONLY
        title = QLabel(section.heading)
        title.setObjectName("sectionHeading")
        title.setTextFormat(Qt.TextFormat.PlainText)
        words = dict(PRIVACY_WORDS)[privacy]
        self.who = QLabel(badge_words(words) + (tr(", always") if section.is_reflection else ""))
        self.who.setObjectName("muted")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.who)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.edit, 1)

    def unsaved(self) -> bool:
        return self.edit.toPlainText() != (self.note.body if self.note else "")


class SessionEditor(QWidget):
    closed = Signal()

    def __init__(self, vault, client_id: int, client_name: str, *, note: Note | None = None,
                 session_id: int | None = None, started: float | None = None,
                 in_session: bool = True, notice: str = "",
                 parent: QWidget | None = None) -> None:
        """Edit ``note`` (and the other sections of its session, if it is one), or write
        a new one from a template (stored at the first save, never empty)."""
        super().__init__(parent, Qt.WindowType.Window)
        self._vault = vault
        self.client_id = client_id
        self.session_id = note.session_id if note else session_id
        self._note = note  # a free page's note (self.note)
        self._started = started if started is not None else time.monotonic()
        self.in_session = in_session and self.session_id is not None
        self.ending = False  # the session-end summary is open
        self.made_now = False  # a new session started here (not a planned one): see _show_summary
        stand_alone = self.session_id is None
        # Never the client's name: titles show in task bars.
        self.setWindowTitle(tr(NOTE_TITLE) if stand_alone else tr(WINDOW_TITLE))
        self.setObjectName("sessionEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.client = QLabel(client_name)
        self.client.setObjectName("sessionClient")
        self.client.setTextFormat(Qt.TextFormat.PlainText)
        self.timer_label = QLabel("0:00")
        self.timer_label.setObjectName("sessionTimer")
        self.privacy = ChoiceBox()  # as wide as the choice shown: a longer language fits
        self.privacy.setAccessibleName(tr("Who may see this note"))
        self.privacy.setToolTip(tr("Who may see this note. A sponsor sees words from it "
                                   "only in a report the client approved."))
        for stored, words in PRIVACY_WORDS:
            self.privacy.addItem(badge_words(words), stored)
        # New notes are the coach's own until the coach chooses to share them.
        self.privacy.setCurrentIndex(self.privacy.findData(
            note.privacy if note else notes.COACH_ONLY))
        self.privacy.currentIndexChanged.connect(self._privacy_changed)
        privacy_label = QLabel(tr("&Who may see it:"))
        privacy_label.setBuddy(self.privacy)
        self.refusal = InlineMessage()  # a refused save: stays until a save succeeds
        self.status = save_status()  # its slot kept: the Close button never moves
        self.end_button = QPushButton(self.tr("&End session") if in_session else self.tr("&Close"))
        self.end_button.setObjectName("primary")
        self.end_button.clicked.connect(self.close)
        self.timer_label.setVisible(in_session)
        self.notice = QLabel(notice)  # stays put while the coach types
        self.notice.setObjectName("muted")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))

        self.editor = NoteEdit()
        self.editor.setObjectName("sessionText")
        self.editor.setPlainText(note.body if note else "")
        self.editor.setTabChangesFocus(False)
        self.editor.setAccessibleName(tr("Note"))
        # Tab writes a tab here (a note is written, not filled in); Qt's Ctrl+Tab moves on.
        self.editor.setAccessibleDescription(tr("Ctrl+Tab moves on to the next control."))
        self.editor.setPlaceholderText(
            tr("Write your note. Everything saves by itself.") if stand_alone and not in_session
            else tr("Write as you listen. Everything saves by itself."))
        self.editor.document().setModified(False)
        self.editor.textChanged.connect(self._typed)
        self.editor.focus_lost.connect(self.save_now)
        self.editor.lifts_items = self.privacy.currentData() != notes.COACH_ONLY
        self.boxes: list[SectionBox] = []  # a sectioned note's sections, in order
        self.sections = QSplitter(Qt.Orientation.Vertical)
        self.sections.setChildrenCollapsible(False)
        # The sections scroll as one page when the window is short (at 760 pixels GROW's
        # "Coach's reflection" was below the screen, out of the wheel's and Tab's reach);
        # the section being typed in is scrolled into view (see eventFilter).
        self.sections_scroll = QScrollArea()
        self.sections_scroll.setWidget(self.sections)
        self.sections_scroll.setWidgetResizable(True)
        self.sections_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.sections_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_scroll.setAccessibleName(tr("The note's sections"))
        self.sections_scroll.viewport().setAutoFillBackground(False)
        self.sections_scroll.setObjectName("sectionsScroll")  # on the window's background
        self.sections.setObjectName("sectionsSplitter")
        self.sections_scroll.setStyleSheet(
            "#sectionsScroll, #sectionsSplitter { background: transparent; }")
        self.sections_scroll.hide()
        self.picker: TemplatePicker | None = None
        if note is None and vault is not None:
            self.picker = TemplatePicker(templates.all_templates(vault),
                                         last_template(vault) if not stand_alone else None)
            self.picker.currentIndexChanged.connect(self._template_chosen)
            self.editor.textChanged.connect(self._first_word)
        self.items_panel = (ActionItemsPanel(vault, client_id, self.session_id)
                            if vault is not None and not stand_alone else None)
        if self.items_panel is not None:
            self.editor.keeper = self.items_panel.add_line

        top = QHBoxLayout()
        top.addWidget(self.client)
        top.addSpacing(12)  # the gaps kept small: the bar must fit a longer language
        top.addWidget(self.timer_label)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addSpacing(12)
        if self.picker is not None:
            page_label = QLabel(tr("&Page:"))
            page_label.setBuddy(self.picker)
            top.addWidget(page_label)
            top.addWidget(self.picker)
            top.addSpacing(8)
        self.privacy_label = privacy_label
        top.addWidget(privacy_label)
        top.addWidget(self.privacy)
        top.addSpacing(8)
        top.addWidget(self.end_button)
        column = QVBoxLayout()
        column.addLayout(top)
        column.addWidget(self.notice)
        column.addWidget(self.refusal)
        body = QHBoxLayout()
        body.addWidget(self.editor, 1)
        body.addWidget(self.sections_scroll, 1)
        if self.items_panel is not None:
            body.addSpacing(24)
            self.items_panel.setMinimumWidth(300)
            self.items_panel.setMaximumWidth(380)
            body.addWidget(self.items_panel)
        column.addLayout(body, 1)
        centred = QHBoxLayout(self)
        centred.setContentsMargins(32, 24, 32, 24)
        centred.addStretch(1)
        centred.addLayout(column, 8)
        centred.addStretch(1)
        if note is not None and self.session_id is not None and vault is not None:
            self._open_sections(vault, note)
        elif self.picker is not None:
            self._template_chosen()

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_PAUSE_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()

        redo = QAction(self.tr("Redo"), self)
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        redo.triggered.connect(self.editor.redo)
        self.addAction(redo)
        leave = QAction(self.tr("End session"), self)
        leave.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence(Qt.Key.Key_Escape)])
        leave.triggered.connect(self.close)
        self.addAction(leave)
        self.editor.setFocus()

    # -- saving -------------------------------------------------------------------
    def _typed(self) -> None:
        self.status.setText(self.tr("Not saved yet"))
        self._save_timer.start()

    def save_now(self) -> bool:
        """Store the text if it changed; False (text kept on screen) if it was refused.

        It saves here, on the GUI thread, and returns saved: a save at focus-out, at lock
        or at close is done, in order, before whatever comes next, with nothing in flight
        to lose or reorder. That costs about a millisecond, because the vault folds its
        log into the file on a thread of its own (coachdesk.vault.checkpoints), never
        inside a save."""
        self._save_timer.stop()
        if self._vault is None or not self._vault.is_open:
            return False
        if self.boxes:
            return self._save_sections()
        text = self.editor.toPlainText()
        if text == (self.note.body if self.note else ""):
            return True
        try:
            if self.note is None:
                self.note = notes.add(self._vault, self.client_id, text,
                                      session_id=self.session_id,
                                      privacy=self.privacy.currentData())
                self._started_from_template()
            else:
                self.note = notes.save(self._vault, self.note.id, text)
        except CoachDeskError as exc:
            self.status.setText(tr("Not saved"))
            self.refusal.show_message(tr("Not saved: %1 Everything you typed is still "
                                         "here, and saves by itself once it can.")
                                      .replace("%1", say_error(exc)))
            return False
        return self._saved()

    def _saved(self) -> bool:
        self.refusal.clear_message()
        self.status.setText(tr("Saved %1").replace("%1", clock()))
        return True

    def _save_sections(self) -> bool:
        """Each section that changed, into its own note (the first words make it)."""
        assert self._vault is not None
        for box in self.boxes:
            if not box.unsaved():
                continue
            text = box.edit.toPlainText()
            try:
                if box.note is None:
                    box.note = templates.add_section_note(
                        self._vault, self.client_id, self.session_id, box.section,
                        box.position, text)
                    self._started_from_template()
                else:
                    box.note = notes.save(self._vault, box.note.id, text)
            except CoachDeskError as exc:
                self.status.setText(tr("Not saved"))
                self.refusal.show_message(tr("Not saved (%2): %1 Everything you typed is "
                                             "still here, and saves by itself once it can.")
                                          .replace("%1", say_error(exc))
                                          .replace("%2", box.section.heading))
                return False
        return self._saved()

    @property
    def note(self) -> Note | None:
        """The note on screen: a free page's, or a sectioned note's first section's."""
        if self.boxes:
            return next((b.note for b in self.boxes if b.note is not None), None)
        return self._note

    @note.setter
    def note(self, note: Note | None) -> None:
        self._note = note

    def holds(self, note_id: int) -> bool:
        """True when this window shows that note (a free page, or one of its sections)."""
        if self.boxes:
            return any(b.note is not None and b.note.id == note_id for b in self.boxes)
        return self._note is not None and self._note.id == note_id

    def choose_privacy(self, note_id: int, privacy: str) -> None:
        """Who may see one of the notes on screen (from a row's menu)."""
        box = next((b for b in self.boxes if b.note and b.note.id == note_id), None)
        if box is None:
            self.privacy.setCurrentIndex(self.privacy.findData(privacy))
        elif self._vault is not None and not box.section.is_reflection:
            box.note = notes.set_privacy(self._vault, note_id, privacy)
            box.privacy = privacy
            box.who.setText(badge_words(dict(PRIVACY_WORDS)[privacy]))
            box.edit.lifts_items = privacy != notes.COACH_ONLY

    def _privacy_changed(self) -> None:
        self.editor.lifts_items = self.privacy.currentData() != notes.COACH_ONLY
        self.save_now()
        if self.note is not None and self._vault is not None:
            self.note = notes.set_privacy(self._vault, self.note.id, self.privacy.currentData())

    # -- templates and sections --------------------------------------------------------
    def _first_word(self) -> None:
        """The first word is written: the page stays the one chosen."""
        if self.picker is not None and self.unsaved():
            self.picker.setEnabled(False)
            self.editor.textChanged.disconnect(self._first_word)

    def _template_chosen(self) -> None:
        """Show the chosen template: the free page's one box, or a box per section."""
        assert self.picker is not None
        template = self.picker.template()
        if template is None or template.is_free_page:
            self._show_boxes([])
            return
        self._show_boxes([SectionBox(s, k, None, notes.COACH_ONLY if s.is_reflection
                                     else s.privacy)
                          for k, s in enumerate(template.sections, 1)])

    def _open_sections(self, vault, note: Note) -> None:
        """A note that is a section: the session's other sections open with it."""
        if note.session_id is None or templates.section_of(vault, note.id) is None:
            return
        found = templates.sections_of(vault, notes.ids_for_session(vault, note.session_id))
        held = notes.get_many(vault, list(found))
        self._show_boxes([
            SectionBox(templates.Section(s.heading, held[i].privacy, s.prompt, s.is_reflection),
                       s.position, held[i], held[i].privacy)
            for i, s in sorted(found.items(), key=lambda kv: (kv[1].position, kv[0]))])

    def _show_boxes(self, boxes: list[SectionBox]) -> None:
        for old in self.boxes:
            old.setParent(None)
            old.deleteLater()
        self.boxes = boxes
        for box in boxes:
            self.sections.addWidget(box)
            box.edit.textChanged.connect(self._typed)
            box.edit.focus_lost.connect(self.save_now)
            box.edit.installEventFilter(self)
            box.edit.viewport().installEventFilter(self)
            if self.picker is not None:
                box.edit.textChanged.connect(self._sections_started)
            if self.items_panel is not None:
                box.edit.keeper = self.items_panel.add_line
        self.sections_scroll.setVisible(bool(boxes))
        self.editor.setVisible(not boxes)
        for widget in (self.privacy, self.privacy_label):
            widget.setVisible(not boxes)
        (boxes[0].edit if boxes else self.editor).setFocus()

    def eventFilter(self, watched, event) -> bool:
        """A section given the focus (Tab, a click, Ctrl+Tab) is scrolled into view."""
        if event.type() == QEvent.Type.FocusIn:
            for box in self.boxes:
                if box.edit is watched:
                    self.sections_scroll.ensureWidgetVisible(box, 0, 0)
        elif event.type() == QEvent.Type.Wheel and not event.modifiers():
            # The wheel over a section whose own words cannot scroll that way scrolls
            # the page of sections (a text box keeps the wheel to itself otherwise).
            for box in self.boxes:
                if box.edit.viewport() is watched:
                    own = box.edit.verticalScrollBar()
                    down = event.angleDelta().y() < 0
                    if own.value() == (own.maximum() if down else own.minimum()):
                        QCoreApplication.sendEvent(
                            self.sections_scroll.verticalScrollBar(), event)
                        return True
        return super().eventFilter(watched, event)

    def _sections_started(self) -> None:
        if self.picker is not None and self.picker.isEnabled() and self.unsaved():
            self.picker.setEnabled(False)

    def _started_from_template(self) -> None:
        """A session's first words: its template is the next session's first choice."""
        if self.picker is not None and self.session_id is not None and \
                self._vault is not None and self.picker.currentData() is not None:
            remember_template(self._vault, self.picker.currentData())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.save_now()  # the coach switched away: keep what is there
        super().changeEvent(event)

    def lift_items(self) -> None:
        """Checkbox lines not ended with Return become action items as the window closes
        (in sections the client may see; ui.session_parts.NoteEdit.lift_all)."""
        if self.items_panel is None or self._vault is None or not self._vault.is_open:
            return
        panel = self.items_panel
        before = len(panel.written_here)
        for edit in [box.edit for box in self.boxes] if self.boxes else [self.editor]:
            if edit.lifts_items:
                edit.lift_all(lambda words: panel.add_line(words, reload=False))
        if len(panel.written_here) > before:
            panel.reload()  # once, for all of them: a row's widgets cost milliseconds

    def closeEvent(self, event) -> None:
        self.lift_items()
        if not self.save_now() and self._vault is not None and self._vault.is_open:
            event.ignore()  # refused text stays on screen with its reason
            return
        if self.in_session and self._vault is not None and self._vault.is_open:
            event.ignore()  # the summary first; Keep closes the window
            self._show_summary()
            return
        self._clock.stop()
        self.closed.emit()
        super().closeEvent(event)

    def unsaved(self) -> bool:
        """True when the text on screen differs from what the vault holds."""
        if self.boxes:
            return any(box.unsaved() for box in self.boxes)
        return self.editor.toPlainText() != (self.note.body if self.note else "")

    def forget(self) -> bool:
        """On lock: save what can be saved, then drop the text and the vault.

        Returns False when the text could not be saved (and is now gone from the
        screen, as everything is on lock): the window says so after unlocking.
        """
        try:
            self.lift_items()
            kept = self.save_now()
        except Exception:  # whatever failed, the lock must still close the window
            kept = False
        self._keep_cut_short()
        self._vault = None
        for edit in [self.editor, *(box.edit for box in self.boxes)]:
            edit.setPlainText("")
            edit.document().clearUndoRedoStacks()
        if self.items_panel is not None:
            self.items_panel.forget()
        self.close()
        return kept

    # -- the session's end -----------------------------------------------------------------
    def _keep_cut_short(self) -> None:
        """A lock or Quit closes a session's window before its summary: the session is kept
        held for the minutes measured, and the summary is offered after unlocking (or at
        the next start; ui.dialogs.session_end.offer_cut_short)."""
        from ui.dialogs.session_end import CUT_SHORT_BY_LOCK

        if not self.in_session or self.session_id is None or self._vault is None \
                or not self._vault.is_open:
            return
        try:
            sessions.cut_short(self._vault, self.session_id, minutes=sessions.measured_minutes(
                time.monotonic() - self._started))
        except (CoachDeskError, DatabaseError):  # a damaged vault: the planned minutes stand
            return
        CUT_SHORT_BY_LOCK.add(self.session_id)  # a Quit ends the run: this set with it
        self.in_session = False

    def _show_summary(self) -> None:
        """Measured and planned minutes, held or missed: kept before the window closes."""
        from ui.dialogs.session_end import SessionEndDialog

        if self.ending or self.session_id is None:
            return
        self.ending = True
        lasted = time.monotonic() - self._started
        # Started by mistake: a new session, nothing written, a few minutes at most.
        written = bool(self.note) or any(box.note for box in self.boxes) or bool(
            self.items_panel is not None and self.items_panel.written_here) or bool(
            self.editor.toPlainText().strip()) or any(
            box.edit.toPlainText().strip() for box in self.boxes)
        self.summary = SessionEndDialog(
            self._vault, self.session_id, lasted, self,
            may_discard=self.made_now and not written and lasted < DISCARD_WITHIN_S)
        self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary.accepted.connect(self._kept)
        self.summary.finished.connect(self._summary_closed)
        self.summary.open()

    def _summary_closed(self) -> None:
        self.ending = False

    def _kept(self) -> None:
        if self.summary is not None and self.summary.discarded:
            self.session_id = None  # gone: nothing of it is saved on close
        self.in_session = False  # kept: now the window may close
        self.close()

    # -- the clock ------------------------------------------------------------------
    def _tick(self) -> None:
        elapsed = int(time.monotonic() - self._started)
        hours, rest = divmod(elapsed, 3600)
        minutes, seconds = divmod(rest, 60)
        self.timer_label.setText(f"{hours}:{minutes:02d}:{seconds:02d}" if hours
                                 else f"{minutes}:{seconds:02d}")


def note_menu(vault, note: Note, open_note, editor: SessionEditor | None = None,
              parent: QWidget | None = None) -> QMenu:
    """A note row's context menu: open it, and who may see it (the pills' three words).

    With the note open in ``editor``, the choice goes through the editor's own choice,
    so the window and the vault never disagree."""
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one at each right-click
    menu.addAction(tr("&Open")).triggered.connect(open_note)
    menu.addSeparator()
    menu.addSection(tr("Who may see it"))
    group = QActionGroup(menu)
    for stored, words in PRIVACY_WORDS:
        action = menu.addAction(badge_words(words))
        action.setCheckable(True)
        action.setChecked(note.privacy == stored)
        action.setData(stored)
        group.addAction(action)

    # The coach's reflection is coach only, always: the other words are not offered.
    section = templates.section_of(vault, note.id) if vault is not None else None
    if section is not None and section.is_reflection:
        for action in group.actions():
            action.setEnabled(action.data() == notes.COACH_ONLY)

    def choose(action: QAction) -> None:
        if editor is not None:
            editor.choose_privacy(note.id, action.data())
        elif vault is not None and vault.is_open:
            notes.set_privacy(vault, note.id, action.data())
        else:
            return
        if parent is not None:
            from ui import notice

            notice.saved(parent, tr("Who may see the note: %1").replace(
                "%1", action.text().replace("&", "")))

    group.triggered.connect(choose)
    return menu
