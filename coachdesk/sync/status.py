"""What the sync status line says, asked of the vault and the sync folder (docs/sync.md,
*When sync runs*): when this computer last sent, what it last received and from which
computer, each computer's newest bundle applied here, and the notes to resolve.

Computers are named by their letter (the one on their readable numbers, ``D-B000004``):
the coach sees it on the numbers already, and it is no personal data (a computer's own
name, "Anna's MacBook", would travel in every bundle and could reach a log). The
practice's first computer has no letter on its numbers; the screens call it "computer A".
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from coachdesk.sync import bundles
from coachdesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from coachdesk.sync.practice import Exchange
    from coachdesk.vault import Vault


@dataclass(frozen=True)
class Computer:
    """Another computer of the practice, as seen from here."""

    device: str
    label: str  # '' for the practice's first computer
    applied: int  # the sequence of its newest bundle applied here (0: none yet)
    applied_at: datetime | None


@dataclass(frozen=True)
class Status:
    folder: Path
    label: str  # this computer's letter ('' on the first computer)
    sent_at: datetime | None
    computers: tuple[Computer, ...]
    to_resolve: int  # notes edited on two computers, not resolved yet
    # The letter this computer had until another one that joined with it kept it ('' if
    # its letter never changed), and when it changed.
    former_label: str = ""
    relabelled_at: datetime | None = None

    @property
    def received(self) -> Computer | None:
        """The computer whose bundle was applied here last."""
        dated = [c for c in self.computers if c.applied_at is not None]
        return max(dated, key=lambda c: c.applied_at or datetime.min) if dated else None

    @property
    def synced_at(self) -> datetime | None:
        """The newest of what was sent and what was received."""
        times = [t for t in (self.sent_at, self.received and self.received.applied_at) if t]
        return max(times) if times else None


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def status(vault: Vault) -> Status | None:
    """What the status line shows; None when the practice does not sync."""
    row = vault.read_one("SELECT folder, label, sent_at, former_label, relabelled_at"
                         " FROM sync_practice")
    if row is None:
        return None
    computers = tuple(
        Computer(str(device), str(label or ""), int(sequence or 0), _instant(at))
        for device, label, sequence, at in vault.read(
            "SELECT d.device, d.label, a.sequence, a.applied_at FROM sync_devices d"
            " LEFT JOIN sync_applied a ON a.device = d.device"
            " WHERE d.device != (SELECT device_id FROM sync_practice)"
            " ORDER BY d.label = '' DESC, d.label"))
    from coachdesk.sync import conflicts

    return Status(Path(row[0]), str(row[1] or ""), _instant(row[2]), computers,
                  conflicts.count(vault), str(row[3] or ""), _instant(row[4]))


def syncs(vault: Vault) -> bool:
    """Whether this practice is used on several computers (one cheap read: a vault that
    does not sync starts no timer and watches no folder)."""
    return vault.read_one("SELECT 1 FROM sync_practice") is not None


def unsent(vault: Vault) -> int:
    """How many of this computer's changes are not in a bundle yet."""
    row = vault.read_one("SELECT count(*) FROM sync_changes WHERE device IS NULL"
                         " AND seq > (SELECT sent_up_to FROM sync_practice)")
    return int(row[0]) if row else 0


def watched_folders(vault: Vault) -> tuple[Path, ...]:
    """Where another computer's new bundle would appear: the practice's folder (a new
    computer's folder appears there) and each other computer's folder. Not this
    computer's own (its own bundles would wake it for nothing)."""
    row = vault.read_one("SELECT folder, practice_id, device_id FROM sync_practice")
    if row is None:
        return ()
    top = bundles.practice_folder(Path(row[0]), str(row[1]))
    try:
        return (top, *sorted(p for p in top.iterdir() if p.is_dir() and p.name != row[2]))
    except OSError:  # not there (yet), or unplugged
        return ()


# What stopped an exchange, for the status line (it says each in the coach's words).
FOLDER_MISSING = "folder_missing"
DISK_FULL = "disk_full"
NOT_WRITABLE = "not_writable"
NEW_CODE = "new_code"  # another computer replaced the pairing code (coachdesk.sync.keys)
GONE_HERE = "gone_here"  # another computer marked this one as gone: what it sends is refused

# Why a file is not applied when this computer needs the new pairing code (shown after the
# computer's name, translated in the context "sync", as the reasons in bundles.py).
NEEDS_NEW_CODE = QT_TRANSLATE_NOOP("sync", "written after a new pairing code: type the new "
                                           "code in Settings")


@dataclass(frozen=True)
class Round:
    """One exchange as the status line needs it: what it did (None when it could not
    run), what stopped it, the status after it, the folders to watch, and how many of this
    computer's changes still wait to be sent (made while it ran)."""

    exchange: Exchange | None
    problem: str
    status: Status | None
    folders: tuple[Path, ...]
    unsent: int


def run_round(vault: Vault) -> Round:
    """One exchange and what the status line shows after it (on a computer marked as gone,
    that: it still receives, but what it sends is refused everywhere). A missing folder, a full
    disk or a folder that cannot be written to is a ``problem``, not an exception: nothing
    is lost (the changes stay in the log and go with the next bundle), and the next round
    tries again. Nothing is written when the folder is missing, so no folder is made
    where a USB stick used to be."""
    from coachdesk.sync import practice
    from coachdesk.vault.errors import DiskFull

    folder = vault.read_one("SELECT folder FROM sync_practice")
    if folder is None:
        raise practice.NotSyncing()
    done: Exchange | None = None
    problem = ""
    if not Path(folder[0]).is_dir():
        problem = FOLDER_MISSING
    else:
        try:
            done = practice.exchange(vault)
        except DiskFull:
            problem = DISK_FULL
        except OSError as exc:
            problem = DISK_FULL if exc.errno == errno.ENOSPC else NOT_WRITABLE
        except sqlcipher3.dbapi2.OperationalError as exc:  # writing a bundle's pages
            if "full" not in str(exc).lower():
                raise
            problem = DISK_FULL
    if not problem and done is not None:
        from coachdesk.sync import computers, keys

        held = keys.state(vault)
        why = None  # what a file the key here does not open means, when it is known
        if computers.gone_here(vault):  # said before all else: nothing it sends counts
            problem = GONE_HERE
        elif held.newer is not None:
            problem = NEW_CODE
            why = NEEDS_NEW_CODE
        elif held.unsure is not None:  # a code of an earlier version, its maker unknown
            why = keys.UNSURE_CODE
        elif held.mine.number > 1:  # a file the new key does not open: most likely a
            # computer still on the old code, not damage
            why = keys.OLD_CODE
        if why is not None:
            done.refused[:] = [bundles.Refused(r.path, why) if r.reason == bundles.WRONG_KEY
                               else r for r in done.refused]
    return Round(done, problem, status(vault), watched_folders(vault), unsent(vault))
