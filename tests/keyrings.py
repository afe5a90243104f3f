"""Keyring backends for tests, selected through keyring's own API.

``MemoryKeyring`` behaves like a real, secure store that lives in memory;
``LockedKeyring`` and ``BrokenKeyring`` answer the way a locked or failing
Secret Service does. None of them is known to CoachDesk: tests install them
with ``keyring.set_keyring`` (or ``PYTHON_KEYRING_BACKEND`` in a subprocess).
"""

from __future__ import annotations

from typing import ClassVar

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Like a real store, every handle on it sees the same keys (CoachDesk asks for a
    key through a new handle, made by keyring's ``load_keyring`` from the name in the
    vault's info file); each class is a store of its own. Emptied before each test.

    ``lock()`` and ``break_down()`` make the store answer as a locked or failing
    Secret Service does, from then on, through every handle.
    """

    priority = 1  # type: ignore[assignment]
    _stores: ClassVar[dict[type, dict[tuple[str, str], str]]] = {}
    _trouble: ClassVar[dict[type, str]] = {}
    trouble: ClassVar[str] = ""  # a store that is always locked or broken

    @property
    def store(self) -> dict[tuple[str, str], str]:
        return MemoryKeyring._stores.setdefault(type(self), {})

    @staticmethod
    def forget_everything() -> None:
        MemoryKeyring._stores.clear()
        MemoryKeyring._trouble.clear()

    @classmethod
    def lock(cls) -> None:
        MemoryKeyring._trouble[cls] = "locked"

    @classmethod
    def break_down(cls) -> None:
        MemoryKeyring._trouble[cls] = "broken"

    def _answer(self) -> None:
        trouble = MemoryKeyring._trouble.get(type(self)) or self.trouble
        if trouble == "locked":
            raise keyring.errors.KeyringLocked("collection is locked")
        if trouble == "broken":
            raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def get_password(self, service, username):
        self._answer()
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self._answer()
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self._answer()
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class OtherMemoryKeyring(MemoryKeyring):
    """A second, different backend (as when the desktop's keyring changes)."""


class LockedKeyring(MemoryKeyring):
    trouble = "locked"


class BrokenKeyring(MemoryKeyring):
    trouble = "broken"


class _Unavailable(type(KeyringBackend)):
    @property
    def priority(cls):
        raise RuntimeError("No D-Bus session: the Secret Service cannot be reached")


class VanishedKeyring(MemoryKeyring, metaclass=_Unavailable):
    """A keyring that is not usable on this desktop now (keyring checks ``priority``)."""
