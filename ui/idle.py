"""Lock after a quiet spell: any key or mouse use in CoachDesk starts the count again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# Input methods (Japanese, Chinese, macOS dead keys) deliver typing as InputMethod
# events, not key presses: they count as activity too.
_USER_INPUT = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod,
               QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
               QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
               QEvent.Type.TabletMove}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns idle locking off."""
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.stop()
        if ms > 0:
            self.timer.setInterval(ms)
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT and self.timer.interval() > 0 and \
                self.timer.isActive():
            self.timer.start()  # start over
        return False
