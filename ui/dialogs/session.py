"""Plan a session: when, how long, where, for which engagement, at what fee.

The fee and its currency come from the engagement (what its fee makes one session
cost); the time starts a week ahead at 10:00, never at midnight. Save stays disabled,
with the reason on screen, while there is no engagement to plan in or the engagement's
fee basis is still to confirm. A date worth a second look (one the calendar does not
have, in the past, more than a year ahead, outside the engagement's dates) is named
under "When" as it is chosen, and Save asks before keeping it.

For a package, a line says how much of it is used ("4 of 6 used") and warns when this
session is the package's last, or its last day is within a month; a session beyond the
package's sessions, or after its last day, is a date worth a second look too.
"""

from __future__ import annotations

import re
from calendar import monthrange

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from coachdesk import engagements, packages, sessions, settings
from coachdesk.engagements import Engagement
from coachdesk.errors import InvalidInput
from coachdesk.sessions import Session, SessionDraft
from ui import ask, money
from ui.date_fields import DateTimeField
from ui.dialogs.base import SavingDialog
from ui.widgets import InlineMessage, grow_to_fit, line_edit
from ui.words import day as shown_day

_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
DEFAULT_TIME = QTime(10, 0)


def _moment(when: QDateTime) -> str:
    """A date and time as the coach's locale writes them in full (no seconds, no zone)."""
    locale = QLocale()
    return (locale.toString(when.date(), QLocale.FormatType.LongFormat) + ", "
            + locale.toString(when.time(), QLocale.FormatType.ShortFormat))


class WhenEdit(DateTimeField):
    """A date and time that remembers a day typed that the calendar does not have
    (29 February 2027): Qt quietly moves it to the month's last day, and the dialog
    must say so."""

    def __init__(self, start: QDateTime) -> None:
        super().__init__(start)
        self.typed_missing_day: tuple[int, int, int] | None = None
        self.dateTimeChanged.connect(self._forget_if_moved_on)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        result = super().validate(text, pos)
        found = _DAY.match(text)
        if found:
            year, month, day = (int(g) for g in found.groups())
            if (1 <= month <= 12 and day > monthrange(year, month)[1]
                    and isinstance(result, tuple)
                    and result[0] == QValidator.State.Acceptable):
                self.typed_missing_day = (year, month, day)
        return result

    def _forget_if_moved_on(self, when: QDateTime) -> None:
        typed = self.typed_missing_day
        if typed and (when.date().year(), when.date().month()) != typed[:2]:
            self.typed_missing_day = None


class PlanSessionDialog(SavingDialog):
    def __init__(self, vault, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlanSessionDialog", "Plan a session"),
                         parent, what=QCoreApplication.translate("PlanSessionDialog",
                                                                 "this session"))
        self._vault = vault
        self.setMinimumWidth(520)
        self._engagements: dict[int, Engagement] = {}
        self.engagement = QComboBox()
        for engagement in engagements.for_client(vault, client_id):
            if engagement.status != "ended":
                self._engagements[engagement.id] = engagement
                self.engagement.addItem(self.tr("%1 · from %2").replace(
                    "%1", engagement.title or self.tr("Engagement")).replace(
                    "%2", engagement.starts_on), engagement.id)
        start = QDateTime(QDate.currentDate().addDays(7), DEFAULT_TIME)
        self.when = WhenEdit(start)
        self.when_note = InlineMessage()
        self.when_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setValue(int(settings.get(vault, "default_session_minutes") or 60))
        self.place = line_edit(self.tr("Online, the client's office, …"))
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 1_000_000)
        self.fee.setDecimals(2)
        self.fee.setGroupSeparatorShown(True)
        self.fee_note = QLabel()
        self.fee_note.setWordWrap(True)
        self.fee_note.setObjectName("muted")  # a quiet line: where the fee comes from
        self.package_note = QLabel()  # a package's count: a quiet line
        self.package_note.setObjectName("muted")
        self.package_warning = InlineMessage()  # the last one, or its last day near
        self.package_warning.setSizePolicy(QSizePolicy.Policy.Preferred,
                                           QSizePolicy.Policy.Maximum)
        self._package: packages.PackageUse | None = None
        layout = self.column([
            (self.tr("&Engagement"), self.engagement),
            (self.tr("&When"), self.when),
            (self.tr("&Length"), self.minutes),
            (self.tr("&Place"), self.place),
            (self.tr("&Fee"), self.fee),
            ("", self.fee_note),
            ("", self.package_note),
        ])
        layout.addWidget(self.when_note)  # under the form: a form row squeezes wrapped text
        layout.addWidget(self.package_warning)
        self.engagement.currentIndexChanged.connect(self._engagement_chosen)
        self.when.dateTimeChanged.connect(self._check_when)
        self._engagement_chosen()
        self.finish(layout)

    def chosen(self) -> Engagement | None:
        return self._engagements.get(self.engagement.currentData())

    def _engagement_chosen(self) -> None:
        """The fee and currency follow the engagement; Save waits for what is missing."""
        engagement = self.chosen()
        self._package = packages.use(self._vault, engagement) if engagement else None
        reason = ""
        if engagement is None:
            reason = self._no_engagement()
            self.fee_note.clear()
        else:
            self.fee.setSuffix(" " + engagement.currency)
            share = engagement.session_fee_cents
            self.fee.setValue((share or 0) / 100)
            self.fee_note.setText(self.tr("From the engagement: %1").replace(
                "%1", money.fee_basis(engagement)))
            if share is None:
                reason = self.tr("Say first what this engagement's fee is for (per session "
                                 "or for the whole engagement): edit the engagement.")
        self.fee.setEnabled(engagement is not None and not engagement.fee_to_confirm)
        self.allow_save(not reason)
        if reason:
            self.message.show_message(reason)
        else:
            self.message.clear_message()
        self._check_when()

    def _no_engagement(self) -> str:
        return self.tr("Add an engagement first (New engagement): a session belongs to one.")

    def concerns(self) -> list[str]:
        """What about the chosen date deserves a second look, in the coach's words."""
        found = []
        locale = QLocale()
        when = self.when.dateTime()
        day = when.date()
        typed = self.when.typed_missing_day
        if typed and (day.year(), day.month()) == typed[:2]:
            found.append(self.tr("%1 has no %2: the date became %3.").replace(
                "%1", str(typed[0])).replace("%2", self.tr("day %1 in %2").replace(
                    "%1", str(typed[2])).replace("%2", locale.monthName(typed[1]))).replace(
                "%3", locale.toString(day, QLocale.FormatType.LongFormat)))
        now = QDateTime.currentDateTime()
        if when < now:
            years = day.daysTo(QDate.currentDate()) // 365
            found.append(self.tr("This is in the past (%n years ago).", "", years)
                         if years > 1 else self.tr("This is in the past (over a year ago).")
                         if years else self.tr("This is in the past."))
        elif day > QDate.currentDate().addYears(1):
            found.append(self.tr("This is more than a year ahead (%1).").replace(
                "%1", _moment(when)))
        engagement = self.chosen()
        use = self._package
        if use is not None:
            nth, late = use.would_count(day.toString("yyyy-MM-dd"))
            if nth > use.sessions:
                found.append(self.tr("The package's sessions are all used or booked "
                                     "(sessions in it: %n): this one is beyond it.", "",
                                     use.sessions))
            if late:
                found.append(self.tr("This is after the package's last day, %1.").replace(
                    "%1", use.expires_on or ""))
        if engagement is not None:
            iso = day.toString("yyyy-MM-dd")
            if iso < engagement.starts_on or (engagement.ends_on and iso > engagement.ends_on):
                found.append(self.tr("The engagement runs from %1 to %2; this is outside it.")
                             .replace("%1", shown_day(engagement.starts_on))
                             .replace("%2", shown_day(engagement.ends_on) if engagement.ends_on
                                      else self.tr("no end date")))
        return found

    def _check_when(self) -> None:
        concerns = self.concerns()
        self.when_note.show_message(" ".join(concerns))
        self._show_package()
        grow_to_fit(self)  # a word that appeared never squeezes the fields above it

    def _show_package(self) -> None:
        """ "Package: 4 of 6 used", and a word when this one is its last or its last
        day is near (what is beyond it is said under "When")."""
        use = self._package
        self.package_note.setVisible(use is not None)
        if use is None:
            self.package_warning.clear_message()
            return
        today = QDate.currentDate().toString("yyyy-MM-dd")
        self.package_note.setText(self.tr("Package: %1 (booked: %n).", "", use.booked)
                                  .replace("%1", money.package_used(use)))
        words = []
        nth, _late = use.would_count(self.when.date().toString("yyyy-MM-dd"))
        if nth == use.sessions:
            words.append(self.tr("This is the last session of the package."))
        if use.expires_soon(today) or use.expired(today):
            days = use.days_left(today) or 0
            words.append(self.tr("Its last day is %1 (days left: %n).", "", max(days, 0))
                         .replace("%1", use.expires_on or ""))
        self.package_warning.show_message(" ".join(words))

    def save(self) -> None:
        """Ask before keeping a date worth a second look; otherwise save as usual."""
        concerns = self.concerns()
        if concerns and not self.busy and not ask.confirm(
                self, self.tr("Plan this session?"),
                "\n\n".join([*concerns, self.tr("Plan it on %1 anyway?").replace(
                    "%1", _moment(self.when.dateTime()))]),
                yes=self.tr("Plan it"), no=self.tr("Change the date")):
            self.when.setFocus()
            return
        super().save()

    def snapshot(self) -> tuple:
        return (self.engagement.currentData(), self.when.dateTime().toString(
            "yyyy-MM-ddTHH:mm"), self.minutes.value(), self.place.text(),
            round(self.fee.value() * 100))

    def store(self) -> Session:
        engagement_id, starts_at, minutes, place, fee_cents = self.snapshot()
        if engagement_id is None:
            raise InvalidInput("engagement", self._no_engagement())
        return sessions.add(self._vault, SessionDraft(engagement_id, starts_at, minutes, place,
                                                      fee_cents))
