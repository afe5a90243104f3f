"""Edit an agreement's words before anyone signs: each clause's heading and text.

A clause can be removed (the checklist then shows it missing, and the
agreement cannot become active) or put back from the template. Text is plain:
nothing typed is interpreted.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import agreements
from coachdesk.agreements import Agreement, ClauseDraft
from coachdesk.errors import CoachDeskError
from coachdesk.words import QT_TRANSLATE_NOOP
from ui.dialogs.base import SavingDialog
from ui.widgets import line_edit

KindRole = Qt.ItemDataRole.UserRole + 1


class ClausesDialog(SavingDialog):
    discard_question = QT_TRANSLATE_NOOP("ClausesDialog",
                                         "Discard your changes to the agreement's words?")

    def __init__(self, vault, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit the agreement's words"), parent)
        self._vault = vault
        self._agreement = agreement
        self.resize(900, 600)
        self.drafts = [ClauseDraft(c.kind, c.heading, c.body) for c in agreement.clauses]
        self._current = -1

        self.clauses = QListWidget()
        self.heading = line_edit(self.tr("Heading"))
        self.clauses.setAccessibleName(self.tr("Clauses"))
        self.heading.setAccessibleName(self.tr("Clause heading"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Clause words"))
        self.body.setTabChangesFocus(True)  # Tab moves on, as in every form
        self.remove_button = QPushButton(self.tr("&Remove clause"))
        self.remove_button.clicked.connect(self.remove_current)
        self.restore_button = QPushButton(self.tr("Put back &missing clauses"))
        self.restore_button.clicked.connect(self.restore_missing)

        editor = QVBoxLayout()
        editor.addWidget(self.heading)
        editor.addWidget(self.body, 1)
        row = QHBoxLayout()
        row.addWidget(self.clauses, 2)
        row.addLayout(editor, 5)
        tools = QHBoxLayout()
        tools.addWidget(self.remove_button)
        tools.addWidget(self.restore_button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(tools)
        self.clauses.currentRowChanged.connect(self._show)
        self._fill()
        self.finish(layout)

    def _fill(self) -> None:
        """List the clauses afresh and show the first. The list is quiet meanwhile: a row
        it passes through while emptied or refilled is no clause to keep words into."""
        self._current = -1
        with QSignalBlocker(self.clauses):
            self.clauses.clear()
            for draft in self.drafts:
                item = QListWidgetItem(draft.heading)
                item.setData(KindRole, draft.kind)
                self.clauses.addItem(item)
            if self.drafts:
                self.clauses.setCurrentRow(0)
        if self.drafts:
            self._show(0)
        else:
            self.heading.setText("")
            self.body.setPlainText("")

    def _keep(self) -> None:
        """Put what is in the editor back into the clause being edited."""
        if 0 <= self._current < len(self.drafts):
            old = self.drafts[self._current]
            self.drafts[self._current] = ClauseDraft(old.kind, self.heading.text(),
                                                     self._words())
            self.clauses.item(self._current).setText(self.heading.text())

    def _words(self) -> str:
        """The clause's words as typed, no-break spaces kept: toPlainText would make them
        plain, and the sentences CoachDesk writes ("2 800,00 EUR", French "rien :")
        would no longer be the ones the terms write."""
        raw = self.body.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def _show(self, row: int) -> None:
        self._keep()
        self._current = row
        if 0 <= row < len(self.drafts):
            self.heading.setText(self.drafts[row].heading)
            self.body.setPlainText(self.drafts[row].body)

    def remove_current(self) -> None:
        row = self.clauses.currentRow()
        if 0 <= row < len(self.drafts):
            self._keep()
            del self.drafts[row]
            self._fill()

    def restore_missing(self) -> None:
        """Add back every required clause that is not here, worded as a new agreement's
        would be (its engagement's fee and missed sessions, what the sponsor may receive,
        in the agreement's language); if the core cannot word one, say why and add none."""
        self._keep()
        present = {d.kind for d in self.drafts}
        try:
            missing = agreements.clauses_to_put_back(self._vault, self._agreement.id,
                                                     present)
        except CoachDeskError as exc:
            self.refuse(exc)
            return
        # Each where the template has it: after the clauses that come before it there.
        _title, template, _own = agreements.template(
            self._vault, self._agreement.kind, self._agreement.language)
        order = [c.kind for c in template]
        for clause in missing:
            rank = order.index(clause.kind)
            at = max((i + 1 for i, d in enumerate(self.drafts)
                      if d.kind in order and order.index(d.kind) < rank), default=0)
            self.drafts.insert(at, clause)
        self._fill()

    def refuse(self, exc: Exception) -> None:
        """Say why under the clauses, keeping the room the clauses had to be read in."""
        size = self.size()
        super().refuse(exc)
        self.resize(self.size().expandedTo(size))

    def current_drafts(self) -> tuple[ClauseDraft, ...]:
        self._keep()
        return tuple(self.drafts)

    def snapshot(self) -> tuple[ClauseDraft, ...]:
        return self.current_drafts()

    def store(self) -> Agreement:
        return agreements.set_clauses(self._vault, self._agreement.id, self.current_drafts())
