"""Today's notes: a getting-started checklist, backups, and fees still to confirm.

:class:`GettingStarted` shows the six steps of a practice (client → sponsor →
engagement → agreement → session → report), ticked from the vault's real records
(``coachdesk.getting_started``), with a button for the next one. It can be hidden; the
choice is remembered per vault (by its id) in Qt's settings: it is how this computer
shows Today, not a record of the practice, and needs no change to the vault. It hides
itself once every step is done.

:class:`BackupWarning` stays on Today, calm and plain, while no backup folder is chosen
or the last good backup is more than seven days old, with the one button that fixes it
(never on the demo practice: it holds only invented people).

:class:`FeeToConfirm` names the running engagements whose fee was kept before CoachDesk
asked what it is for (per session, or for the whole engagement), oldest first, with one
button that opens that engagement's form where the basis is chosen. It goes once none is
left.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import getting_started
from coachdesk.engagements import Ending
from coachdesk.errors import CoachDeskError
from coachdesk.getting_started import STEPS, BackupState, Progress
from coachdesk.words import plural
from ui import ask, money, ops
from ui.bidi import isolated
from ui.words import day, say_error

DONE, TO_DO = "✓", "○"


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class GettingStarted(QFrame):
    """The checklist (see the module). ``act(step)`` does the step's button."""

    def __init__(self, act: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._act = act
        self._vault_id = ""
        self.progress: Progress | None = None
        self.step_names = {
            "client": self.tr("Client"), "sponsor": self.tr("Sponsor"),
            "engagement": self.tr("Engagement"), "agreement": self.tr("Agreement"),
            "session": self.tr("Session"), "report": self.tr("Report")}
        self.step_words = {
            "client": self.tr("Add your first client: the person you coach."),
            "sponsor": self.tr("Add the sponsor that pays for the coaching, with the manager "
                               "or HR partner as its contact."),
            "engagement": self.tr("Open the client's page and choose New engagement: its "
                                  "dates, goals, fee and sponsor."),
            "agreement": self.tr("Make the agreement for the engagement: confidentiality and "
                                 "its limits, fees, and what the sponsor may receive. "
                                 "Every party signs."),
            "session": self.tr("Plan a session from the client's page, or start one and "
                               "write your notes as you go."),
            "report": self.tr("Make a report for the sponsor: only words the client has "
                              "approved can go in it (Help → How a sponsor report is made)."),
        }
        self.step_buttons = {
            "client": self.tr("New client…"), "sponsor": self.tr("New sponsor…"),
            "engagement": self.tr("Go to clients"), "agreement": self.tr("New agreement…"),
            "session": self.tr("Go to clients"), "report": self.tr("New report…")}
        title = _label(self.tr("Getting started"), "sectionHeading")
        self.hide_button = QPushButton(self.tr("&Hide this list"))
        self.hide_button.setFlat(True)
        self.hide_button.setToolTip(self.tr("You can always find your way in Help"))
        self.hide_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.hide_button)
        self.steps: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for n, step in enumerate(STEPS):
            if n:
                row.addWidget(_label("→", "muted"))
            self.steps[step] = QLabel()
            self.steps[step].setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(self.steps[step])
        row.addStretch(1)
        self.next_words = _label()
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self._next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_words, 1)
        bottom.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addLayout(bottom)
        self.hide()

    @staticmethod
    def _setting_name(vault_id: str) -> str:
        return f"gettingStarted/{vault_id}/dismissed"

    def dismissed(self) -> bool:
        return bool(self._vault_id) and \
            QSettings().value(self._setting_name(self._vault_id), False, bool) is True

    def dismiss(self) -> None:
        if self._vault_id:
            QSettings().setValue(self._setting_name(self._vault_id), True)
        self.hide()

    def show_progress(self, vault_id: str, progress: Progress) -> None:
        """Tick the steps the records show as done; hidden when all are, or dismissed."""
        self._vault_id = vault_id
        self.progress = progress
        for step, label in self.steps.items():
            done = step in progress.done
            label.setText(f"{DONE if done else TO_DO} {self.step_names[step]}")
            label.setObjectName("stepDone" if done else "muted")
            label.setAccessibleName(self.tr("%1: done").replace("%1", self.step_names[step])
                                    if done else self.step_names[step])
            label.style().unpolish(label)
            label.style().polish(label)
        coming = progress.next_step
        if coming is not None:
            self.next_words.setText(self.tr("Next: %1").replace("%1", self.step_words[coming]))
            self.next_button.setText(self.step_buttons[coming])
        self.setVisible(coming is not None and not self.dismissed())

    def clear(self) -> None:
        self._vault_id = ""
        self.progress = None
        self.hide()

    def _next(self) -> None:
        if self.progress is not None and self.progress.next_step is not None:
            self._act(self.progress.next_step)


class BackupWarning(QFrame):
    """The backup warning (see the module). ``back_up()`` starts a backup (the window's)."""

    def __init__(self, back_up: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupWarning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._back_up = back_up
        self._vault: Any = None
        self.state: BackupState | None = None
        self.words = _label()
        self.button = QPushButton()
        self.button.clicked.connect(self._fix)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        # After a backup this page started: look again when the window's backup ends.
        self._watch = QTimer(self)
        self._watch.setInterval(500)
        self._watch.timeout.connect(self._backup_ended)
        self.hide()

    def show_state(self, vault, now: datetime | None = None) -> None:
        """Look at the backup folder on the worker (a network or cloud folder may be slow
        to answer; the window never waits for it), then say what it found."""
        self._vault = vault
        if vault.opened_with_demo_key:  # invented people: nothing there to lose
            self.hide()
            return
        if getattr(self.window(), "backing_up", False):
            self._watch.start()  # a backup under way (the wizard's first): look again after
        folder = getting_started.backup_folder(vault)
        if folder is None:
            self._show(vault, getting_started.folder_state(None, now), now)
            return
        ops.run(partial(getting_started.folder_state, folder, now),
                success=lambda state: self._show(vault, state, now),
                failure=lambda _exc: None)  # unreadable now: asked again at the next look

    def _show(self, vault, state: BackupState, now: datetime | None) -> None:
        if self._vault is not vault:  # locked, or another vault, meanwhile
            return
        self.state = state
        if state.folder is None:
            self.words.setText(self.tr(
                "No backups yet. Your practice lives in one file on this computer: choose a "
                "folder on an external drive or a synced folder, and CoachDesk keeps "
                "encrypted copies there that your recovery code opens."))
            self.button.setText(self.tr("Choose a backup folder…"))
        elif state.folder_missing:
            self.words.setText(self.tr(
                "Your backup folder is not there now (%1): a drive not connected? Connect it, "
                "or choose another folder.").replace("%1", str(state.folder)))
            self.button.setText(self.tr("Choose another folder…"))
        elif state.last_backup is None:
            self.words.setText(self.tr("No backup has been made in %1 yet.")
                               .replace("%1", str(state.folder)))
            self.button.setText(self.tr("Back up now"))
        else:
            # Stale means more than seven days: English reads "days" for every such count.
            days = ((now or datetime.now(UTC)) - state.last_backup).days
            made = day(state.last_backup.astimezone().date())
            self.words.setText(self.tr(
                "The last backup was made on %1, %n days ago. Back up now to keep a recent "
                "copy of your practice.", "", days).replace("%1", made))
            self.button.setText(self.tr("Back up now"))
        self.setVisible(state.needs_attention)

    def clear(self) -> None:
        self._vault = None
        self.state = None
        self._watch.stop()
        self.words.setText("")
        self.hide()

    def _fix(self) -> None:
        if self._vault is None or self.state is None:
            return
        choosing = self.state.folder is None or self.state.folder_missing
        if choosing and not self._choose_folder():
            return
        self._back_up()
        self._watch.start()

    def _choose_folder(self) -> bool:
        from coachdesk import settings
        from coachdesk.vault import backups

        folder = ask.choose_folder(self, self.tr("Where should backups go?"),
                                   settings.get(self._vault, "backup_folder"))
        if not folder:
            return False
        try:
            backups.remember_folder(self._vault, folder)
        except CoachDeskError as exc:
            ask.warn(self, self.tr("Backups"), say_error(exc))
            return False
        self.show_state(self._vault)
        return True

    def _backup_ended(self) -> None:
        window = self.window()
        if not getattr(window, "backing_up", False):
            self._watch.stop()
            if self._vault is not None and self._vault.is_open:
                self.show_state(self._vault)


class FeeToConfirm(QFrame):
    """Fees still to confirm (see the module). ``confirm(ending)`` opens its form."""

    def __init__(self, confirm: Callable[[Ending], None], parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")  # a calm note on Today, as the checklist is
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._confirm = confirm
        self.waiting: list[Ending] = []
        self.words = _label()
        self.button = QPushButton(self.tr("Confirm the &fee…"))
        self.button.clicked.connect(self._open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_waiting(self, waiting: list[Ending]) -> None:
        """Say which fee to confirm next (the oldest engagement), and how many wait."""
        self.waiting = waiting
        if not waiting:
            self.clear()
            return
        first = waiting[0].engagement
        which = self.tr("%1’s %2").replace("%1", isolated(waiting[0].client_name)).replace(
            "%2", isolated(first.title) or self.tr("engagement"))
        fee = money.amount(first.fee_cents, first.currency)
        words = self.tr("Is the fee of %1, %2, per session or for the whole engagement? It "
                        "was kept before CoachDesk asked.").replace("%1", which) \
            .replace("%2", fee)
        if len(waiting) > 1:
            more = len(waiting) - 1
            words += " " + plural(self.tr("Then %n more engagement(s).", "", more), more)
        self.words.setText(words)
        self.show()

    def clear(self) -> None:
        self.waiting = []
        self.words.setText("")
        self.hide()

    def _open(self) -> None:
        if self.waiting:
            self._confirm(self.waiting[0])
