"""The restore journeys' words can be translated: Qt's own extractor finds them, in the UI
(tr) and in the core (QT_TRANSLATE_NOOP), counts as plural forms, and no literal text
reaches the screen in those modules without passing through tr()."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESTORE_UI = [ROOT / "ui" / "wizard_restore.py", ROOT / "ui" / "restoring.py",
              ROOT / "ui" / "dialogs" / "recovery.py"]
RESTORE_CORE = [ROOT / "coachdesk" / "vault" / "restoring.py"]


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name(
        "pyside6-lupdate"))
    if not Path(found).exists():
        pytest.fail("pyside6-lupdate (part of PySide6) is missing")
    return found


def test_qt_extracts_the_restore_words_from_ui_and_core(tmp_path):
    ts = tmp_path / "restore.ts"
    subprocess.run([_lupdate(), *map(str, RESTORE_UI + RESTORE_CORE), "-ts", str(ts)],
                   check=True, capture_output=True, timeout=120)
    messages = {m.findtext("source"): m.get("numerus") == "yes"
                for m in ET.parse(ts).getroot().iter("message")}
    for text, plural in [
        ("Restore your practice from a backup", False),  # the wizard page (tr)
        ("&Open my practice", False),
        ("Check the &backup", False),  # the code dialog of Settings → Restore
        ("Replace everything in your vault with the backup made %1? What you changed since "
         "it was made will be gone from the vault. The backup checked out; your vault as it "
         "is now is kept, encrypted, in the vault's folder, so this can be undone.", False),
        ("CoachDesk backups in this folder: %n. The newest was made %1; the newest one that "
         "checks out is restored.", True),
        # the core's words, marked where they are written
        ("None of the backups in %1 opens with this recovery code. Check the code against "
         "your written copy: after a key change, the old code opens only the backups made "
         "before the change.", False),
        ("%1 Nothing was restored, and nothing was changed.", False),
        ("damaged: it fails its check", False),
    ]:
        assert text in messages, text
        assert messages[text] is plural, text


_SHOWS = {"setText", "setTitle", "setSubTitle", "show_message", "setButtonText",
          "setWindowTitle", "setPlaceholderText", "inform", "warn", "confirm", "show_problem",
          "busy", "QLabel", "QPushButton", "QRadioButton", "QCheckBox", "_text"}


def _untranslated(path: Path) -> list[str]:
    """Literal text handed straight to something that shows it."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        if name not in _SHOWS:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                    any(c.isalpha() for c in arg.value):
                found.append(f"{path.name}:{node.lineno}: {arg.value!r}")
    return found


@pytest.mark.parametrize("path", RESTORE_UI, ids=lambda p: p.name)
def test_no_literal_text_reaches_the_screen_without_tr(path):
    assert _untranslated(path) == []
