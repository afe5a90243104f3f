"""Through the real accessibility bus, as a screen reader on Linux reads it: CoachDesk
started on the demo practice (``main.py --demo``) on an X server (Xvfb), with Qt's
AT-SPI bridge always on, and its tree read by a separate process with pyatspi. It must
show the main window, the sidebar's sections by name, and a client by name.

Each run has its own D-Bus session (dbus-run-session) and its own accessibility bus
(at-spi-bus-launcher), so nothing else in the suite sees a session bus. With CI=true
this must run (.ci/run installs at-spi2-core and python3-pyatspi); elsewhere it skips,
saying what is missing.
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

ROOT = Path(__file__).resolve().parents[2]
READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-pyatspi is installed for it
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
SECTIONS = ["Today", "Clients", "Sponsors", "Agreements", "Sessions", "Reports",
            "Credentials", "Settings"]

# The app and the reader, side by side on one private session bus and X display.
SCRIPT = """
"$LAUNCHER" --launch-immediately &
"$APP_PYTHON" "$ROOT/main.py" --demo > "$WORK/app.log" 2>&1 &
app=$!
"$SYSTEM_PYTHON" "$READER" CoachDesk 90 "$WORK/clients.json" > "$WORK/tree.json"
status=$?
kill $app 2>/dev/null
wait $app
exit $status
"""


def launcher() -> str | None:
    found = [p for p in LAUNCHERS if os.access(p, os.X_OK)]
    return found[0] if found else shutil.which("at-spi-bus-launcher")


def missing_parts() -> list[str]:
    missing = [tool for tool in ("xvfb-run", "dbus-run-session") if shutil.which(tool) is None]
    if launcher() is None:
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    if not os.access(SYSTEM_PYTHON, os.X_OK) or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        missing.append("pyatspi for /usr/bin/python3 (python3-pyatspi)")
    return missing


@pytest.fixture
def accessibility_parts():
    missing = missing_parts()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must read CoachDesk through AT-SPI; missing: {', '.join(missing)}")
        pytest.skip(f"no accessibility bus here ({', '.join(missing)} not installed)")


def demo_client_names(home: Path) -> list[str]:
    """The demo practice, made here first (the app then opens it as a coach's second
    start does), and the names of its clients."""
    code = (
        "import json, sys\n"
        "from coachdesk import clients, demo\n"
        "from coachdesk.paths import VaultLocation\n"
        "vault = demo.open_or_create(VaultLocation.default(demo=True))\n"
        "names = [c.name for c in clients.get_many(vault, clients.list_ids(vault)).values()]\n"
        "vault.close()\n"
        "print(json.dumps(names))\n")
    made = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "COACHDESK_HOME": str(home)})
    assert made.returncode == 0, made.stderr
    return json.loads(made.stdout)


def test_a_screen_reader_finds_the_window_the_sections_and_a_client(accessibility_parts,
                                                                    tmp_path):
    home, runtime = tmp_path / "CoachDesk", tmp_path / "run"
    runtime.mkdir(mode=0o700)
    names = demo_client_names(home)
    assert len(names) > 10
    (tmp_path / "clients.json").write_text(json.dumps(names), encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DBUS_", "QT_QPA", "AT_SPI", "GNOME_KEYRING"))}
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               COACHDESK_HOME=str(home), XDG_RUNTIME_DIR=str(runtime),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # the demo needs none
               LAUNCHER=str(launcher()), APP_PYTHON=sys.executable, ROOT=str(ROOT),
               WORK=str(tmp_path), SYSTEM_PYTHON=SYSTEM_PYTHON, READER=str(READER))
    run = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--",
         "sh", "-c", SCRIPT], env=env, cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        said, _ = run.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        said, _ = run.communicate()
        pytest.fail(f"the accessibility run did not end:\n{said}")
    log = (tmp_path / "app.log").read_text(errors="replace") if (tmp_path / "app.log").exists() \
        else ""
    assert run.returncode == 0, f"{said}\n{log}"
    tree = json.loads((tmp_path / "tree.json").read_text(encoding="utf-8"))
    assert tree["application"] == "CoachDesk"
    assert "CoachDesk" in tree["windows"], tree["windows"]  # the window's title, no client
    assert tree["sidebar"] == [["list item", name] for name in SECTIONS]
    assert tree["client"] is not None, f"no row names a client\n{log}"
    role, row = tree["client"]
    assert role in ("list item", "table cell") and any(row.startswith(n) for n in names)
