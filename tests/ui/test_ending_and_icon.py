"""The app as the desktop treats it: SIGTERM (logout, shutdown) ends CoachDesk as Quit
does, and every window carries CoachDesk's icon."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coachdesk import clients, notes
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from ui import app as app_module
from ui import single_instance
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
WORDS = "She chose the harder conversation, and said so."

# CoachDesk started as `python main.py` starts it, on the test's vault (its key handed
# over on stdin into this process's own in-memory keyring). Once the vault is open, the
# coach opens her client, starts a note and types; the pause that saves a note is made
# an hour long here, so only the ending can keep the words.
CHILD = r"""
import sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import keyring
from keyrings import MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from coachdesk.vault import keystore
vault_id, key_hex, backend = sys.stdin.readline().split()
keystore.store_key(vault_id, bytes.fromhex(key_hex), backend)
import main
import ui.session_editor
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ui.session_editor.SAVE_AFTER_PAUSE_MS = 3_600_000
client_id, words = int(sys.argv[3]), sys.argv[4]

def ready():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    if window.vault is None:
        QTimer.singleShot(50, ready)
        return
    window.open_client(client_id)
    window.client_page.new_note()
    editor = window.client_page.editors[-1]
    QTest.keyClicks(editor.editor, words)
    print("typed", "unsaved" if editor.note is None else "saved", flush=True)

QTimer.singleShot(0, ready)
sys.exit(main.main([]))
"""


def _line(process: subprocess.Popen, timeout: float) -> str:
    """The child's next line of output, or "" if it says nothing in time."""
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    return process.stdout.readline() if ready else ""


def _answers_a_second_start(home: Path, child: subprocess.Popen, timeout: float) -> bool:
    """True once the CoachDesk started on ``home`` accepts a second start's connection
    (without asking it to raise its window); False if it ends or the time runs out."""
    from PySide6.QtNetwork import QLocalSocket

    name = single_instance._server_name(VaultLocation(home))
    deadline = time.monotonic() + timeout
    while child.poll() is None and time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.disconnectFromServer()
            return True
        socket.abort()
        time.sleep(0.1)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is how Linux and macOS end apps")
def test_sigterm_keeps_the_note_being_written_and_removes_the_lock_file(plan_and_vault):
    plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    location, backend = vault.location, vault.info.keyring_backend
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(location.folder))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(TESTS), str(client.id), WORDS],
        env=env, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    try:
        child.stdin.write(f"{plan.vault_id} {plan.key.key.hex()} {backend}\n")
        child.stdin.close()
        said = _line(child, 60)
        assert said.split() == ["typed", "unsaved"], said + child.stderr.read()
        assert location.lock_file.exists()  # the running CoachDesk holds its vault

        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=30) == 0, child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    assert not location.lock_file.exists()  # a clean ending leaves no lock behind
    reopened = vaults.unlock_with_keyring(location)  # closed cleanly: it opens at once
    try:
        kept = notes.get_many(reopened, notes.ids_for_client(reopened, client.id))
        assert [note.body for note in kept.values()] == [WORDS]
    finally:
        reopened.close()


def test_sigterm_before_anything_is_open_just_ends(qapp, tmp_path):
    """A coach logging out while the first-run wizard is open: CoachDesk ends at once,
    leaves no lock file and writes no vault."""
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(home),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lock = home / "coachdesk.lock"
        # Its event loop runs once it answers a second start (it listens from the loop,
        # after SIGTERM is watched): a fixed pause was too short on a busy machine.
        assert _answers_a_second_start(home, child, 60), "CoachDesk never started"
        assert lock.exists()
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert not lock.exists()
    assert not (home / "vault.coachdesk").exists()


def test_every_window_shows_the_coachdesk_icon(qtbot, vault, asked):
    app = QApplication.instance()
    app_module.show_the_icon(app)
    window = MainWindow(vault.location)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(vault)
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    window.open_client(client.id)
    window.client_page.new_note()  # the note editor is a window of its own
    editor = window.client_page.editors[-1]
    for shown in (window, editor):
        icon = shown.windowIcon()
        assert not icon.isNull()
        assert icon.cacheKey() == app.windowIcon().cacheKey()
    assert app.windowIcon().availableSizes()  # the PNG was found and read
    editor.close()
    window.close()
