"""House rules that keep CoachDesk easy to live in, checked on the source itself."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = sorted((ROOT / "coachdesk").rglob("*.py"))
UI = [*sorted((ROOT / "ui").rglob("*.py")), ROOT / "main.py"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_there_is_a_core_to_check():
    assert len(CORE) >= 10 and len(UI) >= 8


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_never_imports_qt(path):
    qt_roots = {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
    qt = {n for n in _imports(path) if n.split(".")[0] in qt_roots}
    assert not qt, f"{path.name} imports {qt}"


_SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA)\b",
                  re.IGNORECASE)


@pytest.mark.parametrize("path", UI, ids=lambda p: str(p.relative_to(ROOT)))
def test_ui_holds_no_sql(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not _SQL.search(node.value), f"SQL in {path.name}: {node.value[:60]!r}"
    assert not {n for n in _imports(path) if n.split(".")[0] in {"sqlite3", "sqlcipher3"}}


def test_every_screen_query_uses_an_index(vault):
    """Encrypted pages make scans costly: each list a screen shows must be indexed."""
    from coachdesk import clients, notes

    client = clients.add(vault, clients.ClientDraft("Ann"))
    notes.add(vault, client.id, "x")
    queries = [
        ("SELECT id FROM clients WHERE status IN ('active','paused') ORDER BY sort_name, id", ()),
        ("SELECT id FROM sponsors WHERE status IN ('active') ORDER BY sort_name, id", ()),
        ("SELECT id FROM notes WHERE client_id = ? ORDER BY created_at DESC, id DESC", (1,)),
        ("SELECT id FROM engagements WHERE client_id = ? ORDER BY starts_on DESC", (1,)),
        ("SELECT id FROM sessions WHERE engagement_id = ? ORDER BY starts_at", (1,)),
        ("SELECT id, note_id FROM note_revisions WHERE note_id = ? ORDER BY id", (1,)),
        ("SELECT id FROM sessions ORDER BY starts_at DESC, id DESC", ()),
        ("SELECT id FROM notes ORDER BY created_at DESC, id DESC", ()),
        ("SELECT id FROM sessions WHERE starts_at BETWEEN ? AND ? AND status = 'planned'"
         " ORDER BY starts_at", ("2026-01-01", "2026-01-08")),
        ("SELECT e.id FROM engagements e WHERE e.status != 'ended' AND e.ends_on BETWEEN ? AND ?"
         " ORDER BY e.ends_on", ("2026-01-01", "2026-02-01")),
    ]
    for sql, params in queries:
        plan = " | ".join(r[3] for r in vault.read(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "USING" in plan and "TEMP B-TREE" not in plan, f"{sql}\n  -> {plan}"
