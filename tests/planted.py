"""What another account on the computer can leave where CoachDesk writes: a link, or a
file of its own, in a folder everyone may write to. Tests run as root (CI), so a
file of another account is made with ``os.chown`` to nobody (uid 65534)."""

from __future__ import annotations

import os
from pathlib import Path

NOBODY = 65534


def shared_folder(parent: Path, name: str = "shared") -> Path:
    """A folder every account may write to (a shared or carelessly set up folder)."""
    folder = parent / name
    folder.mkdir()
    folder.chmod(0o777)
    return folder


def foreign_file(path: Path, data: bytes = b"another account's file") -> Path:
    """A file of another account, readable and writable by everyone (0666)."""
    path.write_bytes(data)
    path.chmod(0o666)
    os.chown(path, NOBODY, NOBODY)
    return path


def link(path: Path, to: Path) -> Path:
    """A link planted at ``path``, pointing at ``to`` (a file of the coach's, say)."""
    path.symlink_to(to)
    return path


def untouched(path: Path) -> tuple:
    """What 'left alone' means for a planted thing: the same kind, owner, mode, bytes."""
    st = os.lstat(path)
    data = os.readlink(path) if path.is_symlink() else path.read_bytes()
    return st.st_mode, st.st_uid, st.st_ino, data
