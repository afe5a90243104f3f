"""The project's own promises: the README's two commands, CI running the test one,
ruff staying clean and mypy finding no wrong type."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text.split("\n## ", 1)[0]
    return re.findall(r"```(?:sh|bash)\n(.+?)\n```", head, re.DOTALL)


def test_readme_starts_with_exactly_two_commands():
    commands = readme_commands()
    assert len(commands) == 2
    start, test = commands
    assert "main.py" in start and "pip install" in start
    assert "pytest" in test and "'.[test]'" in test


def test_ci_runs_the_readme_test_command_word_for_word():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_ci_installs_every_package_the_readme_asks_a_coach_for():
    """CI runs on what a coach has: the README's Linux packages (its emoji font too)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    asked = re.search(r"`sudo apt-get install ([^`]+)`", readme).group(1).split()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = re.search(r"packages=\((.*?)\n\)", ci, re.DOTALL).group(1).split()
    assert "fonts-noto-color-emoji" in asked
    assert [p for p in asked if p not in listed] == []


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    result = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_wrong_type():
    """As pyproject.toml's [tool.mypy] says: strict over coachdesk/, the default over ui/."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
