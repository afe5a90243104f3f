"""Work still running as CoachDesk ends must let it end: the worker's last word has nobody
to reach, and a crash report from the worker is printed, never shown in a window there
(a window opened off the GUI thread hung the quitting app)."""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import Shiboken

from ui import app as app_module
from ui import ops


def test_a_crash_on_the_worker_is_printed_and_never_opens_a_window(qapp, capfd):
    finished = threading.Event()

    def crash() -> None:
        try:
            raise ValueError("Lea's words")
        except ValueError:
            app_module._report_crash(*sys.exc_info())
        finished.set()

    worker = threading.Thread(target=crash, daemon=True)
    worker.start()
    worker.join(10)
    assert finished.is_set()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]
    said = capfd.readouterr().err
    assert "unexpected ValueError" in said and "Lea" not in said


def test_work_that_outlives_its_window_ends_quietly(qapp, capfd):
    release = threading.Event()
    heard: list[object] = []
    ops.run(lambda: release.wait(10) and "done", success=heard.append)
    relay = next(iter(ops._running))
    Shiboken.delete(relay)  # what the end of the application does to it
    release.set()
    assert ops.wait_for_all(10_000)
    qapp.processEvents()
    ops._running.discard(relay)
    assert heard == [] and "RuntimeError" not in capfd.readouterr().err
