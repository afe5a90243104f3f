"""The sync status line: a permanent widget at the right of the main window's status bar,
shown while the practice is used on several computers (ui.sync_runner feeds it).

It says when CoachDesk last synced ("Synced 2 minutes ago"), when this computer last
sent a change and what it last received from which computer, calmly what stopped a
sync (a missing folder, a full disk), a "Sync now" button and, when notes were edited on
two computers, a link to resolve them (``resolve_requested``). The tooltip has each
computer's newest file applied here and every file not applied, with why.

Computers are named by their letter, as on their readable numbers (coachdesk.sync.status);
the practice's first computer, whose numbers carry none, is "computer A".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.words import clock, moment, plural, put_in

if TYPE_CHECKING:
    from coachdesk.sync.status import Round, Status


# How long the line says that this computer's letter changed (the tooltip always does).
RELABELLED_SHOWN = timedelta(days=7)


def _ignored() -> tuple[str, ...]:
    """Files a sync tool leaves beside the bundles (its temporary and conflicted copies):
    named in the tooltip, never a problem in the line itself."""
    from coachdesk.sync import bundles

    return bundles.NOT_A_BUNDLE, bundles.NOT_A_COMPUTER


def _marked_gone() -> str:
    """A file from a computer marked as gone: that refusal is the mark working, said once
    in Settings → Computers for that computer, never on the line nor in its tooltip."""
    from coachdesk.sync import computers

    return computers.GONE


class StatusLine(QLabel):
    """The line's parts, joined by " · ": in a narrow window the least needed go first
    (when it last sent, then what it received), never cut mid-word; the tooltip keeps all."""

    SEPARATOR = " · "

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[tuple[int, str]] = []  # (how much it is needed, words)
        self.setMinimumWidth(60)

    def set_parts(self, parts: list[tuple[int, str]]) -> None:
        self.parts = parts
        self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        return self.SEPARATOR.join(text for _need, text in self.parts)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text()) + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics, room = self.fontMetrics(), self.contentsRect().width()
        parts = list(self.parts)
        while len(parts) > 1 and metrics.horizontalAdvance(
                self.SEPARATOR.join(t for _n, t in parts)) > room:
            parts.remove(min(parts, key=lambda part: part[0]))
        text = self.SEPARATOR.join(t for _n, t in parts)
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))


class SyncStatus(QWidget):
    """What the last sync did, in one line; details in the tooltip."""

    sync_now = Signal()
    resolve_requested = Signal()  # notes edited on two computers: the list (the runner opens it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        row.setSpacing(8)
        self.line = StatusLine()
        self.line.setObjectName("syncLine")
        self.resolve = QLabel()
        self.resolve.setTextFormat(Qt.TextFormat.RichText)
        self.resolve.linkActivated.connect(lambda _link: self.resolve_requested.emit())
        self.resolve.hide()
        self.button = QPushButton(self.tr("Sync now"))
        self.button.setObjectName("syncNow")
        self.button.clicked.connect(self.sync_now)
        row.addWidget(self.line)
        row.addWidget(self.resolve)
        row.addWidget(self.button)
        self.last: Round | None = None
        self.synced_at: datetime | None = None  # the last round that ran through, here
        self.failure = ""  # what stopped the last round, in the coach's words
        self.busy = False
        # Notes to resolve counted since the last round (a note resolved: the link
        # follows at once, not at the next round); None: the round's count stands.
        self.to_resolve: int | None = None
        self._ticks = QTimer(self)  # "2 minutes ago" moves on
        self._ticks.setInterval(30_000)
        self._ticks.timeout.connect(self.refresh_line)

    # -- what the runner tells it ----------------------------------------------------
    def started(self) -> None:
        self.busy = True
        self.button.setEnabled(False)
        self.refresh_line()

    def finished(self) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.refresh_line()

    def show_round(self, done: Round) -> None:
        self.last, self.failure, self.to_resolve = done, "", None
        if not done.problem:
            self.synced_at = datetime.now(UTC)
        self.refresh_line()

    def show_to_resolve(self, count: int) -> None:
        """The notes to resolve, counted again after a change notice of notes."""
        self.to_resolve = count
        self.refresh_line()

    def show_failure(self, text: str) -> None:
        """A round failed in a way the core did not foresee: said here, not in a dialog
        (it would come back every minute)."""
        self.failure = text
        self.refresh_line()

    def clear(self) -> None:
        """At lock: nothing of the practice stays on screen."""
        self.last, self.synced_at, self.failure, self.busy = None, None, "", False
        self._ticks.stop()
        self.line.set_parts([])
        self.setToolTip("")
        self.resolve.hide()

    def showEvent(self, event) -> None:
        self._ticks.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._ticks.stop()
        super().hideEvent(event)

    # -- the words -------------------------------------------------------------------
    def computer(self, label: str) -> str:
        """A computer of the practice, named by its letter, mid-sentence: the practice's
        first computer (whose numbers carry no letter) is "computer A"."""
        return put_in(self.tr("computer %1"), label or "A")

    def ago(self, when: datetime) -> str:
        minutes = int((datetime.now(UTC) - when).total_seconds() // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return plural(self.tr("%n minute(s) ago", "", minutes), minutes)
        if minutes < 24 * 60:
            return plural(self.tr("%n hour(s) ago", "", minutes // 60), minutes // 60)
        return put_in(self.tr("on %1"), moment(when))

    def refresh_line(self) -> None:
        done = self.last
        status = done.status if done is not None else None
        parts: list[str] = []
        problem = done.problem if done is not None else ""
        if self.busy and done is None:
            parts.append(self.tr("Syncing…"))
        elif self.failure:
            parts.append(put_in(self.tr("Not synced: %1"), self.failure))
        elif problem == "folder_missing":
            parts.append(self.tr("Sync folder not found: USB stick unplugged or sync folder "
                                 "moved?"))
        elif problem == "disk_full":
            parts.append(self.tr("Not synced: the disk is full. Nothing is lost; CoachDesk "
                                 "tries again."))
        elif problem == "not_writable":
            parts.append(self.tr("Not synced: CoachDesk may not write to the sync folder."))
        elif problem == "new_code":
            parts.append(self.tr("Not synced: this computer needs the practice's new pairing "
                                 "code (Settings)."))
        elif problem == "gone_here":
            parts.append(self.tr("Marked as gone on another computer: changes made here are "
                                 "no longer taken in (Settings)."))
        elif self.synced_at is not None:
            parts.append(put_in(self.tr("Synced %1"), self.ago(self.synced_at)))
        # How much each part is needed: a narrow window drops the least needed first.
        line = [(9, text) for text in parts]
        if status is not None and not self.failure and not problem:
            line += self._sent_and_received(status)
        if status is not None and status.former_label and status.relabelled_at is not None \
                and datetime.now(UTC) - status.relabelled_at < RELABELLED_SHOWN:
            line.append((7, put_in(self.tr("this computer is now %1"),
                                   self.computer(status.label))))
        refused = [r for r in (done.exchange.refused if done and done.exchange else [])
                   if r.reason not in (*_ignored(), _marked_gone())]
        if refused:
            line.append((8, plural(self.tr("%n file(s) not applied", "", len(refused)),
                                   len(refused))))
        self.line.set_parts(line)
        self.setToolTip(self._details(done) if done is not None else "")
        count = status.to_resolve if status is not None else 0
        count = count if self.to_resolve is None or status is None else self.to_resolve
        self.resolve.setVisible(count > 0)
        if count:
            self.resolve.setText('<a href="resolve">{}</a>'.format(
                plural(self.tr("%n note(s) to resolve", "", count), count)))

    def _sent_and_received(self, status: Status) -> list[tuple[int, str]]:
        parts = []
        if status.sent_at is not None:
            parts.append((4, put_in(self.tr("last change sent %1"),
                                    self._when(status.sent_at))))
        received = status.received
        if received is not None and received.applied_at is not None:
            parts.append((5, put_in(self.tr("received %1 from %2"),
                                    self._when(received.applied_at),
                                    self.computer(received.label))))
        return parts

    @staticmethod
    def _when(instant: datetime) -> str:
        """Today: the time ("10:14"); earlier: the date and time."""
        local = instant.astimezone()
        return clock(local) if local.date() == datetime.now().astimezone().date() \
            else moment(local)

    def _details(self, done: Round) -> str:
        status = done.status
        if status is None:
            return ""
        names = {c.device: self.computer(c.label) for c in status.computers}
        lines = [put_in(self.tr("Sync folder: %1"), str(status.folder)),
                 put_in(self.tr("This computer is %1."), self.computer(status.label))]
        if done.problem == "gone_here":
            lines.append(self.tr(
                "Another computer of the practice marked this one as gone, so what you "
                "change here no longer reaches the others. If that was a mistake, choose "
                "\"Not gone after all…\" for this computer in Settings on another computer; "
                "else join the practice from this one as a new computer."))
        if status.former_label and status.relabelled_at is not None:
            lines.append(put_in(self.tr(
                "This computer was %1 until %2 (another computer had joined with the same "
                "letter): numbers printed here before then carry the letter %3."),
                self.computer(status.former_label), moment(status.relabelled_at.astimezone()),
                status.former_label))
        for each in status.computers:
            if each.applied_at is not None:
                lines.append(put_in(self.tr("Last file from %1 applied %2."), names[each.device],
                                    self._when(each.applied_at)))
        exchange = done.exchange
        if exchange is not None:
            ignored = _ignored()
            # Files not applied, by computer and reason, without their names: the coach
            # acts on the reason ("type the new code"), not on a file.
            counted: dict[tuple[str, str], int] = {}
            for refused in exchange.refused:
                path = Path(refused.path)
                who = names.get(path.parent.name, self.computer(path.parent.name[:6]))
                if refused.reason in ignored:  # a sync tool's copy: its name finds it
                    lines.append(put_in(self.tr("Ignored: %1 (%2): %3"), path.name, who,
                                        QCoreApplication.translate("sync", refused.reason)))
                elif refused.reason != _marked_gone():
                    key = (who, refused.reason)
                    counted[key] = counted.get(key, 0) + 1
            for (who, reason), count in counted.items():
                lines.append(put_in(plural(self.tr("%n file(s) from %1 not applied: %2", "",
                                                   count), count),
                                    who, QCoreApplication.translate("sync", reason)))
            for entry in exchange.waiting:
                device, _, why = entry.partition(": ")
                if why != "refused":
                    lines.append(put_in(self.tr("A file from %1 waits for an earlier one."),
                                        names.get(device, self.computer(device[:6]))))
        return "\n".join(lines)
