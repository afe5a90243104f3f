"""Shared fixtures: every test gets a fresh folder, a fresh in-memory keyring and
no display (Qt's offscreen platform). Keyring backends are chosen with keyring's
own ``set_keyring``; CoachDesk itself is never patched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep QSettings and any per-user files of the test run out of the real home.
_SANDBOX = Path(tempfile.mkdtemp(prefix="coachdesk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")

import keyring  # noqa: E402

from keyrings import MemoryKeyring  # noqa: E402


@pytest.fixture(autouse=True)
def memory_keyring():
    """A secure-looking keyring that lives in memory, fresh for each test."""
    previous = keyring.get_keyring()
    MemoryKeyring.forget_everything()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def location(tmp_path, monkeypatch):
    from coachdesk.paths import VaultLocation

    home = tmp_path / "CoachDesk"
    monkeypatch.setenv("COACHDESK_HOME", str(home))
    return VaultLocation(home)


@pytest.fixture
def vault(location):
    from coachdesk import vault as vaults

    v = vaults.create(location, vaults.plan_keyring_vault())
    yield v
    v.close()


@pytest.fixture
def plan_and_vault(location):
    """A keyring vault and the plan that made it (for its recovery code)."""
    from coachdesk import vault as vaults

    plan = vaults.plan_keyring_vault()
    v = vaults.create(location, plan)
    yield plan, v
    v.close()


@pytest.fixture
def asked():
    """The ask seam, emptied before and after; tests pre-answer through it."""
    from ui import ask

    ask.reset()
    yield ask
    ask.reset()


@pytest.fixture
def translations_copy(tmp_path, monkeypatch):
    """CoachDesk's compiled translations in a folder of their own, loaded from there: a
    later version of the app (or another computer's install) with other files."""
    import shutil

    from ui import print_language, translations

    folder = tmp_path / "translations"
    shutil.copytree(translations.FOLDER, folder)
    monkeypatch.setattr(translations, "FOLDER", folder)
    monkeypatch.setattr(print_language, "FOLDER", folder)
    print_language.words_in.cache_clear()
    yield folder
    print_language.words_in.cache_clear()
