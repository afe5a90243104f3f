"""The real thing: a vault's key kept by gnome-keyring through the Secret Service
API, on a private D-Bus session, read back by a fresh process.

With CI=true this must run; elsewhere it skips, saying why, when gnome-keyring
or dbus-run-session is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HELPER = Path(__file__).with_name("keyring_helper.py")
pytestmark = pytest.mark.secret_service


@pytest.fixture
def secret_service(tmp_path):
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon")
               if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have a real Secret Service; missing: {', '.join(missing)}")
        pytest.skip(f"no real Secret Service here ({', '.join(missing)} not installed)")
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime),
               XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CONFIG_HOME=str(home / ".config"), KEYRING_PASSWORD="coachdesk-ci")
    script = (
        'echo "$DBUS_SESSION_BUS_ADDRESS"; '
        'printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets '
        '>/dev/null; echo ready; exec sleep 600'
    )
    session = subprocess.Popen(["dbus-run-session", "--", "sh", "-c", script], env=env,
                               stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        address = session.stdout.readline().strip()
        assert session.stdout.readline().strip() == "ready"
        assert address, "dbus-run-session gave no bus address"
        env.pop("KEYRING_PASSWORD")
        env.update(DBUS_SESSION_BUS_ADDRESS=address,
                   COACHDESK_HOME=str(tmp_path / "CoachDesk"),
                   PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")
        yield env
    finally:
        os.killpg(session.pid, signal.SIGTERM)
        session.wait(timeout=30)
        subprocess.run(["pkill", "-f", f"gnome-keyring-daemon.*{runtime}"], check=False)


def helper(env, step, *args):
    result = subprocess.run([sys.executable, str(HELPER), step, *args], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_key_kept_by_gnome_keyring_opens_the_vault_in_a_fresh_process(secret_service):
    (vault_id,) = helper(secret_service, "create")
    backend, key_length, names = helper(secret_service, "open")
    assert backend == "keyring.backends.SecretService.Keyring"
    assert key_length == "64"  # the key as 64 hex characters
    assert names == "Secret Service Client"
    info = (Path(secret_service["COACHDESK_HOME"]) / "vault.json").read_text()
    assert vault_id in info and "SecretService" in info


def test_a_start_asks_only_the_keyring_named_for_the_vault(secret_service):
    """No backend is pinned here (as on a coach's desktop): the start loads the one
    named in the info file instead of keyring's search of every backend (65 ms)."""
    helper(secret_service, "create")
    env = {k: v for k, v in secret_service.items() if k != "PYTHON_KEYRING_BACKEND"}
    assert helper(env, "open-as-at-start") == ["asked only its own"]


def test_locked_collection_asks_for_the_recovery_code(secret_service):
    helper(secret_service, "create")
    asked, message, answered = helper(secret_service, "lock-and-open")
    assert asked == "asked:recovery"
    assert message.startswith("The system keyring is locked.")
    assert answered == "keyring answered: True"  # the quick read leaves a locked one to it


def test_a_new_computer_restores_a_backup_and_gnome_keyring_keeps_its_key(secret_service,
                                                                          tmp_path):
    """A laptop that died: its backup folder and its recovery code bring the practice back,
    and from then on the new computer's keyring opens it by itself, in a fresh process."""
    folder = tmp_path / "synced" / "CoachDesk backups"
    (code,) = helper(secret_service, "old-laptop", str(tmp_path / "old-laptop"), str(folder))
    assert not (tmp_path / "old-laptop").exists()
    assert helper(secret_service, "restore-new-computer", str(folder), code) == [
        "kept: True in keyring.backends.SecretService.Keyring"]
    backend, key_length, names = helper(secret_service, "open")
    assert backend == "keyring.backends.SecretService.Keyring" and key_length == "64"
    assert names == "Secret Service Client"
    info = json.loads((Path(secret_service["COACHDESK_HOME"]) / "vault.json").read_text())
    assert info["backup_folder"] == str(folder) and info["key_mode"] == "keyring"


def test_a_start_reads_the_key_keyring_stored_without_importing_keyring(secret_service):
    """The quick Secret Service read at start (about 100 ms less than keyring's import)
    finds the very key keyring's own backend stored, in a fresh process."""
    helper(secret_service, "create")
    env = {k: v for k, v in secret_service.items() if k != "PYTHON_KEYRING_BACKEND"}
    assert helper(env, "open-quickly") == ["Secret Service Client", "keyring imported: False"]


def test_the_key_asked_for_while_qt_loads_opens_the_vault(secret_service):
    """main.py asks for a Secret Service key before it imports Qt; the opening takes
    that answer (the collection, locked after it came, is not asked again) and keyring
    is never imported."""
    helper(secret_service, "create")
    env = {k: v for k, v in secret_service.items() if k != "PYTHON_KEYRING_BACKEND"}
    assert helper(env, "open-read-ahead") == ["Secret Service Client",
                                              "keyring imported: False"]


def test_a_key_read_ahead_for_an_opening_that_is_refused_does_not_wait_in_memory(
        secret_service):
    """The folder is refused (others may write to it) before the key is asked for: the
    key read ahead at launch is dropped with that opening, not kept for later."""
    helper(secret_service, "create")
    env = {k: v for k, v in secret_service.items() if k != "PYTHON_KEYRING_BACKEND"}
    refused, waiting = helper(env, "read-ahead-refused")
    assert refused.startswith("refused: ") and waiting == "keys waiting: 0"


def test_a_key_asked_for_ahead_but_forgotten_is_left_to_keyring(secret_service):
    helper(secret_service, "create")
    helper(secret_service, "forget")
    assert helper(secret_service, "try-open-read-ahead") == ["asked:recovery",
                                                             "keyring answered: True"]


def test_a_forgotten_key_is_left_to_keyring_and_asks_for_the_recovery_code(secret_service):
    helper(secret_service, "create")
    helper(secret_service, "forget")
    assert helper(secret_service, "try-open") == ["asked:recovery", "keyring answered: True"]


def test_no_default_collection_is_left_to_keyring(secret_service):
    """Without a "default" alias keyring's backend makes a default collection, which the
    quick read never does: it steps aside, and keyring's own answer stands (gnome-keyring
    gives it the login collection back, and the vault opens)."""
    helper(secret_service, "create")
    helper(secret_service, "drop-default-alias")
    assert helper(secret_service, "try-open") == ["opened", "keyring answered: True"]


def test_a_key_kept_by_another_backend_is_asked_of_that_backend_only(secret_service):
    """The info file names another keyring: the Secret Service, holding a wrong key under
    the same vault id, is never read."""
    names, backend = helper(secret_service, "other-backend")
    assert names == "Kept elsewhere"
    assert backend == "keyrings.MemoryKeyring"


def test_keyring_settings_in_the_environment_leave_the_read_to_keyring(secret_service):
    """KEYRING_PROPERTY_* change what keyring's backend asks (another collection here):
    the quick read steps aside and keyring's own answer stands."""
    helper(secret_service, "create")
    env = dict(secret_service, KEYRING_PROPERTY_PREFERRED_COLLECTION=(
        "/org/freedesktop/secrets/collection/nowhere"))
    assert helper(env, "try-open") == ["asked:recovery", "keyring answered: True"]
