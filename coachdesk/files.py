"""Writing files that other accounts on this computer can neither steer nor read.

Every file CoachDesk writes outside the vault's pages (an export where the coach
chose, the vault's info file, a backup, a copy kept aside) is written one way:

- a new file is created with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and mode 0600, so
  whatever already stands at that name (a link planted by another account, a file
  that belongs to someone else) is refused: never followed, never adopted;
- the bytes go to a hidden partial file beside the target and are synced, then the
  partial file is renamed over the target, but only once ``lstat`` shows the
  target is absent or an ordinary file of ours, and the partial file is still the
  one we wrote: a rename never lands on a link, and never passes off a file another
  account swapped in while we wrote.

The vault's own folder must be the coach's alone (:func:`check_private_folder`):
a folder others can write to lets them plant files before CoachDesk looks.
"""

from __future__ import annotations

import os
import shlex
import stat
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from coachdesk.errors import CoachDeskError
from coachdesk.words import QT_TRANSLATE_NOOP, Words


def _w(text: str, *args: str | Words) -> Words:
    """Words about files and folders, in the "Files" context."""
    return Words("Files", text, args)

PARTIAL_SUFFIX = ".coachdesk-partial"
_CREATE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
           | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_POSIX = os.name == "posix"  # Windows has no owner uid or group bits to check


class UnsafeFile(CoachDeskError):
    """Something CoachDesk did not make stands where it would write: it writes nothing."""

    def __init__(self, path: Path, what: Words) -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP(
            "Files", "CoachDesk will not write %1: %2. Nothing was written there. Choose "
            "another name, or a folder that is yours alone."), str(path), what))
        self.path = path


class UnsafeFolder(CoachDeskError):
    """A folder that is not the coach's alone: no vault (or backup) is made or opened in it."""

    def __init__(self, folder: Path, what: Words, kept: str | Words = "") -> None:
        super().__init__(_w(QT_TRANSLATE_NOOP("Files", "CoachDesk will not keep %1 in %2: %3"),
                            kept or YOUR_VAULT, str(folder), what))
        self.folder = folder


def _stranger(st: os.stat_result) -> bool:
    return _POSIX and st.st_uid != os.geteuid()


def _not_ours(path: Path) -> Words | None:
    """Why what stands at ``path`` may not be replaced (None: nothing, or a file of ours)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(st.st_mode):
        return _w(QT_TRANSLATE_NOOP("Files", "a link to another place stands at that name"))
    if not stat.S_ISREG(st.st_mode):
        return _w(QT_TRANSLATE_NOOP(
            "Files", "something other than an ordinary file stands at that name"))
    if _stranger(st):
        return _w(QT_TRANSLATE_NOOP(
            "Files", "a file that belongs to another account stands at that name"))
    return None


def create_private(path: str | Path) -> BinaryIO:
    """A new file that only this account can read, open for writing.

    Refuses (:class:`UnsafeFile`) when anything at all stands at ``path``: a link is
    never followed and a file never reused, whoever made it.
    """
    path = Path(path)
    try:
        fd = os.open(path, _CREATE, 0o600)
    except FileExistsError:  # O_EXCL: a link at the name counts as standing there
        raise UnsafeFile(path, _not_ours(path) or _w(QT_TRANSLATE_NOOP(
            "Files", "a file already stands at that name"))) \
            from None
    if _POSIX:
        os.fchmod(fd, 0o600)  # a folder's default ACL must not widen it
    return os.fdopen(fd, "wb")


def discard_leftover(path: str | Path) -> None:
    """Remove a partial file an interrupted write of ours left (a crash, a pulled drive);
    anything else standing there is left alone for :func:`create_private` to refuse."""
    path = Path(path)
    if _identity(path) is not None and _not_ours(path) is None:
        with suppress(FileNotFoundError):
            path.unlink()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _sync_folder(folder: Path) -> None:
    """Make a rename durable; some network and FAT folders cannot, and need not fail."""
    if not _POSIX:
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def refuse_unless_replaceable(target: str | Path) -> None:
    """Raise :class:`UnsafeFile` unless ``target`` is absent or an ordinary file of ours."""
    target = Path(target)
    why = _not_ours(target)
    if why:
        raise UnsafeFile(target, why)


def put_in_place(partial: str | Path, target: str | Path) -> None:
    """Rename ``partial`` over ``target``, checked with ``lstat`` just before: never onto
    a link, nor onto anything but an ordinary file of ours."""
    partial, target = Path(partial), Path(target)
    refuse_unless_replaceable(target)
    os.replace(partial, target)
    _sync_folder(target.parent)


def partial_path(target: Path) -> Path:
    """The hidden name a file is written under until it is complete."""
    return target.with_name(f".{target.name}{PARTIAL_SUFFIX}")


class StagedFile:
    """Bytes written to a hidden partial file beside ``target``, synced, waiting for
    :meth:`finish` to give them the target's name (or :meth:`abort` to remove them).

    The target is checked first too, so a refusal comes before anything that depends
    on the file (an export's record) is written.
    """

    def __init__(self, target: str | Path, data: bytes) -> None:
        self.target = Path(target)
        self.partial = partial_path(self.target)
        self._out: BinaryIO | None = None
        self._identity: tuple[int, int] | None = None
        refuse_unless_replaceable(self.target)
        discard_leftover(self.partial)
        self._out = create_private(self.partial)
        try:
            written = os.fstat(self._out.fileno())
            self._identity = (written.st_dev, written.st_ino)
            self._out.write(data)
            self._out.flush()
            os.fsync(self._out.fileno())
        except BaseException:
            self.abort()
            raise

    def _still_ours(self) -> bool:
        """The partial file is still the one written here. It stays open until renamed,
        so its inode cannot be freed and reused by a file someone swapped in."""
        if self._out is not None and not self._out.closed:
            st = os.fstat(self._out.fileno())
            return st.st_nlink > 0 and _identity(self.partial) == (st.st_dev, st.st_ino)
        return self._identity is not None and _identity(self.partial) == self._identity

    def _close(self) -> None:
        if self._out is not None:
            self._out.close()

    def finish(self) -> None:
        """The file takes its name (the target checked again just before the rename)."""
        try:
            if not self._still_ours():
                raise UnsafeFile(self.target, _w(QT_TRANSLATE_NOOP(
                    "Files", "the file being written was replaced by another before it was "
                    "finished")))
            if not _POSIX:
                self._close()  # Windows renames no open file
            put_in_place(self.partial, self.target)
        except BaseException:
            self.abort()
            raise
        finally:
            self._close()

    def abort(self) -> None:
        """Remove the partial file, if it is still the one written here."""
        if self._still_ours():
            with suppress(FileNotFoundError):
                self.partial.unlink()
        self._close()


def write_private_atomically(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data``, whole or not at all, readable by this account only."""
    StagedFile(path, data).finish()


YOUR_VAULT = _w(QT_TRANSLATE_NOOP("Files", "your vault"))
_VAULT_ELSEWHERE = _w(QT_TRANSLATE_NOOP(
    "Files", "start CoachDesk with --home and a folder in your home folder"))


def others_may_write(folder: str | Path) -> bool:
    """Whether another account on this computer owns ``folder`` or may write in it (the
    two tests ``check_private_folder`` refuses a folder for, each in its own words). False
    on Windows (no owner uid or group bits) and for a folder that cannot be read."""
    if not _POSIX:
        return False
    try:
        st = Path(folder).stat()
    except OSError:
        return False
    return _stranger(st) or bool(st.st_mode & 0o022)


def check_private_folder(folder: str | Path, *, kept: str | Words = YOUR_VAULT,
                         elsewhere: str | Words = _VAULT_ELSEWHERE) -> None:
    """Refuse a folder another account owns or may write to (no check on Windows, whose
    folders have no owner uid or group bits). A missing folder passes: whoever opens the
    vault says it is missing, and whoever creates it makes it private. ``kept`` and
    ``elsewhere`` say what would be kept there and how to choose another folder."""
    folder = Path(folder)
    if not _POSIX:
        return
    try:
        st = folder.stat()
    except FileNotFoundError:
        return
    if _stranger(st):
        raise UnsafeFolder(folder, _w(QT_TRANSLATE_NOOP(
            "Files", "that folder belongs to another account on this computer, which could "
            "read or replace what is in it. Choose a folder of your own (%1)."), elsewhere),
            kept)
    if st.st_mode & 0o022:
        raise UnsafeFolder(folder, _w(QT_TRANSLATE_NOOP(
            "Files", "other accounts on this computer can add or change files in that folder. "
            "Make it yours alone (in a terminal: %1), or choose another folder (%2)."),
            f"chmod 700 {shlex.quote(str(folder))}", elsewhere), kept)
