"""The core's records modules hand the coach whole sentences marked for translation.

A ``raise SomeError("…")`` with English text shows English on a German screen: every
error meant for the coach (a CoachDeskError) must carry ``Words`` instead. This reads the
source of each module (ast) and lists every raise that still passes plain text."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import coachdesk
from coachdesk.errors import CoachDeskError, InvalidInput
from coachdesk.words import Words

ROOT = Path(coachdesk.__file__).parent

# The modules this guard covers: agreements, approvals, access_request, and every
# coachdesk/*.py module named e–z (the vault, sync and upkeep are guarded apart).
FIRST = ("agreements.py", "approvals.py", "access_request.py")
MODULES = sorted(
    [ROOT / name for name in FIRST]
    + [p for p in ROOT.glob("*.py") if "e" <= p.name[0] <= "z" and p.name != "upkeep.py"])


def _error_classes() -> dict[str, type[CoachDeskError]]:
    """Every CoachDeskError subclass by name, from the modules that define them."""
    import importlib

    found: dict[str, type[CoachDeskError]] = {}
    for path in [*MODULES, ROOT / "errors.py"]:
        module = importlib.import_module(f"coachdesk.{path.stem}")
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, CoachDeskError):
                found[name] = value
    return found


def _plain_text(node: ast.expr) -> bool:
    """A string literal, an f-string, or text glued together with + or %."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    return False


def _message_args(call: ast.Call, cls: type[CoachDeskError]) -> list[ast.expr]:
    """The arguments that become the message (InvalidInput's first is the field's key)."""
    positional = list(call.args)
    if issubclass(cls, InvalidInput) and cls.__init__ is InvalidInput.__init__:
        positional = positional[1:]
    return positional + [k.value for k in call.keywords if k.arg == "message"]


def _named_text(node: ast.expr, module: object) -> bool:
    """A module-level English constant passed by name (``FEE_BASIS_TO_CONFIRM``,
    ``engagements.FEE_BASIS_TO_CONFIRM``)."""
    if isinstance(node, ast.Name):
        return isinstance(getattr(module, node.id, None), str)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return isinstance(getattr(getattr(module, node.value.id, None), node.attr, None), str)
    return False


def plain_raises(path: Path, classes: dict[str, type[CoachDeskError]]) -> list[str]:
    import importlib

    module = importlib.import_module(f"coachdesk.{path.stem}") if path.parent == ROOT else None
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        func = node.exc.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        cls = classes.get(name)
        if cls is None:
            continue
        if any(_plain_text(a) or _named_text(a, module)
               for a in _message_args(node.exc, cls)):
            found.append(f"{path.name}:{node.lineno} raise {name}(…)")
    return found


def plain_super_calls(path: Path, classes: dict[str, type[CoachDeskError]]) -> list[str]:
    """An error class of these modules that builds its own English message."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for cls_node in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        if cls_node.name not in classes:
            continue
        for node in ast.walk(cls_node):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__"
                    and isinstance(node.func.value, ast.Call)
                    and getattr(node.func.value.func, "id", "") == "super"
                    and any(_plain_text(a) for a in node.args)):
                found.append(f"{path.name}:{node.lineno} "
                             f"{cls_node.name}.__init__")
    return found


def test_the_guard_covers_the_records_modules() -> None:
    names = {p.name for p in MODULES}
    assert {"agreements.py", "invoices.py", "templates.py", "sessions.py",
            "sponsor_requests.py", "reports.py"} <= names
    assert "upkeep.py" not in names and "clients.py" not in names


def test_the_guard_finds_plain_english(tmp_path: Path) -> None:
    """The check itself catches each way English gets glued into an error."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(x):\n"
        "    raise InvalidInput('name', 'Give a name.')\n"
        "def g(x):\n"
        "    raise NotFound(f'No client {x}.')\n"
        "def h(x):\n"
        "    raise CoachDeskError('Cannot ' + x)\n"
        "def fine(x):\n"
        "    raise InvalidInput('name', Words('C', 'Give a name.'))\n",
        encoding="utf-8")
    found = plain_raises(sample, _error_classes())
    assert [line.split(":")[1].split()[0] for line in found] == ["2", "4", "6"]


def test_no_error_for_the_coach_is_plain_english() -> None:
    classes = _error_classes()
    found = [hit for path in MODULES for hit in plain_raises(path, classes)
             + plain_super_calls(path, classes)]
    assert not found, "Give these errors Words (see coachdesk/words.py):\n" + "\n".join(found)


@pytest.mark.parametrize(  # the classes that build their own message are read above
    "cls", sorted((c for c in _error_classes().values()
                   if c.__init__ in (CoachDeskError.__init__, InvalidInput.__init__)),
                  key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_words_keep_english_for_the_log(cls: type[CoachDeskError]) -> None:
    """``str(error)`` stays English (logs, tests), while the words travel with the error."""
    words = Words("Test", "Cannot do %1.", ("this",))
    error = cls("field", words) if issubclass(cls, InvalidInput) else cls(words)
    assert str(error) == "Cannot do this." and error.words == words
