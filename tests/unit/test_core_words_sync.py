"""The sync modules' refusals reach the coach in her language: every error a screen
shows from ``coachdesk/sync/`` carries Words marked for translation, never English text
(the guard of tests/unit/test_core_words_records.py, over the sync package)."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

import coachdesk.sync
from coachdesk.errors import CoachDeskError
from coachdesk.sync import here, issuer, practice
from coachdesk.words import Words
from tests.unit.test_core_words_records import plain_raises, plain_super_calls

SYNC = Path(coachdesk.sync.__file__).parent
MODULES = sorted(SYNC.glob("*.py"))


def _error_classes() -> dict[str, type[CoachDeskError]]:
    """Every CoachDeskError class a sync module raises by name (its own and the core's)."""
    found: dict[str, type[CoachDeskError]] = {"CoachDeskError": CoachDeskError}
    for path in MODULES:
        module = importlib.import_module(f"coachdesk.sync.{path.stem}")
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, CoachDeskError):
                found[name] = value
    return found


def test_the_guard_covers_every_sync_module() -> None:
    assert {"practice.py", "issuer.py", "keys.py", "folders.py", "bundles.py"} <= {
        p.name for p in MODULES}


def test_no_sync_error_for_the_coach_is_plain_english() -> None:
    classes = _error_classes()
    found = [hit for path in MODULES for hit in plain_raises(path, classes)
             + plain_super_calls(path, classes)]
    assert not found, "Give these errors Words (see coachdesk/words.py):\n" + "\n".join(found)


def test_the_guard_would_find_the_old_english(tmp_path: Path) -> None:
    """What practice.py raised before: the check itself finds it."""
    sample = tmp_path / "practice.py"
    sample.write_text("def f():\n    raise CoachDeskError('This practice already syncs.')\n",
                      encoding="utf-8")
    assert plain_raises(sample, _error_classes()) == ["practice.py:2 raise CoachDeskError(…)"]


def _refusal(call: object) -> CoachDeskError:
    with pytest.raises(CoachDeskError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_the_refusals_carry_their_words_in_the_sync_context(tmp_path: Path) -> None:
    """The words travel with the error (a screen translates them); str() stays English."""
    too_many = _refusal(lambda: here.next_label(
        {*here.LABELS, *(a + b for a in here.LABELS for b in here.LABELS)}))
    assert isinstance(too_many.words, Words) and too_many.words.context == "Sync"
    assert str(too_many) == "This practice is used on too many computers."
    assert practice.NotSyncing().words.context == "Sync"
    assert issuer.NotTheIssuer().words is not None
