"""Pieces of the client's page: an empty list's words and next step, and the rows of the
tabs that are not the notes' (engagements, goals, agreements, reports, sessions).

The empty state lies over the list itself (the list stays the tab's page, so the window
can still ask for "the notes tab" by its list): it says what belongs there and offers the
next step as a button, and steps aside as soon as the list has a row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk import reports
from coachdesk.engagements import Engagement
from coachdesk.packages import PackageUse
from ui import money
from ui.models.records import MAY_REPORT, STATUS_WORDS, WITH_CLIENT, Row, when


class EmptyState(QWidget):
    """Over an empty list: what belongs in it, and a button for the next step."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view.viewport())
        self._view = view
        self.words = QLabel()
        self.words.setObjectName("emptyState")
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setMaximumWidth(560)  # a calm measure, even in a wide window
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton()
        self.button.clicked.connect(self._clicked)
        self._step: Callable[[], object] | None = None
        centred = QHBoxLayout()  # no alignment flag: the words keep their wrapped height
        centred.addStretch(1)
        centred.addWidget(self.words, 4)
        centred.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(centred)
        column.addSpacing(8)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.follow)
        self.follow()

    def say(self, words: str, step: str = "", then: Callable[[], object] | None = None,
            ) -> None:
        """The words for an empty list, and the next step's button (none when ``step``
        is empty)."""
        self.words.setText(words)
        self.button.setText(step)
        self._step = then
        self.button.setVisible(bool(step and then))

    def follow(self) -> None:
        """Shown exactly while the list has no row."""
        self.setGeometry(self._view.viewport().rect())
        self.setVisible(self._view.model().rowCount() == 0)

    def _clicked(self) -> None:
        if self._step is not None:
            self._step()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False


def engagement_fee(e: Engagement) -> str:
    """The engagement's fee and what it is for ("EUR 150.00 per session")."""
    return money.fee_basis(e)


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ClientPage", text)


def describe_engagement(pair: tuple[Engagement, str] | tuple[Engagement, str, PackageUse | None],
                        ) -> Row:
    """Title and sponsor; dates, fee, sessions planned (for a package: how many are
    used, and a warning when its last session is booked or its last day is near) and the
    goals; its status."""
    e, sponsor = pair[0], pair[1]
    use = pair[2] if len(pair) > 2 else None
    title = e.title or tr("Engagement")
    who = sponsor or tr("No sponsor: the client pays")
    period = tr("%1 to %2").replace("%1", e.starts_on).replace("%2", e.ends_on or tr("open"))
    parts = [period]
    if use is not None:  # first: the count and its warning are what the coach looks for
        parts.append(tr("Package: %1").replace("%1", money.package_used(use)))
        warning = money.package_warning(use, date.today().isoformat())
        if warning:
            parts.append(warning)
    parts.append(tr("Fee %1").replace("%1", engagement_fee(e)))
    if use is None and e.planned_sessions:
        parts.append(tr("Sessions planned: %1").replace("%1", str(e.planned_sessions)))
    goals = "; ".join(" ".join(g.text.split()) for g in e.goals)
    parts.append(tr("Goals: %1").replace("%1", goals) if goals else tr("No goals yet"))
    return Row(f"{title} · {who}", " · ".join(parts), STATUS_WORDS.get(e.status, e.status))


def describe_goal(pair) -> Row:
    goal, engagement = pair
    period = f"{engagement.starts_on} to {engagement.ends_on or 'open'}"
    return Row(goal.text, f"{engagement.title or 'Engagement'} · {period}",
               MAY_REPORT if goal.visibility == "client_and_sponsor" else WITH_CLIENT)


def describe_session(s) -> Row:
    upcoming = s.starts_at[:10] >= date.today().isoformat() and s.status == "planned"
    place = f" · {s.place}" if s.place else ""
    return Row(f"{when(s.starts_at)} · {s.duration_minutes} min{place}",
               "Upcoming" if upcoming else "", STATUS_WORDS.get(s.status, s.status))


def describe_agreement(a) -> Row:
    signed = len(a.parties) - len(a.unsigned_parties())
    return Row(a.title, tr("Signed by %1 of %2").replace("%1", str(signed))
               .replace("%2", str(len(a.parties))), STATUS_WORDS.get(a.status, a.status))


def describe_report(pair: tuple[reports.Report, str]) -> Row:
    report, recipient = pair
    return Row(report.purpose or tr("Report"),
               tr("For %1 · %2 to %3").replace("%1", recipient)
               .replace("%2", report.period_from).replace("%3", report.period_to))


def next_and_last(found: list, now: str) -> str:
    """The next planned session and the last one held, in a line (``now``: ISO minute)."""
    planned = sorted(s.starts_at for s in found if s.status == "planned" and s.starts_at >= now)
    held = sorted(s.starts_at for s in found if s.status == "held" and s.starts_at < now)
    parts = [tr("Next session: %1").replace("%1", when(planned[0])) if planned
             else tr("No session planned"),
             tr("Last held: %1").replace("%1", when(held[-1])) if held
             else tr("None held yet")]
    return " · ".join(parts)
