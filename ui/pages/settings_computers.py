"""Settings → the practice's computers (issue 17, docs/sync.md, *A computer gone for good*).

A table of every computer of the practice, by the letter its numbers carry: when its
newest change arrived here, and which one issues invoices. For another computer, "This
computer is gone…" (a laptop lost, stolen or wiped) marks it as gone for good after a
confirmation that says what it does (coachdesk.sync.computers), and for a computer
shown as gone, "Not gone after all…" brings it back (a mark made by mistake), or says
calmly why it cannot be; once the computer that
issued invoices is gone, "Take invoicing back…" gives the role to this computer, after a
confirmation naming the last invoice number here to compare with the invoices sent out
(coachdesk.sync.issuer.take_back). Both writes run on the worker; the section reads
again on the change notice their transaction gives (``Change.SETTINGS``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import CoachDeskError
from coachdesk.sync import computers, issuer
from ui import ask, ops
from ui.exporting import main_window
from ui.widgets import InlineMessage
from ui.words import moment, say_error


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def named(label: str) -> str:
    """Another computer as the audit log and the status line name it."""
    return tr("Computer %1").replace("%1", label or "A")


class ComputersBox(QWidget):
    """The practice's computers, with "Mark as gone…" and "Take invoicing
    back…"."""

    def __init__(self) -> None:
        super().__init__()
        self._vault: Any = None
        self._gone_here = False  # another computer marked this one as gone
        self._listed: tuple[computers.Computer, ...] = ()
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [tr("Computer"), tr("Last change arrived"), tr("Invoices")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # A long cell (German, a pending hand-over) wraps onto a second line, never cut.
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.view.setAccessibleName(tr("The practice's computers"))
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.gone_button = QPushButton(tr("Mark as &gone…"))
        self.gone_button.setEnabled(False)
        self.gone_button.clicked.connect(self.mark_gone)
        self.back_button = QPushButton(tr("&Not gone after all…"))
        self.back_button.setVisible(False)
        self.back_button.clicked.connect(self.bring_back)
        self.take_button = QPushButton(tr("&Take invoicing back…"))
        self.take_button.clicked.connect(self.take_back)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.gone_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.message)

    # -- reading ------------------------------------------------------------------------
    def refresh(self, vault: Any) -> None:
        """Read the computers and the invoicing role (two small reads)."""
        self._vault = vault
        self._listed = computers.listing(vault)
        role = issuer.role(vault)
        self.model.removeRows(0, self.model.rowCount())
        self._gone_here = computers.gone_here(vault)
        for each in self._listed:
            # This computer by its letter too, as the status line and the others name it.
            name = tr("This computer (%1)").replace("%1", each.label or "A") if each.this \
                else named(each.label)
            if each.gone:
                name = tr("%1 (gone)").replace("%1", name)
            arrived = "" if each.this else (
                moment(each.arrived_at) if each.arrived_at else tr("Nothing yet"))
            issues = "" if not each.issues else tr("Issues invoices once it has synced") \
                if each.device == role.pending else tr("Issues invoices")
            cells = [name, arrived, issues]
            self.model.appendRow([QStandardItem(text) for text in cells])
        for column in (0, 1):  # each read: "(gone)" widens the first
            self.view.resizeColumnToContents(column)
        self._fit_rows()
        # A gone computer's later files are refused: said here, once, not on the status line.
        notes = [tr("%1 is marked as gone: what it sends is not taken in.").replace(
            "%1", named(each.label)) for each in self._listed if each.gone and not each.this]
        if self._gone_here:
            notes.append(tr("Another computer marked this one as gone: what you change "
                            "here no longer reaches the practice's other computers. If "
                            "that was a mistake, choose \"Not gone after all…\" for this "
                            "computer on another one; else, to work here again, join the "
                            "practice from a new vault."))
        self.take_button.setVisible(role.issuer_gone)
        self.take_button.setEnabled(role.issuer_gone and not role.missing)
        if role.issuer_gone and role.missing:
            notes.append(tr("Some of the changes the lost computer sent have not arrived "
                            "here yet: once they have, you can take invoicing back."))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self._selected()

    def _fit_rows(self, *_args: object) -> None:
        """Rows as tall as their wrapped cells, the table as tall as its rows."""
        self.view.resizeRowsToContents()
        height = self.view.horizontalHeader().height() + 2 * self.view.frameWidth() + sum(
            self.view.rowHeight(r) for r in range(self.model.rowCount()))
        self.view.setFixedHeight(max(height, self.view.horizontalHeader().height() * 3))

    def clear(self) -> None:
        self._vault = None
        self._listed = ()
        self.model.removeRows(0, self.model.rowCount())
        self.message.clear_message()

    def chosen(self) -> computers.Computer | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._listed):
            return None
        return self._listed[rows[0].row()]

    def _selected(self, *_args: object) -> None:
        found = self.chosen()
        gone = found is not None and found.gone and not found.this
        self.gone_button.setVisible(not gone)
        self.back_button.setVisible(gone)
        # A computer marked as gone marks nothing: its mark would be refused everywhere.
        self.gone_button.setEnabled(found is not None and not found.this and not found.gone
                                    and not self._gone_here)

    # -- writing ------------------------------------------------------------------------
    def _run(self, work: Any) -> None:
        self.message.clear_message()
        ops.run(work, success=lambda _done: None, failure=self._failed,
                window=main_window(self))

    def _failed(self, exc: Exception) -> None:
        self.message.show_message(say_error(exc) if isinstance(exc, CoachDeskError)
                                  else ops.error_text(exc))

    def mark_gone(self) -> None:
        vault, found = self._vault, self.chosen()
        if vault is None or found is None or found.this or found.gone:
            return
        if not ask.confirm(self, tr("A computer gone for good"), tr(
                "Mark %1 as gone for good?\n\nDo this for a computer that was lost, stolen "
                "or wiped. What it sent that has arrived stays in the practice. What it "
                "sends from now on is not taken in, on any computer: to use it again, join "
                "the practice from it as a new computer. The others no longer keep old "
                "change files for it. Every computer of the practice learns this at its "
                "next sync.\n\nUntil you make a new pairing code, whoever has that computer "
                "can still read what the practice's computers write: for a lost or stolen "
                "computer, choose \"New pairing code…\" in Settings next.\n\nIf you find it "
                "again, \"Not gone after all…\" undoes this, unless invoicing has moved to "
                "another computer meanwhile.")
                .replace("%1", named(found.label)),
                tr("Mark as gone")):
            return
        device = found.device
        self._run(lambda: computers.mark_gone(vault, device))

    def bring_back(self) -> None:
        """Undo the mark, after a question saying what it does; the core refuses (in
        words shown in the box's message) when invoicing moved while it was marked."""
        vault, found = self._vault, self.chosen()
        if vault is None or found is None or found.this or not found.gone:
            return
        if not ask.confirm(self, tr("Not gone after all"), tr(
                "Bring %1 back into the practice?\n\nDo this if it was marked as gone by "
                "mistake or has been found again. At their next sync, every computer takes "
                "in what it sent, including what it changed while it was marked, and it "
                "syncs as before.").replace("%1", named(found.label)), tr("Bring it back")):
            return
        device = found.device
        self._run(lambda: computers.bring_back(vault, device))

    def take_back(self) -> None:
        vault = self._vault
        if vault is None:
            return
        role = issuer.role(vault)
        if not role.issuer_gone or role.missing:
            return
        lost = named(role.issuer_label or "")
        if not ask.confirm(self, tr("Take invoicing back"), tr(
                "Issue the practice's invoices on this computer?\n\n%1, which issued them, "
                "is marked as gone. This computer numbers on after the last invoice number "
                "it holds: %2.\n\nBefore you issue one, compare that number with the last "
                "invoice you sent out (its PDF or paper copy): an invoice the lost computer "
                "issued but never synced is not here, and its number would be given again."
                "\n\nTake invoicing back on one computer only.").replace("%1", lost)
                .replace("%2", role.last_number or tr("none yet")),
                tr("Take invoicing back")):
            return
        self._run(lambda: issuer.take_back(vault))
