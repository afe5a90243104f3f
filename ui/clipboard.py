"""What CoachDesk puts on the clipboard does not stay there (after KeePassXC).

Text copied out of CoachDesk (a passage for an email, a phone number) is cleared
on Lock and Quit, and a set time after it was copied; but only while the
clipboard still holds what CoachDesk put there: something copied from another
app since then is the coach's, and left alone. On X11 the selection (what is
highlighted, pasted with the middle button) is treated the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication


def forget_clipboard() -> None:
    """Clear what CoachDesk put on the clipboard (or the X11 selection), and only that."""
    board = QApplication.clipboard()
    if board.ownsClipboard():
        board.clear(QClipboard.Mode.Clipboard)
    if board.supportsSelection() and board.ownsSelection():
        board.clear(QClipboard.Mode.Selection)


class ClipboardGuard(QObject):
    """Clears CoachDesk's own copy ``seconds`` after it was made (0: only at Lock/Quit)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(forget_clipboard)
        self.seconds = 0
        board = QApplication.clipboard()
        board.dataChanged.connect(self._copied)
        board.selectionChanged.connect(self._copied)

    def set_seconds(self, seconds: int) -> None:
        self.seconds = max(seconds, 0)
        if not self.seconds:
            self.timer.stop()

    def _copied(self) -> None:
        """Something was copied (here or in another app): count again from now, if it
        is CoachDesk's; the timeout clears only what CoachDesk still owns."""
        board = QApplication.clipboard()
        ours = board.ownsClipboard() or (board.supportsSelection() and board.ownsSelection())
        if ours and self.seconds:
            self.timer.start(self.seconds * 1000)

    def stop(self) -> None:
        self.timer.stop()
