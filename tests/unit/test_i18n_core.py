"""The core's refusals are translatable as whole sentences: the sentence and the field's
name are marked for lupdate apart, and a translation puts the values where its own
grammar wants them (the core itself never imports Qt)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from coachdesk import validation
from coachdesk.errors import InvalidInput
from coachdesk.field_labels import LABELS

ROOT = Path(__file__).resolve().parents[2]
CHECKS = {"required_name", "one_line", "long_text", "iso_date", "amount_cents", "choice",
          "storable"}


def test_every_label_the_core_checks_is_marked():
    unmarked = []
    for path in sorted((ROOT / "coachdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr in CHECKS and len(node.args) > 1 and \
                    isinstance(node.args[1], ast.Constant) and node.args[1].value not in LABELS:
                unmarked.append(f"{path.name}:{node.lineno}: {node.args[1].value!r}")
    assert unmarked == [], "add these to coachdesk/field_labels.py:\n" + "\n".join(unmarked)


GERMAN = {
    ("Validation", "%1 cannot be empty."): "%1 darf nicht leer sein.",
    ("Validation", "%1 can be at most %2 characters; this is %3."):
        "%1 darf höchstens %2 Zeichen lang sein; hier sind es %3.",
    ("Fields", "The client's name"): "Der Name der Klientin",
}


def _german(context: str, text: str) -> str:
    return GERMAN.get((context, text), text)


def test_a_refusal_is_one_sentence_with_its_values_in_place():
    with pytest.raises(InvalidInput) as empty:
        validation.required_name("name", "The client's name", "  ")
    assert empty.value.message == "The client's name cannot be empty."  # English as before
    assert empty.value.words.fill(_german) == "Der Name der Klientin darf nicht leer sein."

    with pytest.raises(InvalidInput) as long:
        validation.one_line("name", "The client's name", "x" * 1200, 1000)
    assert long.value.message == ("The client's name can be at most 1,000 characters; "
                                  "this is 1,200.")
    assert long.value.words.fill(_german) == (
        "Der Name der Klientin darf höchstens 1,000 Zeichen lang sein; hier sind es 1,200.")


def test_a_value_holding_a_placeholder_is_never_filled_again():
    with pytest.raises(InvalidInput) as refused:
        validation.required_name("name", "%2 %1", "")
    assert refused.value.message == "%2 %1 cannot be empty."
