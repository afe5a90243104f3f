"""Python's garbage collector, run only on the GUI thread.

The cyclic collector runs in whichever thread happens to allocate when its
threshold is crossed, the vault worker included. Freeing a cycle that holds a
Qt widget there destroys the widget off the GUI thread, and Qt crashes (seen in
this project's own test runs). So automatic collection is turned off and the
same thresholds are checked from a GUI-thread timer instead: the pattern of
the PySide and PyQt community's GarbageCollector.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose counts crossed their thresholds."""
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            generation = 0
            if second > self.threshold[1]:
                generation = 1
                if third > self.threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


_installed: GuiThreadGarbageCollector | None = None


def install(app: QObject) -> GuiThreadGarbageCollector:
    """Once per application: automatic collection off, collection on the GUI thread."""
    global _installed
    if _installed is None:
        _installed = GuiThreadGarbageCollector(app)
    return _installed
