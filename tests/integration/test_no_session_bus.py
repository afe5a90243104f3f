"""Started where there is no session bus (an X session without one), CoachDesk starts
none: asking Qt for it would make libdbus launch a dbus-daemon that outlives the app."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import uuid
from contextlib import suppress
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The app as CoachDesk starts it (the demo practice: no keyring needed), closed once it
# has opened and begun watching the system, the last thing an unlock starts.
APP = r"""
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from coachdesk.paths import VaultLocation
from ui.app import make_application, start
app = make_application(sys.argv[:1])
window, _wizard = start(app, VaultLocation.default(demo=True), demo=True)
def close_once_watching():
    if window.system_lock is not None:
        print("opened and watching", flush=True)
        QTimer.singleShot(500, window.close)  # the last window: CoachDesk quits
    else:
        QTimer.singleShot(50, close_once_watching)
QTimer.singleShot(50, close_once_watching)
app.exec()
print("quit", flush=True)
"""

# Run while the X server still runs (a bus launched for it ends with it): which processes
# started from this test's run are still there, by name.
LEFT = r"""
import os, sys
mark = sys.argv[1].encode()
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        with open(f"/proc/{pid}/environ", "rb") as env, open(f"/proc/{pid}/comm") as comm:
            if mark in env.read().split(b"\0"):
                print(pid, comm.read().strip(), flush=True)
    except OSError:
        pass
"""


def test_no_dbus_daemon_outlives_coachdesk_without_a_session_bus(tmp_path):
    if shutil.which("xvfb-run") is None or shutil.which("dbus-launch") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have xvfb-run and dbus-launch (dbus-x11) for this test")
        pytest.skip("xvfb-run or dbus-launch is not installed")
    mark = f"COACHDESK_RUN={uuid.uuid4().hex}"
    env = {key: value for key, value in os.environ.items()
           if key not in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "QT_QPA_PLATFORM")}
    env.update(QT_QPA_PLATFORM="xcb", HOME=str(tmp_path), COACHDESK_HOME=str(tmp_path / "v"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), APP=APP, LEFT=LEFT)
    env[mark.split("=")[0]] = mark.split("=")[1]
    script = (f'"{sys.executable}" -c "$APP" "{ROOT}"; sleep 1; '
              f'"{sys.executable}" -c "$LEFT" "{mark}"')
    done = subprocess.run(["xvfb-run", "-a", "sh", "-c", script], env=env,
                          capture_output=True, text=True, timeout=180, cwd=ROOT)
    lines = done.stdout.splitlines()
    left = [line for line in lines if line.split()[-1] in ("dbus-daemon", "dbus-launch")]
    for line in left:  # this run started them: end them, whatever the outcome
        with suppress(ProcessLookupError):
            os.kill(int(line.split()[0]), signal.SIGKILL)
    assert lines[:2] == ["opened and watching", "quit"], done.stdout + done.stderr[-2000:]
    assert left == [], f"left running after CoachDesk quit: {left}"
