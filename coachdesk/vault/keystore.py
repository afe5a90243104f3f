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

On Linux a key kept by keyring's Secret Service backend is read straight over D-Bus
with jeepney (the library under keyring's own Secret Service client), asking exactly
what keyring asks: the default collection, the same attributes, the same encrypted
session. It takes about a sixth of keyring's import and probe. Anything unusual (a
locked collection, no such entry, keyring settings in the environment, any error)
hands the read to keyring, which remains the interface that stores every key and
serves macOS and Windows.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from msgspec import Struct

from coachdesk.words import QT_TRANSLATE_NOOP, Words

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
    "keyring.backends.SecretService": QT_TRANSLATE_NOOP("Keyring",
                                                        "the desktop keyring (Secret Service)"),
    "keyring.backends.libsecret": QT_TRANSLATE_NOOP("Keyring", "the desktop keyring (libsecret)"),
    "keyring.backends.kwallet": "KDE Wallet",
    "keyring.backends.macOS": QT_TRANSLATE_NOOP("Keyring", "the macOS Keychain"),
    "keyring.backends.Windows": "Windows Credential Manager",
}


def _w(text: str, *args: str | Words) -> Words:
    """The keyring's words for the coach, in the "Keyring" context."""
    return Words("Keyring", text, args)


class KeyringUnavailable(Exception):
    """The keyring cannot give or keep the key now; ``words`` say why, plainly (``reason``
    is the same in English, for logs)."""

    def __init__(self, words: Words) -> None:
        super().__init__(words.english())
        self.words = words
        self.reason = words.english()


class KeyringStatus(Struct, frozen=True):
    usable: bool
    backend: str  # dotted class name, remembered in the vault info file
    description: Words  # for the coach: where the key will be kept, or why not


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


def _friendly(name: str, otherwise: Words) -> Words:
    """Where a key is kept, in the coach's words (a product's own name stays as it is)."""
    return next((_w(text) for prefix, text in _FRIENDLY.items() if name.startswith(prefix)),
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
            _w(QT_TRANSLATE_NOOP("Keyring", "This computer has no system keyring that "
                                 "CoachDesk can use to keep the vault's key safe.")),
        )
    name = backend_name(backend)
    if type(backend).__module__.startswith(_PLAIN_TEXT):
        return KeyringStatus(
            False, name,
            _w(QT_TRANSLATE_NOOP("Keyring", "The keyring on this computer would keep the "
                                 "vault's key in a plain file, which is not safe enough for "
                                 "client records.")),
        )
    friendly = _friendly(name, _w(QT_TRANSLATE_NOOP("Keyring", "the system keyring (%1)"),
                                  type(backend).__name__))
    return KeyringStatus(True, name, _w(QT_TRANSLATE_NOOP(
        "Keyring", "The vault's key will be kept in %1."), friendly))


_T = TypeVar("_T")


def _call(action: Callable[..., _T], *args: object) -> _T:
    keyring = _keyring()
    try:
        return action(*args)
    except keyring.errors.KeyringLocked:
        raise KeyringUnavailable(_w(QT_TRANSLATE_NOOP(
            "Keyring", "The system keyring is locked."))) from None
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailable(_w(QT_TRANSLATE_NOOP(
            "Keyring", "This computer has no system keyring."))) from None
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(_w(QT_TRANSLATE_NOOP(
            "Keyring", "The system keyring did not answer (%1)."), type(exc).__name__)) from None
    except Exception as exc:  # backends raise D-Bus, OS and other errors of their own
        raise KeyringUnavailable(_w(QT_TRANSLATE_NOOP(
            "Keyring", "The system keyring failed (%1)."), type(exc).__name__)) from None


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
    friendly = _friendly(name, _w(QT_TRANSLATE_NOOP("Keyring", "the keyring that kept it")))
    gone = KeyringUnavailable(_w(QT_TRANSLATE_NOOP(
        "Keyring", "This vault's key was kept in %1, which does not answer now."), friendly))
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
        raise KeyringUnavailable(_w(QT_TRANSLATE_NOOP(
            "Keyring", "The keyring named for this vault is not a safe one.")))
    return backend


SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


def load_key(vault_id: str, expected_backend: str | None = None) -> bytes | None:
    """The key kept for ``vault_id``, or None when the keyring has none.

    The key is asked of the backend that stored it (``expected_backend``, from the
    vault's info file) and of no other. Without a name, of the keyring in use now.
    """
    if expected_backend == SECRET_SERVICE:
        key = _taken_ahead(vault_id) if vault_id in _ahead else _from_secret_service(vault_id)
        if key is not None:
            return key
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


# -- the Secret Service read without keyring's import ------------------------------------
# As keyring.backends.SecretService.Keyring.get_password asks it (through secretstorage):
# the default collection, the item whose attributes are keyring's default scheme, its
# secret over a session encrypted as secretstorage's (dh-ietf1024-sha256-aes128-cbc-pkcs7).
_BUS_NAME = "org.freedesktop.secrets"
_SECRETS = "org.freedesktop.Secret."
_DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default"
_DH_ALGORITHM = "dh-ietf1024-sha256-aes128-cbc-pkcs7"
# RFC 2409's 1024-bit MODP group (the Secret Service specification's), as secretstorage has it.
_DH_PRIME = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22"
    "514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6"
    "F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381"
    "FFFFFFFFFFFFFFFF", 16)
_REPLY_SECONDS = 25.0  # D-Bus's own default reply timeout


_ahead: dict[str, tuple[threading.Thread, list[bytes | None]]] = {}


def read_ahead(vault_id: str, backend: str | None) -> None:
    """At launch, start the quick read of a Secret Service vault's key on a thread of its
    own, so that its D-Bus round trips overlap Qt's import instead of waiting for the
    window. The first ``load_key`` of that vault takes the answer (and, if the quick
    read was in doubt, asks keyring as ever); nothing else ever sees it."""
    if backend != SECRET_SERVICE or vault_id in _ahead or not _quick_read_applies():
        return
    answer: list[bytes | None] = []
    thread = threading.Thread(target=lambda: answer.append(_from_secret_service(vault_id)),
                              name="CoachDesk key read", daemon=True)
    _ahead[vault_id] = (thread, answer)
    thread.start()


def drop_read_ahead() -> None:
    """Forget every key read ahead and not taken (the opening it was for failed before
    asking, or asked for another vault); a read still running leaves its answer to no one."""
    _ahead.clear()


def _taken_ahead(vault_id: str) -> bytes | None:
    thread, answer = _ahead.pop(vault_id)
    thread.join(2 * _REPLY_SECONDS)
    return answer[0] if answer else None


class _Doubt(Exception):
    """Anything the quick read does not expect: keyring is asked instead."""


def _quick_read_applies() -> bool:
    """Only where keyring's Secret Service backend would ask exactly what the quick read
    asks: on Linux and the BSDs, with no ``KEYRING_PROPERTY_*`` setting in the
    environment (keyring takes another scheme, collection or application name from
    those) and a session bus to talk to."""
    return (not sys.platform.startswith(("win", "darwin"))
            and not any(name.startswith("KEYRING_PROPERTY_") for name in os.environ)
            and bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")))


def _from_secret_service(vault_id: str) -> bytes | None:
    """The key as keyring's Secret Service backend reads it, without importing keyring
    (about 100 ms of a start); None whenever keyring should answer instead."""
    if not _quick_read_applies():
        return None
    try:
        text = _secret_service_text(vault_id)
        key = bytes.fromhex(text)
    except Exception:  # any doubt at all goes to keyring
        return None
    return key if len(key) == 32 else None


def _secret_service_text(vault_id: str) -> str:
    import hmac
    from hashlib import sha256

    from jeepney import (  # type: ignore[import-untyped]
        DBusAddress,
        MessageType,
        Properties,
        new_method_call,
    )
    from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

    with open_dbus_connection(bus="SESSION") as bus:
        def call(message: Any) -> Any:
            reply = bus.send_and_get_reply(message, timeout=_REPLY_SECONDS)
            if reply.header.message_type != MessageType.method_return:
                raise _Doubt()
            return reply.body

        collection = DBusAddress(_DEFAULT_COLLECTION, _BUS_NAME, _SECRETS + "Collection")
        (signature, locked), = call(Properties(collection).get("Locked"))
        if signature != "b" or locked is not False:  # keyring would prompt to unlock it
            raise _Doubt()
        found, = call(new_method_call(collection, "SearchItems", "a{ss}",
                                      ({"username": vault_id, "service": SERVICE},)))
        if not found:
            raise _Doubt()
        mine = int.from_bytes(os.urandom(128), "big")
        service = DBusAddress("/org/freedesktop/secrets", _BUS_NAME, _SECRETS + "Service")
        (signature, theirs), session = call(new_method_call(
            service, "OpenSession", "sv",
            (_DH_ALGORITHM, ("ay", pow(2, mine, _DH_PRIME).to_bytes(128, "big")))))
        if signature != "ay":
            raise _Doubt()
        # A locked item (keyring would prompt) gives an error here, not its secret. The
        # session ends with the connection, as secretstorage's does.
        item = DBusAddress(found[0], _BUS_NAME, _SECRETS + "Item")
        (_session, iv, value, _content_type), = call(
            new_method_call(item, "GetSecret", "o", (session,)))
    shared = pow(int.from_bytes(theirs, "big"), mine, _DH_PRIME).to_bytes(128, "big")
    # HKDF-SHA256, no salt, no info, 16 bytes: the AES key, as secretstorage derives it
    prk = hmac.new(b"\0" * 32, shared, sha256).digest()
    aes_key = hmac.new(prk, b"\x01", sha256).digest()[:16]
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    decryptor = Cipher(algorithms.AES(aes_key), modes.CBC(bytes(iv))).decryptor()
    padded = decryptor.update(bytes(value)) + decryptor.finalize()
    pad = padded[-1] if padded else 0
    if not 1 <= pad <= 16 or padded[-pad:] != bytes((pad,)) * pad:
        raise _Doubt()
    return padded[:-pad].decode("utf-8")
