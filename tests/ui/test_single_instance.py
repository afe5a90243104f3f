"""A second CoachDesk on the same vault raises the first window, or says it is open."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ui.main_window import MainWindow
from ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def test_second_start_raises_the_first_window(qtbot, location):
    first = SingleInstance(location)
    assert first.acquire()
    window = MainWindow(location)
    qtbot.addWidget(window)
    first.raise_requested.connect(window.bring_to_front)
    window.showMinimized()

    second = SingleInstance(location)
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.ask_running_to_raise()
    qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized())
    first.release()
    third = SingleInstance(location)
    assert third.acquire()  # free again once the first has gone
    third.release()


def test_second_process_says_coachdesk_is_already_open(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(tmp_path / "home"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    first = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lock = tmp_path / "home" / "coachdesk.lock"
        deadline = time.monotonic() + 30
        while not lock.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert lock.exists(), "the first CoachDesk never started"
        # At once: the first may not listen yet (it draws its window first); the second
        # keeps asking for a moment rather than saying it cannot reach it.
        second = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "CoachDesk is already open with this vault" in second.stdout
        assert "its window was brought to the front" in second.stdout
        assert first.poll() is None  # the first one is still running
        assert not (tmp_path / "home" / "vault.coachdesk").exists()
    finally:
        first.terminate()
        first.wait(timeout=30)
