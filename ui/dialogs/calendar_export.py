"""Exporting the sessions as a calendar file (.ics), saying first what its events will say.

Calendars sync to clouds, so the choices start at the least: "Coaching session", no
place, nothing of the client. Initials or names are the coach's explicit choice, with
the reason to hesitate on screen beside it. The choices are settings (kept in the vault),
the same ones Settings shows (:class:`CalendarChoicesBox`). The file is written the one
way every export is (ui.exporting), and recorded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import calendar_file, settings
from coachdesk.errors import CoachDeskError
from ui.dialogs.base import OnWorker, SavingDialog
from ui.exporting import choose_target, export_recorded, writing


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or None, n)


def system_zone() -> str:
    """The computer's time zone as an IANA name ("Europe/Berlin"), as Qt reads it."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")


class CalendarChoicesBox(QWidget):
    """What an event may say: nothing of the client (the default), initials or names,
    and the place; with why a name in a calendar is a name outside the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nothing = QRadioButton(tr("“Coaching session” only (nothing of the client)"))
        self.initials = QRadioButton(tr("Add the client's initials"))
        self.names = QRadioButton(tr("Add the client's name"))
        self.group = QButtonGroup(self)
        for value, button in (("nothing", self.nothing), ("initials", self.initials),
                              ("names", self.names)):
            button.setProperty("choice", value)
            self.group.addButton(button)
        self.place = QCheckBox(tr("Give the session's place"))
        self.reason = QLabel(tr(
            "Calendars sync to their provider's servers and to every device you use, and "
            "may be shared with an assistant or family. An initial or a name there is a "
            "client's name outside your encrypted vault, and a place (a client's office or "
            "home) can say who it is as plainly: choose them only if you need them."))
        self.reason.setObjectName("muted")
        self.reason.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.nothing, self.initials, self.names, self.reason, self.place):
            layout.addWidget(widget)
        self.group.buttonToggled.connect(lambda *_: self._say_why())
        self.nothing.setChecked(True)

    def _say_why(self) -> None:
        """The reason stands out once a name or initials are chosen."""
        self.reason.setObjectName("" if self.shows() != "nothing" else "muted")
        self.reason.style().unpolish(self.reason)
        self.reason.style().polish(self.reason)

    def shows(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("choice")) if checked is not None else "nothing"

    def read(self, vault) -> None:
        chosen = calendar_file.CalendarChoices.of(vault)
        {"initials": self.initials, "names": self.names}.get(
            chosen.shows, self.nothing).setChecked(True)
        self.place.setChecked(chosen.with_place)

    def keep(self, vault) -> None:
        """Save the choices as settings (each recorded in the audit trail)."""
        if calendar_file.CalendarChoices.of(vault) != calendar_file.CalendarChoices(
                self.shows(), self.place.isChecked()):
            settings.put(vault, "calendar_shows", self.shows())
            settings.put(vault, "calendar_place", "1" if self.place.isChecked() else "0")


class CalendarExportDialog(SavingDialog):
    """The choices, then where to save; the file is made and written on the worker."""

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(tr("Calendar file"), parent, save_text=tr("Export…"))
        self._vault = vault
        self.setMinimumWidth(520)
        self.choices = CalendarChoicesBox()
        self.choices.read(vault)
        self.zone = system_zone()
        layout = self.column([(tr("Events say"), self.choices)], above=tr(
            "Your sessions from a month ago on, for any calendar (Apple, Google, Outlook, "
            "Thunderbird). Import the file again after changes: each session keeps its "
            "identity, so events are updated, not doubled, and cancelled ones are struck "
            "out. Times are in %1. Nothing from your notes, goals or fees is in it.")
            .replace("%1", self.zone))
        self.finish(layout)

    def snapshot(self) -> tuple[str, bool]:
        return (self.choices.shows(), self.choices.place.isChecked())

    def has_changes(self) -> bool:
        return False  # choices only: Esc need not ask

    def store(self) -> OnWorker:
        vault = self._vault
        self.choices.keep(vault)
        target = choose_target(self, vault, tr("Save the calendar file"),
                               "coaching-sessions.ics", tr("Calendar files (*.ics)"))
        if target is None:
            raise CoachDeskError(tr("Nothing was exported: no file was chosen."))
        zone = self.zone

        def write(path: Path) -> tuple[Path, int]:
            made = calendar_file.calendar_file(vault, zone)
            export_recorded(vault, path, made.data, "calendar_ics", "practice", 0)
            return path, made.events

        return OnWorker(writing(write, target))


def saved_words(saved: tuple[Path, int]) -> str:
    path, count = saved
    return tr("Saved to %1 (sessions: %n). This export is recorded.", "", count).replace(
        "%1", str(path))
