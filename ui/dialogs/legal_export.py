"""The legal export's dialog: who asks for a client's whole record, and on what legal
basis (the export itself is ``ui.leaving``'s)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QWidget,
)

from ui.bidi import isolated
from ui.dialogs.base import SavingDialog
from ui.widgets import line_edit


class LegalExportDialog(SavingDialog):
    """Who asks for the whole record, and on what legal basis; then where to save it."""

    def __init__(self, client_name: str, export: Callable[[str, str, bool], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Legal export of a whole record"), parent,
                         save_text=self.tr("Export…"))
        self._export = export
        self.setMinimumWidth(560)
        explain = (
            self.tr("This releases %1's whole record, private notes included. Use it only for "
                    "a court order or subpoena, another legal obligation, or the client's own "
                    "request for their record. It is logged as a disclosure. A sponsor never "
                    "receives this: a sponsor receives only a report the client approved.")
            .replace("%1", isolated(client_name)))
        self.requester = line_edit(self.tr("e.g. District Court of Utrecht, or the client"))
        self.basis = line_edit(self.tr("e.g. Court order C/16/123 of 2026-06-01"))
        self.for_client = QCheckBox(self.tr("The client asked for their own record"))
        layout = self.column([
            (self.tr("&Requested by"), self.requester),
            (self.tr("&Legal basis"), self.basis),
            ("", self.for_client),
        ], above=explain)
        self.finish(layout, focus=self.requester)

    def snapshot(self) -> tuple:
        return (self.requester.text(), self.basis.text(), self.for_client.isChecked())

    def store(self):
        return self._export(*self.snapshot())
