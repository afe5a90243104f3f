"""The installable app: PyInstaller builds the one-folder CoachDesk and its self-test passes.

This is the build a coach installs (on Linux here; the spec also carries the
macOS bundle and Windows settings). The folder's size is printed for the README.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (PyInstaller links some libraries twice)."""
    return sum(p.stat().st_size for p in path.rglob("*")
               if p.is_file() and not p.is_symlink())


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux build is the one tested here")
def test_the_built_app_passes_its_self_test(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pyinstaller = Path(shutil.which("pyinstaller") or "pyinstaller")
    built = subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR",
                            "--distpath", str(tmp_path / "dist"),
                            "--workpath", str(tmp_path / "build"),
                            str(ROOT / "pyinstaller.spec")],
                           capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert built.returncode == 0, built.stderr[-3000:]
    app = tmp_path / "dist" / "CoachDesk"
    executable = app / "CoachDesk"
    assert executable.exists()
    done = subprocess.run([str(executable), "--self-test"], capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                            "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    for step in ("create an encrypted vault", "write", "read back", "search",
                 "render a PDF", "back up and verify"):
        assert f"ok   {step}" in done.stdout
    assert done.stdout.strip().endswith("self-test passed")
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True,
                             timeout=60)
    assert version.stdout.startswith("CoachDesk ")
    size = folder_size(app)
    print(f"\nbuilt app folder: {size / 1048576:.0f} MB")
    assert size < 160 * 1048576  # 144 MB on Linux (187 MB before the plugins and symbols went)
    # Qt plugins CoachDesk never loads stay out (PySide6's hooks bring them in).
    plugins = app / "_internal" / "PySide6" / "Qt" / "plugins"
    assert {p.name for p in plugins.iterdir()}.isdisjoint(
        {"imageformats", "iconengines", "tls", "networkinformation", "generic"})
    assert {p.name for p in (plugins / "platforms").iterdir()} == {
        "libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    # Nothing for tests or development went into the app.
    inside = {p.name for p in (app / "_internal").iterdir()}
    assert not inside & {"pytest", "hypothesis", "PyInstaller", "apsw"}
