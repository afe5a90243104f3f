"""The vault's, keyring's, backups' and a–d modules' messages reach the coach in her
language: each is a whole sentence marked for translation (coachdesk.words.Words), never
English text handed straight to an error a screen shows."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

import coachdesk
from coachdesk.errors import CoachDeskError
from coachdesk.vault import keystore, recovery
from coachdesk.words import Words

ROOT = Path(coachdesk.__file__).parent
NOT_OURS = {"agreements.py", "approvals.py", "access_request.py"}  # core-words-b's
# Errors a screen shows that are not CoachDeskError (a keyring's or a typed code's fault).
ALSO_SHOWN = (keystore.KeyringUnavailable, recovery.RecoveryCodeError)


def _files() -> list[Path]:
    named = ["upkeep.py", "files.py", "paths.py"]
    found = sorted((ROOT / "vault").glob("*.py"))
    found += [ROOT / n for n in named]
    found += sorted(p for p in ROOT.glob("*.py")
                    if p.name[0] in "abcd" or p.name.startswith(("calendar", "demo")))
    return [p for p in dict.fromkeys(found) if p.name not in NOT_OURS]


def _shown(cls: object) -> bool:
    return isinstance(cls, type) and issubclass(cls, (CoachDeskError, *ALSO_SHOWN))


def _english(node: ast.expr) -> bool:
    """A sentence written in place: a string with a space in it, or any f-string (a field's
    name or a mode such as "recovery" has no space and is no sentence)."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value


def _class_of(module: object, func: ast.expr) -> object:
    if isinstance(func, ast.Name):
        return getattr(module, func.id, None)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return getattr(getattr(module, func.value.id, None), func.attr, None)
    return None


def _english_messages(path: Path, root: Path = ROOT) -> list[str]:
    """file:line of each error a screen may show that is built from English text: a
    ``raise X("…")``/``X(f"…")`` of such an error, or its class passing English to
    ``super().__init__``."""
    name = ".".join(path.relative_to(root.parent).with_suffix("").parts)
    module = importlib.import_module(name)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        if not _shown(getattr(module, cls.name, None)):
            continue
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            f = call.func
            if (isinstance(f, ast.Attribute) and f.attr == "__init__"
                    and isinstance(f.value, ast.Call)
                    and getattr(f.value.func, "id", "") == "super"
                    and any(_english(a) for a in call.args)):
                found.append(f"{path.relative_to(root.parent)}:{call.lineno}")
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        if _shown(_class_of(module, call.func)) and any(
                _english(a) for a in [*call.args, *(k.value for k in call.keywords)]):
            found.append(f"{path.relative_to(root.parent)}:{call.lineno}")
    return found


def test_no_error_a_coach_sees_is_built_from_english_text():
    files = _files()
    assert ROOT / "vault" / "keystore.py" in files and ROOT / "clients.py" in files
    english = [where for path in files for where in _english_messages(path)]
    assert english == [], "English text handed to an error a coach sees:\n" + "\n".join(
        english)


def test_the_check_finds_an_english_message(tmp_path, monkeypatch):
    """The check itself fails on what it must catch (so the test above can fail)."""
    package = tmp_path / "coachdesk_probe"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "bad.py").write_text(
        "from coachdesk.errors import NotFound, InvalidInput\n"
        "from coachdesk.vault.keystore import KeyringUnavailable\n"
        "class Gone(NotFound):\n"
        "    def __init__(self, n):\n"
        "        super().__init__(f'Record {n} is gone.')\n"
        "def f(x):\n"
        "    if x:\n"
        "        raise InvalidInput('email', 'Not an email address.')\n"
        "    raise KeyringUnavailable(f'Keyring said {x}.')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    found = _english_messages(package / "bad.py", package)
    assert sorted(int(w.rsplit(":", 1)[1]) for w in found) == [5, 8, 9]


def _translated(words: Words) -> str:
    """``words`` through a translator that marks every sentence it was asked for."""
    return words.fill(lambda context, text: f"[{context}]{text}")


def test_a_locked_keyring_is_said_in_marked_sentences(location, memory_keyring):
    """What the unlock screen shows for a locked keyring: two sentences, each translated
    (the keyring's own words nested in the vault's), none pasted in as English."""
    from coachdesk import vault as vaults
    from coachdesk.vault.errors import KeyNeeded

    v = vaults.create(location, vaults.plan_keyring_vault())
    v.close()
    type(memory_keyring).lock()
    with pytest.raises(KeyNeeded) as refused:
        vaults.unlock_with_keyring(location)
    said = _translated(refused.value.words)
    assert said == ("[Vault][Keyring]The system keyring is locked. Enter your recovery code "
                    "to open your vault.")
    assert refused.value.message == ("The system keyring is locked. Enter your recovery "
                                     "code to open your vault.")  # logs stay English


def test_where_the_key_is_kept_is_said_in_marked_words(memory_keyring):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # put back by the fixture
    state = keystore.status()
    assert not state.usable
    assert _translated(state.description).startswith("[Keyring]This computer has no system")


def test_a_mistyped_recovery_code_is_said_in_marked_words():
    with pytest.raises(recovery.RecoveryCodeError) as wrong:
        recovery.decode("ZZZZ")
    assert _translated(wrong.value.words).startswith("[RecoveryCode]A recovery code has 13 "
                                                      "groups")
    assert str(wrong.value) == wrong.value.words.english()
