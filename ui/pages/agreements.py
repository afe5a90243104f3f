"""Agreements: made from the templates, checked clause by clause, signed by each party.

The checklist shows every clause the ICF Code asks for (confidentiality and its
named limits, how information is exchanged, roles, fees, cancellation, records,
ending) as present or missing. An agreement becomes active only when all are
present and every party has signed; the button says what is still missing.
Printing for signing writes a PDF the coach chooses where to keep, and that
printing is recorded in the vault with the file's SHA-256.

A three-party agreement shows what the sponsor may receive as four checkboxes:
the parties' explicit choices, from which the clause's first sentence is written.
They can change until someone signs; an agreement from before CoachDesk kept
them sends nothing until the coach confirms them, and then every party signs again.

The checklist and the signatures wrap rather than cut their words short, and choosing a
clause in the checklist brings the agreement's words to it.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk import agreements, clients
from coachdesk.agreements import REQUIRED_CLAUSES, ROLE_WORDS, Agreement
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput
from ui import ask, notice, theme, translations
from ui.bidi import isolated
from ui.dialogs.base import SavingDialog
from ui.dialogs.clauses import ClausesDialog
from ui.dialogs.new_agreement import NewAgreementDialog
from ui.dialogs.signature import METHOD_LABELS, SignatureDialog
from ui.empty_state import EmptyStack, EmptyState
from ui.exporting import save_recorded
from ui.flow import FlowLayout, WrappingButtons, empty
from ui.models.records import (
    BADGE_COLOURS,
    STATUS_WORDS,
    BadgeRole,
    DetailRole,
    RecordListModel,
    Row,
    badge_words,
)
from ui.widgets import (
    DialogHost,
    InlineMessage,
    heading,
    master_detail,
    primary_button,
    record_picker,
    section_heading,
    select_record,
)
from ui.words import day, plural, put_in, say_error, tr

PILL_COLOURS = {"Present": BADGE_COLOURS["Approved"], "Signed": BADGE_COLOURS["Approved"],
                "Missing": BADGE_COLOURS["To answer"], "Waiting": BADGE_COLOURS["To answer"]}


class WrappedRows(QWidget):
    """A short list (a checklist, the signatures) drawn whole: every row's words wrap to
    the width instead of being cut short, with its pill beside it. It shows what its
    model holds; with ``links``, each row's words can be chosen (``chosen``: its row)."""

    chosen = Signal(int)

    def __init__(self, model: RecordListModel, *, links: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._links = links
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 2, 0, 2)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted):
            signal.connect(self.rebuild)

    def rebuild(self, *_args: object) -> None:
        empty(self._grid)
        for row in range(self._model.rowCount()):
            index = self._model.index(row, 0)
            words = str(index.data() or "")
            detail = str(index.data(DetailRole) or "")
            label = QLabel()
            label.setWordWrap(True)
            if self._links:
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setText(f"<a href='{row}'>{html.escape(words)}</a>")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                              | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
                label.linkActivated.connect(lambda link: self.chosen.emit(int(link)))
                label.setToolTip(self.tr("Show it in the agreement's words"))
            else:
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setText(words + (f"\n{detail}" if detail else ""))
            label.setAccessibleName(words)
            badge = str(index.data(BadgeRole) or "")
            label.setAccessibleDescription(badge)  # the pill's word, read with the row
            self._grid.addWidget(label, row, 1)
            self._grid.addWidget(self._pill(str(index.data(BadgeRole) or "")), row, 0,
                                 Qt.AlignmentFlag.AlignTop)
        self._grid.invalidate()
        self._fit()

    def resizeEvent(self, event) -> None:
        """Tall enough for its wrapped words at this width (a splitter's pane is laid out
        from size hints, which know nothing of wrapping)."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self._grid.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    @staticmethod
    def _pill(word: str) -> QLabel:
        pill = QLabel(badge_words(word))
        pill.setTextFormat(Qt.TextFormat.PlainText)
        pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        back, text = PILL_COLOURS.get(word, ("#ECEFEE", "#44514D"))
        pill.setStyleSheet(f"background: {theme.colour(back)}; color: {theme.colour(text)};"
                           " border-radius: 9px; padding: 1px 9px;")
        return pill

    def texts(self) -> list[str]:
        """Each row's words as shown (for tests and screen readers)."""
        words = []
        for row in range(self._grid.rowCount()):
            item = self._grid.itemAtPosition(row, 1)
            label = item.widget() if item is not None else None
            if label is not None:
                words.append(label.accessibleName())
        return words


class _Choice(QWidget):
    """A check box with its words beside it, wrapping when they are longer than the pane
    is wide (a check box's own text never wraps: in a longer language it made the pane
    scroll sideways). Clicking the words ticks the box, as clicking its text would."""

    def __init__(self, box: QCheckBox, words: str) -> None:
        super().__init__()
        self.box = box
        box.setAccessibleName(words)
        self.words = QLabel(words)
        self.words.setWordWrap(True)
        self.words.setToolTip(box.toolTip())
        # Its first line level with the box's mark (a label centres its words by default).
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.words.setContentsMargins(
            0, max(0, (box.sizeHint().height() - self.words.fontMetrics().height()) // 2), 0, 0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.words, 1)

    def sizeHint(self) -> QSize:
        """On one line, where there is room (a wrapping label's own hint is narrower)."""
        layout = self.layout()
        gap = layout.spacing() if layout is not None else 4
        line = self.words.fontMetrics().horizontalAdvance(self.words.text()) + 2
        return QSize(self.box.sizeHint().width() + gap + line,
                     max(self.box.sizeHint().height(), self.words.contentsMargins().top()
                         + self.words.fontMetrics().height()))

    def mousePressEvent(self, event) -> None:
        if self.box.isEnabled():
            self.box.click()
        event.accept()


class AgreementsPage(DialogHost, QWidget):
    shows = Change.AGREEMENTS | Change.CLIENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.agreement: Agreement | None = None
        self._clause_at: dict[str, tuple[int, int]] = {}

        self.list_model, self.list_view, self.count = record_picker(
            self, self._fetch, self._describe, self.tr("Agreements"), self.show_agreement)
        self.new_button = primary_button(self.tr("&New agreement"), self.new_agreement)
        self.list_stack = EmptyStack(self.list_view, EmptyState(
            self.tr("No agreements yet.\nAn agreement sets out confidentiality and its "
                    "limits, fees, and what the sponsor may receive. Nothing is active until "
                    "every party has signed. Make one for an engagement."),
            self.tr("Make an agreement"), self.new_agreement))

        self.title = heading("")
        self.title.setWordWrap(True)  # a German title is the pane's longest line: it wraps
        self.parties = QLabel()
        self.parties.setObjectName("muted")
        self.parties.setWordWrap(True)
        self.parties.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist_model = RecordListModel(self._fetch_check, lambda r: r, self)
        self.checklist = WrappedRows(self.checklist_model, links=True)
        self.checklist.chosen.connect(self.show_clause)
        self.signatures_model = RecordListModel(self._fetch_signature, lambda r: r, self)
        self.signatures = WrappedRows(self.signatures_model)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("agreementText")
        self.text.setAccessibleName(self.tr("The agreement's words"))
        self.sign_button = QPushButton(self.tr("Record &signature…"))
        self.sign_button.clicked.connect(self.record_signature)
        self.activate_button = QPushButton(self.tr("Make &active"))
        self.activate_button.clicked.connect(self.activate)
        self.words_button = QPushButton(self.tr("Edit &words…"))
        self.words_button.clicked.connect(self.edit_words)
        self.pdf_button = QPushButton(self.tr("&Print for signing…"))
        self.pdf_button.setToolTip(self.tr("Save the agreement as a PDF to print and sign"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.message = InlineMessage()
        # Its line is kept while it is empty: a refusal appearing never moves the buttons.
        kept = self.message.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(kept)
        # What the sponsor may receive: the parties' explicit choices.
        self.terms = QWidget()
        self.terms_note = QLabel()
        self.terms_note.setObjectName("muted")
        self.terms_note.setWordWrap(True)
        self.term_boxes: dict[str, QCheckBox] = {}
        self._choices: dict[str, _Choice] = {}  # each box with its words
        labels = {"attendance": self.tr("Attendance"), "dates": self.tr("Session dates"),
                  "hours": self.tr("Hours of coaching"),
                  "progress": self.tr("Progress, in the client's approved words")}
        boxes = FlowLayout()  # the choices wrap: in German two side by side were wider
        for term in agreements.SHARING_TERMS:  # than the pane and cut under its scrollbar
            box = QCheckBox()
            box.setToolTip(self.tr("The sponsor may receive %1.").replace(
                "%1", QCoreApplication.translate("Agreements",
                                                 agreements.SHARING_TERM_WORDS[term])))
            self.term_boxes[term] = box
            self._choices[term] = _Choice(box, labels[term])
            boxes.addWidget(self._choices[term])
        self.terms_button = QPushButton(self.tr("Save &choices"))
        self.terms_button.setToolTip(self.tr("Save what the sponsor may receive"))
        self.terms_button.clicked.connect(self.save_terms)
        # Its own row under the choices: beside them it made the page wider than 1180 pixels.
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.terms_button)
        terms = QVBoxLayout(self.terms)
        terms.setContentsMargins(0, 0, 0, 0)
        terms.addWidget(section_heading(self.tr("What the sponsor may receive")))
        terms.addWidget(self.terms_note)
        terms.addLayout(boxes)
        terms.addLayout(save_row)
        # As tall as its words need at the pane's width (wrapped choices take more lines than
        # its one-line size hint): capped at that hint, the last choice was cut.
        self.terms.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.detail = QWidget()
        outer = QVBoxLayout(self.detail)
        # Everything above the buttons scrolls as one page when the window is short (at
        # 760 pixels the checklist, signatures and choices leave the words no room): the
        # words keep a readable height, and nothing is squeezed on top of anything else.
        scrolled = QWidget()
        right = QVBoxLayout(scrolled)
        right.setContentsMargins(0, 0, 6, 0)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setAccessibleName(self.tr("The chosen agreement"))
        self.detail_scroll.setWidget(scrolled)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 12)
        right.addWidget(self.title)
        right.addWidget(self.parties)
        # One column: the checklist, then the signatures, each row wrapping at the pane's
        # full width (side by side, a signature's name and date were cut at 1280 pixels).
        right.addWidget(section_heading(self.tr("Required clauses")))
        right.addWidget(self.checklist)
        right.addWidget(section_heading(self.tr("Signatures")))
        right.addWidget(self.signatures)
        right.addWidget(self.terms)
        right.addWidget(section_heading(self.tr("The agreement's words")))
        right.addWidget(self.text, 3)
        outer.addWidget(self.detail_scroll, 1)
        outer.addWidget(self.message)
        self.buttons = WrappingButtons([self.pdf_button, self.words_button],
                                       [self.sign_button, self.activate_button])
        outer.addWidget(self.buttons)
        self.detail.hide()

        master_detail(self, self.tr("Agreements"), self.count, self.list_stack, self.new_button,
                      self.detail, 340)

    # -- vault life ---------------------------------------------------------------
    def attach(self, vault) -> None:
        """Keep the vault; the window refreshes this page when its agreements changed."""
        self._vault = vault

    def refresh(self) -> None:
        """The list again, and the agreement on screen with it."""
        ids: list[int] = agreements.all_ids(self._vault) if self._vault is not None else []
        self.list_model.update_ids(ids)
        self.count.setText(plural(self.tr("%Ln agreement(s)", "", len(ids)), len(ids))
                           if self._vault else "")
        if self.agreement is not None and self.agreement.id in ids:
            select_record(self.list_view, self.agreement.id)
            self.show_agreement(self.agreement.id)

    def new_record(self) -> None:
        self.new_agreement()

    def edit_record(self) -> None:
        self.edit_words()

    def clear(self) -> None:
        self.drop_dialog()
        self._vault = None
        self.agreement = None
        for model in (self.list_model, self.checklist_model, self.signatures_model):
            model.clear()
        for label in (self.title, self.parties, self.count):
            label.setText("")
        self.text.setPlainText("")
        self.message.clear_message()
        self.detail.hide()

    def select(self, agreement_id: int) -> None:
        if not select_record(self.list_view, agreement_id):
            self.show_agreement(agreement_id)

    # -- one agreement --------------------------------------------------------------
    def show_agreement(self, agreement_id: int | None) -> None:
        if self._vault is None or agreement_id is None:
            return
        a = agreements.get(self._vault, agreement_id)
        self.agreement = a
        self.title.setText(a.title)
        status = badge_words(STATUS_WORDS.get(a.status, a.status))
        # Its language in its own name ("Deutsch"): the words below, and its printing,
        # are in it whatever the app speaks.
        written_in = self.tr("Language: %1").replace(
            "%1", translations.LANGUAGES.get(a.language, a.language))
        self.parties.setText(" · ".join([status, *(
            put_in(tr("%1: %2"), tr(ROLE_WORDS[p.role]), isolated(p.name))
            for p in a.parties), written_in]))
        self.checklist_model.set_ids(list(range(len(REQUIRED_CLAUSES))))
        self.signatures_model.set_ids([p.id for p in a.parties])
        self._clause_at = {}  # where each kind's first clause with words starts
        offset = 0
        for c in a.clauses:
            if c.body.strip() and c.kind not in self._clause_at:
                self._clause_at[c.kind] = (offset, len(c.heading))
            offset += len(c.heading) + len(c.body) + 3  # "\n" after the heading, "\n\n" after
        self.text.setPlainText("\n\n".join(f"{c.heading}\n{c.body}" for c in a.clauses))
        self.message.clear_message()
        complete = not a.missing_clauses() and not a.unsigned_parties()
        self.activate_button.setEnabled(a.status != "active" and a.status != "ended")
        self.activate_button.setToolTip("" if complete else self.tr("Needs every clause and every "
                                                            "signature first"))
        self.sign_button.setEnabled(a.status in ("draft", "awaiting_signatures"))
        self.words_button.setEnabled(not a.signatures)  # signed words never change
        self.words_button.setToolTip("" if not a.signatures else self.tr("Signed agreements keep "
                                                                 "their words"))
        self._show_terms(a)
        self.detail.show()

    def show_clause(self, row: int) -> None:
        """Bring the agreement's words to the clause chosen in the checklist, its heading
        at the top and selected; a missing clause is said to be missing."""
        kinds = list(REQUIRED_CLAUSES)
        if self.agreement is None or not 0 <= row < len(kinds):
            return
        found = self._clause_at.get(kinds[row])
        if found is None:
            self.message.show_message(self.tr("This clause is missing from the agreement's "
                                              "words: add it with Edit words."))
            return
        self.message.clear_message()
        start, length = found
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.text.setTextCursor(cursor)  # from the end, so the heading comes to the top
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def _show_terms(self, a: Agreement) -> None:
        """The terms as chosen; editable until someone signs, or while unconfirmed."""
        self.terms.setVisible(a.kind == "three_party")
        open_ = a.status != "ended" and (not a.signatures or not a.terms_confirmed)
        for term, box in self.term_boxes.items():
            box.setChecked(a.may_receive(term))
            self._choices[term].setEnabled(open_)  # the box, and its words greyed with it
        self.terms_button.setVisible(open_)
        if not a.terms_confirmed:
            note = self.tr("Not confirmed yet, so reports send the sponsor nothing. Tick what "
                           "the parties agreed and save.")
            if a.signatures:
                note += " " + self.tr("It is signed, so every party then signs again.")
        elif a.signatures:
            note = (self.tr("The sponsor receives nothing about the coaching.")
                    if not a.sponsor_may_receive else "") + " " + self.tr(
                "Chosen by the parties and signed: to change it, make a new agreement.")
        else:
            note = self.tr("Nothing is sent unless it is ticked here. The clause's first "
                           "sentence below is written from these choices.")
        self.terms_note.setText(note)

    def save_terms(self) -> None:
        if self._vault is None or self.agreement is None:
            return
        chosen = tuple(t for t, box in self.term_boxes.items() if box.isChecked())
        if self.agreement.signatures and not ask.confirm(
                self, self.tr("Confirm what the sponsor may receive"),
                self.tr("This agreement is signed. Confirming these terms changes what was "
                        "signed: the signatures are cleared and every party signs again "
                        "before the agreement is active."),
                yes=self.tr("Confirm and ask for signatures")):
            return
        try:
            agreements.set_terms(self._vault, self.agreement.id, chosen)
        except InvalidInput as exc:
            self.message.show_message(say_error(exc))
            return
        self._saved(self.agreement.id)
        notice.saved(self, self.tr("Saved what the sponsor may receive."))

    def new_agreement(self) -> None:
        if self._vault is not None:
            self._open(NewAgreementDialog(self._vault, self.window()),
                       self.tr("Agreement drafted from the template."))

    def edit_words(self) -> None:
        if self._vault is not None and self.agreement is not None:
            self._open(ClausesDialog(self._vault, self.agreement, self.window()),
                       self.tr("The agreement's words are saved."))

    def record_signature(self) -> None:
        if self._vault is not None and self.agreement is not None:
            self._open(SignatureDialog(self._vault, self.agreement, self.window()),
                       self.tr("Signature recorded."))

    def activate(self) -> None:
        if self._vault is None or self.agreement is None:
            return
        if not (self.agreement.missing_clauses() or self.agreement.unsigned_parties()) and \
                not ask.confirm(self, self.tr("Make the agreement active"),
                                self.tr("Make this agreement active? Its words can no longer "
                                "change, and what it allows the sponsor to receive takes effect."),
                                yes=self.tr("Make active")):
            return
        try:
            agreements.activate(self._vault, self.agreement.id)
        except InvalidInput as exc:
            self.message.show_message(say_error(exc))
            return
        self._saved(self.agreement.id)
        notice.saved(self, self.tr("The agreement is active."))

    def export_pdf(self) -> None:
        """Write the agreement for signing where the coach chooses; record the export.

        A file that exists was recorded (``ui.exporting.save_recorded``).
        """
        if self._vault is None or self.agreement is None:
            return
        agreement = self.agreement

        def render() -> bytes:
            from ui.pdf import agreement_pdf  # Qt's PDF code is loaded when first used

            return agreement_pdf(agreement)

        save_recorded(self, self._vault, title=self.tr("Print agreement to PDF"),
                      suggested=self.tr("agreement-%1-%2.pdf").replace(
                          "%1", f"A-{agreement.id:06d}").replace(
                          "%2", date.today().isoformat()), render=render,
                      kind="agreement_for_signing", record_kind="agreement",
                      record_id=agreement.id, refused=self.message.show_message,
                      saved=lambda _target: notice.saved(self, self.tr(
                          "Saved for signing. This printing is recorded.")))

    def _open(self, dialog: SavingDialog, words: str) -> None:
        """Open ``dialog``; once it saved, its agreement is chosen and ``words`` confirm it."""
        def saved(agreement: Agreement) -> None:
            self._saved(agreement.id)
            notice.saved(self, words)

        self.show_dialog(dialog, saved)

    def _saved(self, agreement_id: int) -> None:
        self.select(agreement_id)  # the list was read again as the agreement was saved

    # -- rows ---------------------------------------------------------------------------
    def _fetch(self, ids):
        found = {i: agreements.get(self._vault, i) for i in ids}
        names = clients.get_many(self._vault, [a.client_id for a in found.values()])
        return {i: (a, names.get(a.client_id)) for i, a in found.items()}

    @staticmethod
    def _describe(pair) -> Row:
        agreement, client = pair
        return Row(client.name if client else tr("(client removed)"), agreement.title,
                   STATUS_WORDS.get(agreement.status, agreement.status))

    def _fetch_check(self, ids):
        present = set() if self.agreement is None else {
            c.kind for c in self.agreement.clauses if c.body.strip()}
        kinds = list(REQUIRED_CLAUSES)
        return {i: Row(QCoreApplication.translate("Clauses", REQUIRED_CLAUSES[kinds[i]]), "",
                       "Present" if kinds[i] in present else "Missing") for i in ids}

    def _fetch_signature(self, ids):
        if self.agreement is None:
            return {}
        signed = {s.party_id: s for s in self.agreement.signatures}
        rows = {}
        for party in self.agreement.parties:
            if party.id in ids:
                s = signed.get(party.id)
                detail = ""
                if s is not None:
                    # Who signed for an organisation (a sponsor's manager), as the PDF says.
                    by = s.signed_name.strip() if s.signed_name.strip() != party.name else ""
                    detail = (self.tr("%1 on %2, by %3") if by else self.tr("%1 on %2")) \
                        .replace("%1", QCoreApplication.translate(
                            "SignatureDialog", METHOD_LABELS[s.method])) \
                        .replace("%2", day(s.signed_on)).replace("%3", isolated(by))
                # The name isolated: an Arabic name never turns the role's words around.
                rows[party.id] = Row(f"{tr(ROLE_WORDS[party.role])}: {isolated(party.name)}",
                                     detail, "Signed" if s else "Waiting")
        return rows
