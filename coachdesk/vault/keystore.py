"""The vault key in the OS keyring (service ``CoachDesk``, account = vault id).

The key is stored as 64 hex characters, which fits Windows' credential size
limit. Backends that would keep it in plain text, or not at all, are refused:
CoachDesk then offers passphrase mode instead of pretending the key is safe.
A locked or failing keyring is never an error the coach sees as a traceback;
callers get :class:`KeyringUnavailable` with a plain reason and ask for the
recovery code or passphrase.

A vault's info file names the backend that stored its key, and every later read
and write of that vault's entries goes to that backend alone: no other store is
ever asked for the key, and keyring's search of every installed backend (65 ms)
is not paid at each start.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
else:
    KeyringBackend = Any


def _keyring() -> ModuleType:
    """keyring, imported when first needed: it takes 50 ms to import (it scans its
    backends' entry points), which would otherwise delay the first window."""
    import keyring
    import keyring.backend
    import keyring.core
    import keyring.errors

    return keyring

SERVICE = "CoachDesk"


_FRIENDLY = {
    "keyring.backends.SecretService": "the desktop keyring (Secret Service)",
    "keyring.backends.libsecret": "the desktop keyring (libsecret)",
    "keyring.backends.kwallet": "KDE Wallet",
    "keyring.backends.macOS": "the macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
}


class KeyringUnavailable(Exception):
    """The keyring cannot give or keep the key now; ``reason`` says why, plainly."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # dotted class name, remembered in the vault info file
    description: str  # for the coach: where the key will be kept, or why not


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _leaves(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner is not None else [backend]


_KEEPS_NOTHING = ("keyring.backends.fail", "keyring.backends.null")
_PLAIN_TEXT = ("keyrings.alt",)


def _is_safe(backend: KeyringBackend) -> bool:
    """Not a stand-in that keeps nothing (fail, null) or keeps it in plain text."""
    return not type(backend).__module__.startswith(_KEEPS_NOTHING + _PLAIN_TEXT)


def _friendly(name: str, otherwise: str) -> str:
    """Where a key is kept, in the coach's words."""
    return next((text for prefix, text in _FRIENDLY.items() if name.startswith(prefix)),
                otherwise)


def _chosen() -> KeyringBackend | None:
    """The one backend CoachDesk talks to: the highest-priority real one.

    keyring may answer with a chain of backends; reading through a chain could
    fall back to a lower, weaker store, so CoachDesk picks one and names it.
    """
    real = [b for b in _leaves(_keyring().get_keyring())
            if not type(b).__module__.startswith(_KEEPS_NOTHING)]
    if not real:
        return None
    return max(real, key=lambda b: float(getattr(b, "priority", 0)))


def status() -> KeyringStatus:
    """Whether this computer's keyring can safely hold the vault key, and where."""
    backend = _chosen()
    if backend is None:
        return KeyringStatus(
            False, backend_name(_keyring().get_keyring()),
            "This computer has no system keyring that CoachDesk can use to keep "
            "the vault's key safe.",
        )
    name = backend_name(backend)
    if type(backend).__module__.startswith(_PLAIN_TEXT):
        return KeyringStatus(
            False, name,
            "The keyring on this computer would keep the vault's key in a plain "
            "file, which is not safe enough for client records.",
        )
    friendly = _friendly(name, f"the system keyring ({type(backend).__name__})")
    return KeyringStatus(True, name, f"The vault's key will be kept in {friendly}.")


_T = TypeVar("_T")


def _call(action: Callable[..., _T], *args: object) -> _T:
    keyring = _keyring()
    try:
        return action(*args)
    except keyring.errors.KeyringLocked:
        raise KeyringUnavailable("The system keyring is locked.") from None
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailable("This computer has no system keyring.") from None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            f"The system keyring did not answer ({type(exc).__name__})."
        ) from None
    except Exception as exc:  # backends raise D-Bus, OS and other errors of their own
        raise KeyringUnavailable(f"The system keyring failed ({type(exc).__name__}).") from None


def _require_usable() -> tuple[KeyringBackend, KeyringStatus]:
    state = status()
    backend = _chosen()
    if not state.usable or backend is None:
        raise KeyringUnavailable(state.description)
    return backend, state


def store_key(vault_id: str, key: bytes, backend_name: str | None = None) -> str:
    """Keep ``key`` for ``vault_id`` in the named backend (the vault's own, from its info
    file), or in the keyring in use now; returns the backend that holds it."""
    if backend_name:
        backend = _backend_named(backend_name)
    else:
        backend, state = _require_usable()
        backend_name = state.backend
    _call(backend.set_password, SERVICE, vault_id, key.hex())
    return backend_name


def _backend_named(name: str) -> KeyringBackend:
    """The backend that stored a vault's key, loaded by name with keyring's own
    ``load_keyring``, for every read and write of that vault's key.

    Asking it directly skips keyring's search of every installed backend (65 ms at
    each start, a compiler run among it), and no other store is ever asked for the
    key, so none can answer in its place. The name comes from a plain file, so only
    keyring's own backends are loaded straight away; any other name must be one that
    keyring's search finds installed. A chain of backends (which reads through weaker
    stores) and the stores that keep nothing or plain text are refused.
    """
    keyring = _keyring()
    friendly = _friendly(name, "the keyring that kept it")
    gone = KeyringUnavailable(f"This vault's key was kept in {friendly}, which does not "
                              "answer now.")
    if not name.startswith("keyring.backends.") and name not in {
            backend_name(b) for b in keyring.backend.get_all_keyring()}:
        raise gone
    try:
        backend = keyring.core.load_keyring(name)
    except Exception:  # not installed, or not usable on this desktop now
        raise gone from None
    base: type[KeyringBackend] = keyring.backend.KeyringBackend
    if (not isinstance(backend, base) or not _is_safe(backend)
            or getattr(backend, "backends", None) is not None):
        raise KeyringUnavailable("The keyring named for this vault is not a safe one.")
    return backend


def load_key(vault_id: str, expected_backend: str | None = None) -> bytes | None:
    """The key kept for ``vault_id``, or None when the keyring has none.

    The key is asked of the backend that stored it (``expected_backend``, from the
    vault's info file) and of no other. Without a name, of the keyring in use now.
    """
    if expected_backend:
        backend = _backend_named(expected_backend)
    else:
        backend, _state = _require_usable()
    text = _call(backend.get_password, SERVICE, vault_id)
    if text is None:
        return None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget_key(vault_id: str, backend_name: str | None = None) -> None:
    """Remove a stored key (a finished rotation's pending entry; tests), from the named
    backend or the keyring in use now."""
    with contextlib.suppress(KeyringUnavailable):
        backend = _backend_named(backend_name) if backend_name else _chosen()
        if backend is not None:
            _call(backend.delete_password, SERVICE, vault_id)
