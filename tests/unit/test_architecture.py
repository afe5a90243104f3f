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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _core_imports(path: Path, modules: set[str]) -> set[str]:
    """The core modules ``path`` imports when it runs: at the top and inside functions
    alike (a function-local import hides a circle, it does not break it), but not those
    under ``if TYPE_CHECKING:``, which never run."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    package = _module_name(path) if path.name == "__init__.py" else \
        _module_name(path).rpartition(".")[0]

    def known(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(known(alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            for alias in node.names:  # `from package import module` imports the module
                whole = f"{base}.{alias.name}"
                found.add(whole if whole in modules else known(base))
    found.discard("")
    found.discard(_module_name(path))
    return found


def test_core_modules_import_each_other_in_no_circle():
    """Dependencies inside the core point one way too: a circle (disposal -> backups ->
    disposal, once) means no module of it can be read, tested or loaded on its own."""
    modules = {_module_name(p) for p in CORE}
    graph = {_module_name(p): _core_imports(p, modules) for p in CORE}
    circles: list[list[str]] = []
    done: set[str] = set()

    def walk(name: str, trail: list[str]) -> None:
        if name in trail:
            circles.append([*trail[trail.index(name):], name])
            return
        if name in done:
            return
        for imported in sorted(graph.get(name, ())):
            walk(imported, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        walk(name, [])
    assert not circles, "import circles: " + "; ".join(" -> ".join(c) for c in circles)


def test_the_vault_knows_nothing_of_disposal():
    """Disposal hands backups its way of removing a client's content."""
    modules = {_module_name(p) for p in CORE}
    for path in sorted((ROOT / "coachdesk" / "vault").glob("*.py")):
        assert "coachdesk.disposal" not in _core_imports(path, modules), path.name


@pytest.mark.parametrize("path", UI, ids=lambda p: str(p.relative_to(ROOT)))
def test_ui_never_touches_key_material(path):
    """Upkeep that needs the key (a backup, a restore, a key change, the check of every
    page) is the core's (``coachdesk.upkeep``): no screen reads a vault's key or builds
    one, so none can leak or keep it."""
    touched = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in {"_key", "open_key", "RawKey",
                                                             "Passphrase", "load_key"}:
            touched.add(node.attr)
        elif isinstance(node, ast.Name) and node.id in {"RawKey", "Passphrase"}:
            touched.add(node.id)
        elif isinstance(node, ast.ImportFrom):
            touched.update(a.name for a in node.names if a.name in {"RawKey", "Passphrase",
                                                                     "DEMO_KEY"})
    assert not touched, f"{path.name} touches key material: {sorted(touched)}"


def test_no_screen_module_outgrows_one_reading():
    """A ui module a newcomer can read in one sitting (issue 13: at most 600 lines), and
    the window stays a shell, the window's menus in ui.actions, its upkeep in ui.upkeep."""
    long = {str(p.relative_to(ROOT)): n for p in UI
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert not long, f"ui modules over 600 lines: {long}"
    window = (ROOT / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert "getattr(" not in window and "._key" not in window
