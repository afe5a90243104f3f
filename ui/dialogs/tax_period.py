"""Which days the tax export covers: a calendar year (the last one) by default."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from coachdesk.errors import InvalidInput
from ui.dialogs.base import SavingDialog
from ui.widgets import date_edit, iso


class TaxPeriodDialog(SavingDialog):
    """Which days the tax export covers; "saving" hands back the period (first, last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tax export"), parent, save_text=self.tr("Export…"))
        year = date.today().year - 1
        self.setMinimumWidth(440)
        self.start = date_edit(f"{year}-01-01")
        self.end = date_edit(f"{year}-12-31")
        explain = self.tr("Dates, minutes, fees and who was billed, for held and missed "
                          "sessions. No notes, goals, places or anything said in coaching.")
        layout = self.column([
            (self.tr("&From"), self.start),
            (self.tr("&Until"), self.end),
        ], above=explain)
        self.finish(layout)

    def snapshot(self) -> tuple[str, str]:
        return (iso(self.start), iso(self.end))

    def store(self) -> tuple[str, str]:
        start, end = self.snapshot()
        if end < start:
            raise InvalidInput("end", self.tr("The last day comes before the first."))
        return (start, end)

    def has_changes(self) -> bool:
        return False  # two days, nothing typed: Esc need not ask
