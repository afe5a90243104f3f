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

MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def _ours(mode: QClipboard.Mode) -> bool:
    """Whether the clipboard (or the X11 selection) still holds what CoachDesk put there."""
    board = QApplication.clipboard()
    if mode == QClipboard.Mode.Clipboard:
        return board.ownsClipboard()
    return board.supportsSelection() and board.ownsSelection()


def _clear_if_ours(mode: QClipboard.Mode) -> None:
    if _ours(mode):
        QApplication.clipboard().clear(mode)


def forget_clipboard() -> None:
    """Clear what CoachDesk put on the clipboard (or the X11 selection), and only that."""
    for mode in MODES:
        _clear_if_ours(mode)


class ClipboardGuard(QObject):
    """Clears CoachDesk's own copy ``seconds`` after it was made (0: only at Lock/Quit).

    The clipboard and the X11 selection each have their own count: highlighting text
    (which sets the selection) never postpones clearing a copied passage.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = 0
        board = QApplication.clipboard()
        self.timers = {mode: QTimer(self) for mode in MODES}
        for mode, timer in self.timers.items():
            timer.setSingleShot(True)
            timer.timeout.connect(lambda m=mode: _clear_if_ours(m))
        board.dataChanged.connect(lambda: self._copied(QClipboard.Mode.Clipboard))
        board.selectionChanged.connect(lambda: self._copied(QClipboard.Mode.Selection))

    def set_seconds(self, seconds: int) -> None:
        self.seconds = max(seconds, 0)
        if not self.seconds:
            self.stop()

    def _copied(self, mode: QClipboard.Mode) -> None:
        """Something was copied (here or in another app): count again from now, if it
        is CoachDesk's; the timeout clears only what CoachDesk still owns."""
        if _ours(mode) and self.seconds:
            self.timers[mode].start(self.seconds * 1000)

    def stop(self) -> None:
        for timer in self.timers.values():
            timer.stop()
