"""On a real X server, CoachDesk's windows carry its icon (_NET_WM_ICON), which task bars
and window switchers show: checked on the first window a new coach sees (the first-run
wizard), started as `python main.py` starts it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# main.main() on an empty folder (the wizard shows); 1.5 s on, every visible window's
# _NET_WM_ICON is read back from the X server through Xlib, and the app quits.
CHILD = r"""
import ctypes, sys
sys.path.insert(0, sys.argv[1])
import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def icon_sizes(window_id):
    x = ctypes.CDLL("libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong,
        ctypes.c_long, ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong))]
    display = x.XOpenDisplay(None)
    atom = x.XInternAtom(display, b"_NET_WM_ICON", 0)
    kind, fmt = ctypes.c_ulong(), ctypes.c_int()
    count, left = ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.POINTER(ctypes.c_ulong)()
    x.XGetWindowProperty(display, window_id, atom, 0, 1 << 24, 0, 0, ctypes.byref(kind),
                         ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(left),
                         ctypes.byref(data))
    values, sizes, at = [data[i] for i in range(count.value)], [], 0
    while at + 2 <= len(values):  # width, height, then width * height pixels
        width, height = values[at], values[at + 1]
        sizes.append(f"{width}x{height}")
        at += 2 + width * height
    return sizes

def check():
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            print(type(window).__name__, *icon_sizes(int(window.winId())), flush=True)
    QApplication.instance().quit()

QTimer.singleShot(0, lambda: QTimer.singleShot(1500, check))  # once Qt runs
main.main([])
"""


def test_the_first_window_carries_the_coachdesk_icon_on_x11(tmp_path):
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have xvfb-run for the window icon test")
        pytest.skip("xvfb-run is not installed")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(QT_QPA_PLATFORM="xcb", COACHDESK_HOME=str(tmp_path / "home"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", CHILD, str(ROOT)],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    shown = [line.split() for line in done.stdout.splitlines() if line.strip()]
    assert shown, done.stdout + done.stderr
    for name, *sizes in shown:
        assert {"16x16", "32x32", "48x48", "256x256"} <= set(sizes), (name, sizes)
    assert "FirstRunWizard" in [name for name, *_ in shown]
