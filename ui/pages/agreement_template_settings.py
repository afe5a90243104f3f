"""Settings' agreement templates: the words new agreements start from, per type and
language, in the coach's own wording.

The coach chooses the type (coach and client, or three-party) and the language, and
edits the title and each clause's heading and words; the clauses themselves stay those
of CoachDesk's template, in its order (every required clause is in it). Braces mark the
blanks CoachDesk fills in; those written from the terms chosen for each agreement (the
fee, missed sessions, what the sponsor may receive) must stay, as the core checks.
Agreements already made keep their words: only new ones start from a saved template.
Edits not yet saved are kept per type and language while the page lives, so switching
to look at another language loses nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import agreements
from coachdesk.agreements import ClauseDraft
from coachdesk.errors import CoachDeskError
from ui import translations
from ui.widgets import InlineMessage, line_edit, section_heading
from ui.words import say_error

Key = tuple[str, str]  # (kind, language)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class AgreementTemplateSettings(QWidget):
    """Type and language, the title, the clauses and their words, Save and Reset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self._edits: dict[Key, tuple[str, list[ClauseDraft]]] = {}
        self._shown: Key | None = None
        self._row = -1
        self.kind = QComboBox()
        self.kind.addItem(tr("Coach and client"), "coach_client")
        self.kind.addItem(tr("Three-party (with a sponsor)"), "three_party")
        self.kind.setAccessibleName(tr("Agreement type"))
        self.language = QComboBox()
        for code in agreements.LANGUAGES:
            self.language.addItem(translations.LANGUAGES[code], code)
        self.language.setAccessibleName(tr("Language of the template"))
        self.title = line_edit(tr("The agreement's title"))
        self.title.setAccessibleName(tr("The agreement's title"))
        self.clauses = QListWidget()
        self.clauses.setAccessibleName(tr("The template's clauses"))
        self.clauses.setMaximumWidth(260)
        self.clauses.setWordWrap(True)  # a long heading in German or French reads whole
        self.clauses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading = line_edit(tr("The clause's heading"))
        self.heading.setAccessibleName(tr("The clause's heading"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(tr("The clause's words"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(150)
        self.reset_button = QPushButton(tr("Use CoachDesk's words"))
        self.reset_button.clicked.connect(self.reset)
        self.save_button = QPushButton(tr("Save agreement template"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage()
        explain = QLabel(tr("New agreements start from these words, in the language chosen "
                            "for each. Braces mark what CoachDesk fills in, such as {client}; "
                            "what it writes from the terms chosen ({fee_terms}, "
                            "{missed_terms}, {sponsor_may_receive}) stays. Agreements "
                            "already made keep their words."))
        explain.setObjectName("muted")
        explain.setWordWrap(True)

        choose = QHBoxLayout()
        choose.addWidget(self.kind, 1)
        choose.addWidget(self.language, 1)
        editor = QVBoxLayout()
        editor.addWidget(self.heading)
        editor.addWidget(self.body, 1)
        both = QHBoxLayout()
        both.addWidget(self.clauses)
        both.addLayout(editor, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.addWidget(section_heading(tr("Agreement templates")))
        column.addWidget(explain)
        column.addLayout(choose)
        column.addWidget(self.title)
        column.addLayout(both)
        column.addLayout(buttons)
        column.addWidget(self.message)
        QWidget.setTabOrder(self.title, self.clauses)
        QWidget.setTabOrder(self.clauses, self.heading)
        QWidget.setTabOrder(self.heading, self.body)
        QWidget.setTabOrder(self.body, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.save_button)

        self.kind.currentIndexChanged.connect(lambda _i: self._show_chosen())
        self.language.currentIndexChanged.connect(lambda _i: self._show_chosen())
        self.clauses.currentRowChanged.connect(self._show_clause)

    # -- the vault ------------------------------------------------------------------------
    def attach(self, vault, language: str | None = None) -> None:
        """Show the app's language first (the language new agreements are offered in)."""
        self._vault = vault
        self._edits.clear()
        self._shown = None
        if language is not None:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            self.language.blockSignals(False)
        self._show_chosen()

    def clear(self) -> None:
        self._vault = None
        self._edits.clear()
        self._shown = None
        self._row = -1
        self.title.clear()
        self.clauses.clear()
        self.heading.clear()
        self.body.clear()
        self.message.clear_message()

    @property
    def vault(self):
        return self._vault

    def chosen(self) -> Key:
        return self.kind.currentData(), self.language.currentData()

    def _show_chosen(self) -> None:
        if self._vault is None:
            return
        self._keep()
        key = self.chosen()
        if key not in self._edits:
            title, clauses, _own = agreements.template(self._vault, *key)
            self._edits[key] = (title, list(clauses))
        title, drafts = self._edits[key]
        self._shown, self._row = key, -1
        self.title.setText(title)
        self.clauses.blockSignals(True)
        self.clauses.clear()
        self.clauses.addItems([c.heading for c in drafts])
        self.clauses.blockSignals(False)
        self.clauses.setCurrentRow(0)
        self.message.clear_message()

    def _keep(self) -> None:
        """Put what is on screen back into the edits of the template shown."""
        if self._shown is None or self._shown not in self._edits:
            return
        _title, drafts = self._edits[self._shown]
        if 0 <= self._row < len(drafts):
            old = drafts[self._row]
            drafts[self._row] = ClauseDraft(old.kind, self.heading.text(),
                                            self.body.toPlainText())
            self.clauses.item(self._row).setText(self.heading.text())
        self._edits[self._shown] = (self.title.text(), drafts)

    def _show_clause(self, row: int) -> None:
        self._keep()
        if self._shown is None:
            return
        drafts = self._edits[self._shown][1]
        self._row = row
        if 0 <= row < len(drafts):
            self.heading.setText(drafts[row].heading)
            self.body.setPlainText(drafts[row].body)

    def drafts(self) -> tuple[str, tuple[ClauseDraft, ...]]:
        """The title and clauses of the template shown, as they stand on screen."""
        self._keep()
        assert self._shown is not None
        title, drafts = self._edits[self._shown]
        return title, tuple(drafts)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self._vault is None or self._shown is None:
            return
        title, clauses = self.drafts()
        try:
            agreements.save_template(self._vault, *self._shown, title, clauses)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))  # everything typed stays
            return
        self.message.show_message(tr("Saved. New agreements in this language start from "
                                     "it."), done=True)

    def reset(self) -> None:
        if self._vault is None or self._shown is None:
            return
        try:
            agreements.reset_template(self._vault, *self._shown)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return
        self._edits.pop(self._shown, None)
        self._shown = None
        self._show_chosen()
        self.message.show_message(tr("CoachDesk's words again. Agreements already made keep "
                                     "theirs."), done=True)
