"""A sqlcipher3 built against plain SQLite (no encryption) is refused at start.

The fresh process finds a module named ``sqlcipher3`` that is stdlib sqlite3, as a
broken install or a wrong wheel would give: CoachDesk must say it cannot encrypt,
exit, and write nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PLAIN = """# sqlcipher3's name over plain SQLite: everything works, nothing is encrypted
import sqlite3
from sqlite3 import *  # noqa: F403
from sqlite3 import dbapi2  # noqa: F401
"""

SCRIPT = r"""
import sys
sys.path.insert(0, sys.argv[2])  # the plain build first
sys.path.insert(1, sys.argv[1])
import sqlcipher3
assert sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone() is None
from ui import ask
ask.set_next_answers(True)  # the warning is shown and dismissed
import main
rc = main.main([])
print("rc", rc)
for title, text in ask.shown:
    print(title, "|", text)
"""


def test_a_build_without_sqlcipher_says_so_and_writes_nothing(tmp_path):
    shim = tmp_path / "plain"
    (shim / "sqlcipher3").mkdir(parents=True)
    (shim / "sqlcipher3" / "__init__.py").write_text(PLAIN)
    home = tmp_path / "CoachDesk"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "COACHDESK_HOME": str(home), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), str(shim)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    lines = done.stdout.splitlines()
    assert "rc 2" in lines, done.stdout + done.stderr
    [said] = [line for line in lines if line.startswith("CoachDesk cannot start |")]
    assert "no working SQLCipher" in said and "cannot encrypt" in said
    assert not home.exists() or not any(home.iterdir())  # no vault, no lock, nothing
