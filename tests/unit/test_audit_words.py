"""Every action the core writes to the audit log has words for the coach
(ui/audit_words.py): found by reading coachdesk/ itself, never from a hand-kept list."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from ui import audit_words

ROOT = Path(__file__).resolve().parents[2] / "coachdesk"
CODE = re.compile(r"^[a-z_]*[a-z](\.[a-z_]*[a-z])+$")  # a whole code, not a stem


def _is_audit_record(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
        node.func.attr == "record" and isinstance(node.func.value, ast.Name) and \
        node.func.value.id == "audit"


def written_codes() -> tuple[set[str], set[str]]:
    """The codes passed to ``audit.record`` across coachdesk/: whole codes (a literal, a
    choice between literals, or a variable given the module's literals of that record's
    kind) and, for a code built from a value (an f-string), the literal part before it."""
    whole: set[str] = set()
    built: set[str] = set()
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
                    and isinstance(n.value, str) and CODE.match(n.value)}
        for node in filter(_is_audit_record, ast.walk(tree)):
            assert isinstance(node, ast.Call)
            action = node.args[1]
            if isinstance(action, ast.JoinedStr):
                head = action.values[0]
                assert isinstance(head, ast.Constant), f"{path.name}: a code with no stem"
                built.add(str(head.value))
            elif isinstance(action, ast.Name):
                kind = node.args[2]
                assert isinstance(kind, ast.Constant), f"{path.name}: {action.id} of no kind"
                found = {c for c in literals if c.startswith(f"{kind.value}.")}
                assert found, f"{path.name}: no codes found for {action.id}"
                whole |= found
            else:
                whole |= {n.value for n in ast.walk(action) if isinstance(n, ast.Constant)
                          and isinstance(n.value, str)}
    return whole, built


def test_every_code_the_core_writes_has_words_for_the_coach():
    whole, built = written_codes()
    assert {"client.added", "sync.bundle_applied", "invoice.issued"} <= whole
    assert {"export.", "setting.", "client."} <= built
    assert [c for c in sorted(whole) if audit_words.english(c) is None] == []
    assert [p for p in sorted(built) if audit_words.english(p + "x") is None] == []


def test_a_code_built_from_a_choice_reads_as_its_family_and_an_unknown_one_as_it_is():
    assert audit_words.english("client.archived") == "Client's status changed"
    assert audit_words.english("client.added") == "Client added"
    assert audit_words.english("consent.given.verbal") == "Words approved"
    assert audit_words.english("consent.frame_given.written") == "Report frame approved"
    assert audit_words.english("client.") is None
    assert audit_words.english("robot.arrived") is None
    assert audit_words.action_words("robot.arrived") == "robot.arrived"


def test_no_phrase_is_the_code_itself_and_no_two_codes_read_alike():
    phrases = [*audit_words.EXACT.values(), *audit_words.FAMILIES.values()]
    assert len(set(phrases)) == len(phrases)
    assert not any(CODE.match(p) for p in phrases)
