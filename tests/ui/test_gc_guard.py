"""Garbage collection happens on the GUI thread only (a worker-thread collection that
freed a Qt widget crashed this test suite once)."""

from __future__ import annotations

import gc
import threading
import weakref

from ui import gc_guard, ops


def test_collection_is_off_automatically_and_done_by_the_gui_timer(qapp):
    guard = gc_guard.install(qapp)
    assert not gc.isenabled()

    class Node:
        pass

    seen_on: list[str] = []

    def make_garbage() -> None:  # on the worker: cycles pile up, nothing is collected
        for _ in range(guard.threshold[0] * 2):
            a, b = Node(), Node()
            a.other, b.other = b, a
        seen_on.append(threading.current_thread().name)

    probe = Node()
    probe.me = probe
    alive = weakref.ref(probe)
    del probe
    done = []
    ops.run(make_garbage, success=done.append, failure=done.append)
    ops.wait_for_all()
    qapp.processEvents()
    assert seen_on and seen_on[0] != threading.main_thread().name
    assert alive() is not None  # the worker's allocations did not trigger a collection
    guard.check()  # what the GUI-thread timer does every second
    assert alive() is None
