"""Ending when the system asks: SIGTERM (logout, shutdown, `kill`) is handled like Quit.

Without this, SIGTERM ends the process at once: the note being written loses what was
typed since its last save, the vault is not closed, and the lock file stays behind.
Python runs a signal handler only between bytecodes, and Qt's event loop may sleep in C
for minutes, so the signal is carried into the event loop the usual Qt way: the C-level
handler writes the signal's number to a socket (``signal.set_wakeup_fd``) that a
``QSocketNotifier`` watches. Nobody is there to answer a question at logout, so the
window ends without asking (ui.main_window.MainWindow.end_now).
"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QObject, QSocketNotifier, Signal


class EndRequests(QObject):
    """Emits ``requested`` on the GUI thread when the process receives SIGTERM."""

    requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = os.pipe()  # a pipe: `socket` costs a start 2 ms
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        # A Python handler (not the default, which ends the process at once); the work is
        # done from the event loop, when the notifier sees the signal's byte.
        self._previous_handler = signal.signal(signal.SIGTERM, lambda _number, _frame: None)
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)

    def _woken(self) -> None:
        try:
            numbers = os.read(self._reader, 64)
        except OSError:
            return
        if signal.SIGTERM in numbers:
            self.requested.emit()

    def stop(self) -> None:
        """Give SIGTERM back to its previous handler (the app has ended its event loop)."""
        signal.set_wakeup_fd(self._previous_fd)
        signal.signal(signal.SIGTERM, self._previous_handler)
        self._notifier.setEnabled(False)
        os.close(self._reader)
        os.close(self._writer)


def watch(parent: QObject | None = None) -> EndRequests | None:
    """SIGTERM handled through the event loop, where the platform sends it (not Windows,
    whose logout reaches Qt as the windows' close events)."""
    if sys.platform == "win32":
        return None
    return EndRequests(parent)
