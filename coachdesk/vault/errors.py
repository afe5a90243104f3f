"""What can go wrong opening a vault, each in words a coach understands."""

from __future__ import annotations

from pathlib import Path

from coachdesk.errors import CoachDeskError
from coachdesk.words import QT_TRANSLATE_NOOP, Words


def _w(text: str, *args: str | Words) -> Words:
    """The vault's words for the coach, in the "Vault" context."""
    return Words("Vault", text, args)


class VaultError(CoachDeskError):
    """Base for vault problems."""


class WrongKey(VaultError):
    """The code or passphrase typed does not open this vault; nothing was written."""

    def __init__(self, what: str = "code") -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP("Vault", "This passphrase does not open this "
                                              "vault.")) if what == "passphrase" else
                         _w(QT_TRANSLATE_NOOP("Vault", "This code does not open this vault.")))


class NotAVault(VaultError):
    """The vault file is empty, truncated, foreign or damaged; it was left untouched."""

    def __init__(self, path: Path, why: str | Words) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP(
            "Vault", "The file %1 %2. CoachDesk has left it untouched."), str(path), why))
        self.path = path


class VaultTooNew(VaultError):
    """Made by a newer CoachDesk: refused without changing a byte."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP(
            "Vault", "The vault %1 was made by a newer version of CoachDesk (format %2; this "
            "version knows up to %3). Update CoachDesk to open it. The vault has not been "
            "changed."), str(path), str(found), str(supported)))


class VaultExists(VaultError):
    """A new vault (and a new key) is never made where a vault file already is."""

    def __init__(self, path: Path) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP(
            "Vault", "A vault already exists at %1. CoachDesk will not create a new one over "
            "it."), str(path)))


class KeyNeeded(VaultError):
    """The vault cannot open by itself; ask the coach for ``mode`` ('recovery' or 'passphrase')."""

    def __init__(self, reason: str | Words, mode: str) -> None:
        super().__init__(reason)
        self.mode = mode


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP("Vault", "The vault is locked.")))


class NoSqlCipher(VaultError):
    def __init__(self) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP(
            "Vault", "This copy of CoachDesk has no working SQLCipher, so it cannot encrypt "
            "your records. It will not run without it; please reinstall CoachDesk.")))


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP(
            "Vault", "The disk is full, so this change could not be saved. Everything saved "
            "before is safe. Free some space and try again.")))


class MigrationFailed(VaultError):
    """The vault could not be brought up to this version's format; it was not changed."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP(
            "Vault", "CoachDesk could not bring the vault %1 up to date (%2). The vault has "
            "not been changed."), str(path), what))


class VaultDamaged(VaultError):
    """The vault opens with its key, or nearly, but part of it is damaged."""

    def __init__(self, path: Path, what: str | Words) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP(
            "Vault", "The vault %1 is damaged: %2. CoachDesk has not changed it."),
            str(path), what))
        self.path = path
        self.what = what


class JournalDamaged(VaultError):
    """The write-ahead log is damaged part-way: opening would drop the changes after it."""

    def __init__(self, path: Path, good: int, total: int) -> None:
        # Whole sentences, each with its count past one (no plural forms needed).
        if good == 0 and total == 1:
            words = _w(QT_TRANSLATE_NOOP(
                "Vault", "The record of your most recent changes (%1) is damaged at its start: "
                "opening the vault now would lose the one change in it. CoachDesk has not "
                "changed anything. You can restore your newest backup, or open the vault "
                "without the damaged changes (a copy of the damaged record is kept beside "
                "it)."), path.name)
        elif good == 0:
            words = _w(QT_TRANSLATE_NOOP(
                "Vault", "The record of your most recent changes (%1) is damaged at its start: "
                "opening the vault now would lose all %2 changes in it. CoachDesk has not "
                "changed anything. You can restore your newest backup, or open the vault "
                "without the damaged changes (a copy of the damaged record is kept beside "
                "it)."), path.name, str(total))
        else:
            words = _w(QT_TRANSLATE_NOOP(
                "Vault", "The record of your most recent changes (%1) is damaged at change %2 "
                "of %3: opening the vault now would keep the changes before it and lose the "
                "rest. CoachDesk has not changed anything. You can restore your newest backup, "
                "or open the vault without the damaged changes (a copy of the damaged record "
                "is kept beside it)."), path.name, str(good + 1), str(total))
        super().__init__(words)
        self.path = path
        self.good = good
        self.total = total
