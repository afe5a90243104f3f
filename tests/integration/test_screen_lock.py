"""The vault locks when the screen locks: a real D-Bus session, a real ScreenSaver signal."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import subprocess, sys
sys.path.insert(0, sys.argv[1])
import keyring
from tests.keyrings import MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from coachdesk import clients, vault as vaults
from coachdesk.paths import VaultLocation
from ui.main_window import MainWindow
location = VaultLocation.default()
vault = vaults.create(location, vaults.plan_keyring_vault())
clients.add(vault, clients.ClientDraft("Screen Lock"))
import time
window = MainWindow(location); window.show(); window.open_vault(vault)
opened = time.monotonic()  # listening starts once the unlocked window is drawn
while window.system_lock is None and time.monotonic() < opened + 1.0:
    app.processEvents()
print("listening", window.system_lock and window.system_lock.listening, flush=True)
def fire():
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True)
QTimer.singleShot(200, fire)
QTimer.singleShot(1500, app.quit)
app.exec()
print("locked" if window.vault is None and not vault.is_open
      and window.screens.currentWidget() is window.unlock_page else "still open", flush=True)
"""


def test_the_screen_saver_locking_the_screen_locks_the_vault(tmp_path):
    if shutil.which("dbus-run-session") is None or shutil.which("dbus-send") is None:
        pytest.fail("dbus-run-session and dbus-send (the dbus package) are needed")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "COACHDESK_HOME": str(tmp_path / "vault"), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    done = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", SCRIPT, str(ROOT)],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert "org.freedesktop.ScreenSaver" in done.stdout, done.stdout + done.stderr
    assert done.stdout.strip().endswith("locked"), done.stdout + done.stderr[-2000:]
