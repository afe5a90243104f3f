"""Lock after a quiet spell: any key or mouse use in CoachDesk starts the count again.

A lock nobody asked for (idle, the screen locking, the computer sleeping) closes open
forms without asking; after unlocking the coach is told which, and which notes could
not be saved, so nothing goes missing without a word; a session it cut short is named,
with its summary offered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

# Input methods (Japanese, Chinese, macOS dead keys) deliver typing as InputMethod
# events, not key presses: they count as activity too.
_USER_INPUT = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod,
               QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
               QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
               QEvent.Type.TabletMove}

WATCH_AFTER_MS = 1000


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._app = app
        self._filtering = False

    def set_minutes(self, minutes: int) -> None:
        """0 turns idle locking off."""
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.stop()
        if ms > 0:
            self.timer.setInterval(ms)
            self.timer.start()
            # Watching starts once the window has drawn: the first event of each kind a
            # Python filter sees costs a one-time setup (about 20 ms for a first paint's
            # worth), which would otherwise delay the unlocked window. Use in that second
            # counts for nothing, so the lock may come up to a second early.
            QTimer.singleShot(WATCH_AFTER_MS, self, self._start_watching)
        else:
            self._filter(False)

    def _start_watching(self) -> None:
        if self.timer.isActive():
            self._filter(True)

    def stop(self) -> None:
        self.timer.stop()
        self._filter(False)

    def _filter(self, on: bool) -> None:
        """Watch the app's events only while counting: a Python event filter sees every
        event Qt delivers, which would slow building the window and every repaint."""
        if on and not self._filtering:
            self._app.installEventFilter(self)
        elif not on and self._filtering:
            self._app.removeEventFilter(self)
        self._filtering = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT and self.timer.isActive():
            self.timer.start()  # start over
        return False


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def unsaved_forms(window: QWidget) -> list[str]:
    """The titles of the window's open forms holding changes not saved (a lock about to
    close them without asking)."""
    found = []
    for dialog in window.findChildren(QDialog):
        has_changes = getattr(dialog, "has_changes", None)
        if dialog.isVisible() and callable(has_changes) and has_changes():
            found.append(dialog.windowTitle())
    return found


def tell_what_was_lost(window: QWidget, lost_notes: int, forms: list[str]) -> None:
    """After unlocking: what the lock could not keep (nothing said when nothing was lost);
    then, once the window is up, a session it cut short (``offer_cut_short``)."""
    from ui import ask

    offer_cut_short(window, getattr(window, "vault", None))

    said = []
    if lost_notes:
        said.append(QCoreApplication.translate(
            "IdleLock", "Open notes the vault refused to save when CoachDesk locked (too "
            "large, or the disk was full): %n. Their unsaved text was cleared from the "
            "screen with everything else.", None, lost_notes))
    if forms:
        said.append(tr("Closed when CoachDesk locked, with changes that were not saved: "
                       "%1. Those changes need entering again.")
                    .replace("%1", ", ".join(forms)))
    if said:
        said.append(tr("What was saved before is safe."))
        ask.warn(window, tr("A note was not saved") if lost_notes and not forms
                 else tr("Unsaved changes were discarded"), " ".join(said))


def offer_cut_short(window: QWidget, vault) -> None:
    """After unlocking or at start, once the window is up: a session a lock or Quit cut
    short is named, and its summary offered (ui.dialogs.session_end)."""
    def offer() -> None:
        from coachdesk import sessions

        if getattr(window, "vault", None) is not vault or vault is None:
            return
        if sessions.cut_short_sessions(vault):
            from ui.dialogs.session_end import offer_cut_short as offer_now

            offer_now(window, vault)

    QTimer.singleShot(0, window, offer)
