"""Keyring backends for tests, selected through keyring's own API.

``MemoryKeyring`` behaves like a real, secure store that lives in memory;
``LockedKeyring`` and ``BrokenKeyring`` answer the way a locked or failing
Secret Service does. None of them is known to CoachDesk: tests install them
with ``keyring.set_keyring`` (or ``PYTHON_KEYRING_BACKEND`` in a subprocess).
"""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class OtherMemoryKeyring(MemoryKeyring):
    """A second, different backend (as when the desktop's keyring changes)."""


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("collection is locked")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("collection is locked")


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service, username, password):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")
