"""A brief, calm confirmation after a save: one small banner per window that fades.

Every save can use it (``saved(widget, text)``): it is not a dialog, takes no focus,
lets clicks through, and never stacks: a second save replaces the first's words and
starts its time again. In the main window it sits at the left of the status bar's strip,
as one line as tall as the strip: it never covers a page's words or buttons, nor moves them (a
banner over the page hid text and buttons, and a click meant for one missed). A sentence too
long for the strip beside what the bar holds is not cut (the tryout read "…new pairing code
is in use. Type it … in Setti…"): it wraps, left-aligned, growing up from the strip's foot
over the page's lowest line for those seconds (clicks still pass through), and stays longer
in proportion to its words. A window
with no status bar (a dialog) shows it at its foot. It is in the calm green of
"something done" (the style sheet's ``#inlineMessage[tone="done"]``), and is read out
to screen readers as it appears. It is dropped at once when the window locks.

Its words say what was done, never a client's name or words: a window can be seen by
others, and the banner may still be fading as the screen locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QMainWindow, QWidget

SHOWN_MS = 2600  # long enough to read a short sentence, short enough not to linger
MS_PER_WORD = 300  # a slow reader's pace (200 words a minute), for longer sentences
FADE_MS = 400
MARGIN = 76  # from the window's foot: above the pages' buttons


class SaveNotice(QLabel):
    """The window's one confirmation banner; use :func:`saved` rather than this."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("inlineMessage")
        self.setProperty("tone", "done")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Confirmation"))
        self._opacity = QGraphicsOpacityEffect(self)
        self._opacity.setOpacity(1.0)
        self.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.finished.connect(self.hide)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self._fade.start)
        window.installEventFilter(self)
        locked = getattr(window, "locked", None)  # the main window's; a dialog has none
        if locked is not None:
            locked.connect(self.drop)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text`` now, for SHOWN_MS, then fade away."""
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        self.setText(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(max(SHOWN_MS, 1000 + MS_PER_WORD * len(text.split())))
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def drop(self) -> None:
        """Gone at once (the window locked)."""
        self._timer.stop()
        self._fade.stop()
        self.setText("")
        self.hide()

    def _place(self) -> None:
        """Bottom centre, where GNOME's in-app notices appear, lifted clear of the row of
        buttons every page keeps at its foot (and of the headings at its top)."""
        window = self.parentWidget()
        if window is None:
            return
        self.ensurePolished()  # the style sheet's padding counts in the size
        bar = window.statusBar() if isinstance(window, QMainWindow) else None
        if bar is not None and bar.isVisible():
            # One line in the status bar's own strip, as tall as it (no taller: a strip
            # that grew would move the page's buttons up under the mouse).
            self.setWordWrap(False)
            self.setStyleSheet("#inlineMessage { padding-top: 0px; padding-bottom: 0px; }")
            strip = bar.height()
            # At the strip's left, clear of what the bar holds on its right (a saved
            # file's Show in folder / Open).
            right = min([w.mapTo(window, QPoint(0, 0)).x() for w in bar.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if w.isVisible() and w is not self and w.x() > bar.width() // 3]
                + [window.width()])
            room = max(right - 2 * 12, 120)
            width = min(self.fontMetrics().horizontalAdvance(self.text()) + 48, room)
            top = bar.mapTo(window, QPoint(0, 0)).y()
            self.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setFixedSize(width, strip)
            if self.sizeHint().width() > width:  # too long for one line: wrapped, whole
                self.setStyleSheet("")
                self.setWordWrap(True)
                self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.setMinimumSize(0, 0)
                self.setMaximumSize(16_777_215, 16_777_215)
                height = max(self.heightForWidth(width), strip)
                self.setFixedSize(width, height)
                top = top + strip - height
            self.move(12, top)
            return
        self.setWordWrap(True)
        self.setStyleSheet("")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        width = min(max(self.fontMetrics().horizontalAdvance(self.text()) + 48, 240),
                    max(window.width() - 2 * MARGIN, 120))
        self.setFixedWidth(width)
        height = self.heightForWidth(width)
        self.setFixedHeight(height if height > 0 else self.sizeHint().height())
        self.move((window.width() - width) // 2, window.height() - self.height() - MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and self.isVisible():
            self._place()
        return False


def notice_for(widget: QWidget) -> SaveNotice:
    """The banner of ``widget``'s window, made the first time it is needed."""
    window = widget.window()
    for found in window.findChildren(SaveNotice, options=Qt.FindChildOption.FindDirectChildrenOnly):
        return found
    return SaveNotice(window)


def saved(widget: QWidget, text: str) -> None:
    """Confirm, briefly and calmly, that what ``widget``'s window just saved is kept."""
    notice_for(widget).say(text)
