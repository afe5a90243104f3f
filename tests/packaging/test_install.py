"""Installed like an app: `pipx install .` gives a `coachdesk` command that finds its style
sheet, agreement templates and icon, and on Linux the desktop file names that command and
that icon."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from ui import app as app_module

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_coachdesk_command_runs_and_finds_its_resources(tmp_path):
    """The package as pipx installs it (a wheel, not this source tree): its command prints
    the version and passes the self-test, and the style sheet, agreement templates and
    icon are read from the installed copy."""
    wheels, site, source = tmp_path / "wheels", tmp_path / "site", tmp_path / "source"
    # Built from a copy of the files git keeps: setuptools builds inside the tree it is
    # given, and a build/ folder left by an earlier build would slip removed files in.
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], check=True,
                             capture_output=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)], check=True,
                   capture_output=True, timeout=600, cwd=tmp_path)
    (wheel,) = wheels.glob("coachdesk-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    command = site / "bin" / "coachdesk"
    assert command.exists()
    # Only the installed copy on the path (the dependencies come from this environment).
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    version = subprocess.run([str(command), "--version"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, timeout=60)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert version.stdout.strip() == f"CoachDesk {project['version']}", version.stderr

    found = subprocess.run(
        [sys.executable, "-c", "import main, ui.app, ui.theme, coachdesk.agreements as a; "
         "print(main.__file__); print(ui.app.ICON); print(ui.theme.RESOURCES / 'style.qss'); "
         "print(*sorted(p.name for p in a.TEMPLATES.glob('*.json')))"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=True)
    source, icon, sheet, templates = found.stdout.splitlines()
    for path in (source, icon, sheet):
        assert Path(path).is_relative_to(site) and Path(path).is_file(), path
    # Every template and sentence file, in each language (issue 16), reaches the wheel.
    shipped = sorted(p.name for p in (ROOT / "resources" / "agreements").glob("*.json"))
    assert templates.split() == shipped and "three_party.de.json" in shipped

    checked = subprocess.run([str(command), "--self-test"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, timeout=180)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith("self-test passed")


def test_the_desktop_file_starts_the_command_with_the_icon():
    """resources/<app id>.desktop, as the README installs it: it runs the `coachdesk`
    command, shows the icon installed as `coachdesk`, and is the one the app names."""
    desktop = ROOT / "resources" / f"{app_module.DESKTOP_FILE}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(desktop, encoding="utf-8")
    fields = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["scripts"]
    assert fields["Type"] == "Application" and fields["Name"] == "CoachDesk"
    assert fields["Exec"].split()[0] in scripts
    assert fields["Icon"] == "coachdesk" and app_module.ICON.name == "coachdesk.png"
    assert fields["Terminal"] == "false"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"resources/{desktop.name}" in readme and "resources/coachdesk.png" in readme
    if shutil.which("desktop-file-validate") is not None:  # desktop-file-utils, if installed
        checked = subprocess.run(["desktop-file-validate", str(desktop)],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
