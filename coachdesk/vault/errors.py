"""What can go wrong opening a vault, each in words a coach understands."""

from __future__ import annotations

from pathlib import Path

from coachdesk.errors import CoachDeskError


class VaultError(CoachDeskError):
    """Base for vault problems."""


class WrongKey(VaultError):
    """The code or passphrase typed does not open this vault; nothing was written."""

    def __init__(self, what: str = "code") -> None:
        super().__init__(f"This {what} does not open this vault.")


class NotAVault(VaultError):
    """The vault file is empty, truncated, foreign or damaged; it was left untouched."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"The file {path} {why}. CoachDesk has left it untouched.")
        self.path = path


class VaultTooNew(VaultError):
    """Made by a newer CoachDesk: refused without changing a byte."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"The vault {path} was made by a newer version of CoachDesk "
            f"(format {found}; this version knows up to {supported}). Update "
            "CoachDesk to open it. The vault has not been changed."
        )


class VaultExists(VaultError):
    """A new vault (and a new key) is never made where a vault file already is."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"A vault already exists at {path}. CoachDesk will not create a new one over it."
        )


class KeyNeeded(VaultError):
    """The vault cannot open by itself; ask the coach for ``mode`` ('recovery' or 'passphrase')."""

    def __init__(self, reason: str, mode: str) -> None:
        super().__init__(reason)
        self.mode = mode


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class NoSqlCipher(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "This copy of CoachDesk has no working SQLCipher, so it cannot encrypt "
            "your records. It will not run without it; please reinstall CoachDesk."
        )


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "The disk is full, so this change could not be saved. Everything saved "
            "before is safe. Free some space and try again."
        )


class MigrationFailed(VaultError):
    """The vault could not be brought up to this version's format; it was not changed."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(
            f"CoachDesk could not bring the vault {path} up to date ({what}). The "
            "vault has not been changed."
        )


class VaultDamaged(VaultError):
    """The vault opens with its key, or nearly, but part of it is damaged."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"The vault {path} is damaged: {what}. CoachDesk has not changed "
                         "it.")
        self.path = path
        self.what = what


class JournalDamaged(VaultError):
    """The write-ahead log is damaged part-way: opening would drop the changes after it."""

    def __init__(self, path: Path, good: int, total: int) -> None:
        every = "the one change" if total == 1 else f"all {total} changes"
        where = (f"at its start: opening the vault now would lose {every} in it"
                 if good == 0 else
                 f"at change {good + 1} of {total}: opening the vault now would keep the "
                 f"first {good} and lose the {total - good} after it")
        super().__init__(
            f"The record of your most recent changes ({path.name}) is damaged {where}. "
            "CoachDesk has not changed anything. You can restore your newest backup, or open "
            "the vault without the damaged changes (a copy of the damaged record is kept "
            "beside it).")
        self.path = path
        self.good = good
        self.total = total
