"""The audit log, for the whole practice: what was done, when, and on which computer
(this one, or another computer of a practice used on several; docs/sync.md), newest
first, with whether each computer's hash chain checks out. Ids and actions only, as the
log keeps them; each action and record in the coach's words (ui.audit_words), the
action's code in a tooltip; an entry about one computer names it by its letter.
Read off the GUI thread; read again when the change notices say the
audit trail grew (a bundle applied, a record changed)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk import audit
from coachdesk.changes import Change
from ui import ops
from ui.audit_words import action_words, record_words
from ui.widgets import InlineMessage
from ui.words import moment, tr


def computer_words(letter: str) -> str:
    """How the log names a computer: this one, or another by its letter."""
    return tr("This computer") if not letter else tr("Computer %1").replace("%1", letter)


class AuditLogDialog(QDialog):
    """The merged log in a table (When, Computer, What, Record) under a line saying
    whether every computer's chain is whole."""

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Audit log"))
        self.resize(1100, 560)  # German words whole at a laptop screen
        self._vault = vault
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [tr("When"), tr("Computer"), tr("What"), tr("Record")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        # Each column as wide as its words; What takes what is left (a long phrase is
        # elided there, whole in its tooltip), so the record is never cut.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.setAccessibleName(tr("Audit log"))
        self.status = InlineMessage()  # a chain that does not check out, in warm tones
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        changes = getattr(parent, "changes", None)
        if changes is not None:
            changes.changed.connect(self._records_changed)
        self.reload()

    def _records_changed(self, kinds: Change) -> None:
        if kinds & Change.records():
            self.reload()

    def reload(self) -> None:
        vault = self._vault
        if vault is None or not vault.is_open:
            return
        ops.run(lambda: (audit.merged(vault), audit.verify_every_chain(vault)),
                success=self._show)

    def _show(self, found: tuple[list[audit.LogLine], dict[str, audit.ChainCheck]]) -> None:
        lines, checks = found
        broken = [(letter, check) for letter, check in sorted(checks.items())
                  if not check.ok]
        if broken:
            letter, check = broken[0]
            self.status.show_message(
                tr("The audit chain of “%1” does not check out at entry %2: entries were "
                   "changed or removed after they were written.")
                .replace("%1", computer_words(letter))
                .replace("%2", str(check.first_bad_id or check.entries)))
        else:
            self.status.show_message(tr("Every computer's audit chain checks out."),
                                     done=True)
        self.model.removeRows(0, self.model.rowCount())
        for line in lines:
            record = record_words(line.record_kind, line.record_id, line.about,
                                  computer_words)
            cells = [moment(datetime.fromisoformat(line.at)), computer_words(line.computer),
                     action_words(line.action), record]
            items = [QStandardItem(text) for text in cells]
            # the phrase (elided in a narrow window) and its code as the log keeps it
            items[2].setToolTip(f"{cells[2]}\n{line.action}")
            self.model.appendRow(items)
        self.view.horizontalHeader().resizeSections()  # each column to its new words
