"""Change bundles in the sync folder: written whole or not at all, read only when
verified (docs/sync.md, *The folder* and *The bundle*).

``<sync folder>/CoachDesk/<practice id>/<device id>/<sequence>.cdsync``: each computer
writes only in its own folder (one writer per file), under a temporary name renamed when
complete. A bundle is a small SQLCipher 4 database keyed with the practice's sync key, so
its page HMACs catch tampering and truncation; a digest of its changes in its header
catches a file cut at a page boundary. Anything else in the folder (a sync tool's
temporary or conflicted copy, a partial file) is ignored with a reason.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from coachdesk import files
from coachdesk.audit import GENESIS, AuditEntry
from coachdesk.errors import CoachDeskError
from coachdesk.vault.cipher import PAGE_SIZE, RawKey, keyed
from coachdesk.vault.errors import NotAVault, WrongKey
from coachdesk.words import QT_TRANSLATE_NOOP, Words

# 2: names stored once, rows once (docs/sync.md, *The bundle*); format 1 is still read.
FORMAT = 2
SUFFIX = ".cdsync"
TOP = "CoachDesk"
_NAME = re.compile(r"^(\d{8,})\.cdsync$")  # eight digits, more once past 99999999
_DEVICE = re.compile(r"^[0-9a-f]{32}$")

# Why a file is not applied, in the coach's words (the status line shows them after the
# file's name, translated in the context "sync").
NOT_A_BUNDLE = QT_TRANSLATE_NOOP("sync", "not a CoachDesk change file (a sync tool's temporary or "
                                         "conflicted copy is ignored)")
UNREADABLE = QT_TRANSLATE_NOOP("sync", "could not be read")
INCOMPLETE = QT_TRANSLATE_NOOP("sync", "is incomplete or cut short (still arriving, or damaged)")
WRONG_KEY = QT_TRANSLATE_NOOP("sync", "does not open with this practice's pairing code "
                                      "(written by another practice, or changed since)")
DAMAGED = QT_TRANSLATE_NOOP("sync", "was changed or damaged after it was written")
NEWER = QT_TRANSLATE_NOOP("sync", "was written by a newer CoachDesk: update CoachDesk on this "
                                  "computer to receive it")
OTHER_PRACTICE = QT_TRANSLATE_NOOP("sync", "belongs to another practice")
MOVED = QT_TRANSLATE_NOOP("sync", "is not where its computer wrote it (moved or copied by hand)")
NOT_A_COMPUTER = QT_TRANSLATE_NOOP("sync", "not a CoachDesk computer's folder")
CLOCK_AHEAD = QT_TRANSLATE_NOOP("sync", "carries a time more than a day ahead of this "
                                "computer's clock: check the date and time on both "
                                "computers")


@dataclass(frozen=True)
class Change:
    """One change as it travels: a whole row's column (``upsert``, with that column's
    version) or a row's deletion (``delete``: ``value`` is what the deleter knew of the
    row, device -> newest clock, as JSON)."""

    tbl: str
    gid: str
    op: str  # 'upsert' or 'delete'
    col: str
    value: Any
    hlc: int
    device: str
    base_hlc: int | None = None


@dataclass(frozen=True)
class Bundle:
    practice_id: str
    device_id: str
    sequence: int
    covers_from: int  # a rewritten bundle replaces this device's bundles from here on
    schema_version: int
    changes: tuple[Change, ...]
    # The writing computer's letter on its readable numbers ('' on the first computer).
    label: str = ""
    # Every other computer's letter the writer knows (device, letter): a record that
    # reaches a computer through a third one is numbered right before its own bundles come.
    labels: tuple[tuple[str, str], ...] = ()
    # The writer's own audit entries not sent before (all of them in a rewrite), and its
    # chain head when written (entries, newest hash): kept by the others, verifiable.
    audit: tuple[AuditEntry, ...] = ()
    audit_head: tuple[int, str] = (0, GENESIS)
    # What the writer had applied of every other computer's bundles (device, sequence):
    # a computer compacts its own bundles once every other one has applied them all.
    applied: tuple[tuple[str, int], ...] = ()
    # A compaction of this device's bundles up to this sequence, nothing newer in it: a
    # computer that has applied that far has it all already (0: not a compaction).
    compacts: int = 0

    @property
    def newest(self) -> int:
        return max((c.hlc for c in self.changes), default=0)


class SyncFolderFull(CoachDeskError):
    """The sync folder's disk has no room for a bundle: nothing was sent, nothing lost."""

    def __init__(self) -> None:
        super().__init__(Words("Sync", QT_TRANSLATE_NOOP(
            "Sync", "The disk of the sync folder is full, so this computer's latest changes "
                    "were not sent. They are safe in this vault and go with the next sync "
                    "once there is space.")))


def _full(exc: BaseException) -> bool:
    """True when ``exc`` is the disk running out of room (SQLite's words or ENOSPC)."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(exc, sqlcipher3.dbapi2.Error) and "full" in str(exc).lower()


@dataclass(frozen=True)
class Refused:
    """A file in the sync folder that is not applied, and why, in the coach's words."""

    path: Path
    reason: str


def practice_folder(sync_folder: Path, practice_id: str) -> Path:
    return Path(sync_folder) / TOP / practice_id


def bundle_name(sequence: int) -> str:
    return f"{sequence:08d}{SUFFIX}"


def _canonical(value: Any) -> Any:
    return {"bytes": value.hex()} if isinstance(value, bytes) else value


# One encoder for every change (json.dumps builds a new one per call when given options).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def digest(changes: Iterable[Change], fmt: int = FORMAT) -> str:
    """SHA-256 over the changes in order, in a canonical form: format 1, one JSON line
    each; format 2, one JSON array of them all (one call to the encoder, not one per
    change: a practice's first bundle holds over a million)."""
    h = hashlib.sha256()
    fields = ([c.tbl, c.gid, c.op, c.col, _canonical(c.value), c.hlc, c.device, c.base_hlc]
              for c in changes)
    if fmt < 2:
        h.update("".join(_ENCODE(f) + "\n" for f in fields).encode("utf-8"))
    else:
        h.update(_ENCODE(list(fields)).encode("utf-8"))
    return h.hexdigest()


def _own_folder(sync_folder: Path, practice_id: str, device_id: str) -> Path:
    """This computer's folder in the sync folder, made private (0700) where missing, and
    refused when it or the practice's folder is a link: a link planted there would send
    CoachDesk's files, and the removals after a disposal, somewhere else."""
    top = Path(sync_folder) / TOP
    folder = top / practice_id / device_id
    Path(sync_folder).mkdir(parents=True, exist_ok=True)
    for step in (top, top / practice_id, folder):
        with contextlib.suppress(FileExistsError):
            step.mkdir(mode=0o700)
        if step.is_symlink() or not step.is_dir():
            raise CoachDeskError(Words("sync", QT_TRANSLATE_NOOP(
                "sync", "The folder %1 in the sync folder is a link or not a folder. "
                        "CoachDesk writes its change files only in folders of its own: "
                        "remove it, and sync again."), (str(step),)))
    return folder


def write(sync_folder: Path, key: bytes, bundle: Bundle) -> Path:
    """Write ``bundle`` under its final name in this device's folder: built under a
    temporary name, synced, then renamed, so a reader sees it whole or not at all."""
    folder = _own_folder(sync_folder, bundle.practice_id, bundle.device_id)
    target = folder / bundle_name(bundle.sequence)
    partial = folder / f".{bundle_name(bundle.sequence)}.partial"
    partial.unlink(missing_ok=True)
    try:
        files.create_private(partial).close()
        conn = keyed(partial, RawKey(key), "rwc")
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN")
            conn.execute("CREATE TABLE header (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            names = _write_changes(conn, bundle.changes)
            conn.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
                         " action TEXT NOT NULL, record_kind TEXT NOT NULL, record_id INTEGER,"
                         " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)")
            conn.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [(e.id, e.at, e.action, e.record_kind, e.record_id,
                               e.prev_hash, e.hash) for e in bundle.audit])
            header = {"format": FORMAT, "practice_id": bundle.practice_id,
                      "device_id": bundle.device_id, "sequence": bundle.sequence,
                      "covers_from": bundle.covers_from,
                      "schema_version": bundle.schema_version, "label": bundle.label,
                      "labels": json.dumps(sorted(bundle.labels)),
                      "applied": json.dumps(sorted(bundle.applied)),
                      "compacts": bundle.compacts, "names": names,
                      "count": len(bundle.changes), "digest": digest(bundle.changes),
                      "audit_count": len(bundle.audit), "audit_head": json.dumps(
                          list(bundle.audit_head))}
            conn.executemany("INSERT INTO header (key, value) VALUES (?, ?)",
                             [(k, str(v)) for k, v in header.items()])
            conn.execute("COMMIT")
        finally:
            conn.close()
        with partial.open("rb") as f:
            os.fsync(f.fileno())
        files.put_in_place(partial, target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if _full(exc):
            raise SyncFolderFull() from None
        raise
    return target


def _write_changes(conn: sqlcipher3.Connection, changes: tuple[Change, ...]) -> str:
    """Format 2: each table, column and device name once (the header's ``names``, a JSON
    list: a name's number is its place in it, from 1); a row's table, global id and
    operation only on its first field (NULL on the others: the row above's), so a row of
    ten fields names its record once; values as they are. Returns the header's ``names``
    (the same number of tables, so of pages, as format 1: a small bundle is no bigger)."""
    conn.execute("CREATE TABLE changes (position INTEGER PRIMARY KEY, tbl INTEGER, gid TEXT,"
                 " op TEXT, col INTEGER NOT NULL, value, hlc INTEGER NOT NULL,"
                 " device INTEGER NOT NULL, base_hlc INTEGER)")
    names: dict[str, int] = {}
    fields: list[tuple[int | None, str | None, str | None, int, Any, int, int, int | None]] = []
    last: tuple[str, str, str] | None = None
    for c in changes:
        first = (c.tbl, c.gid, c.op) != last
        last = (c.tbl, c.gid, c.op)
        fields.append((names.setdefault(c.tbl, len(names) + 1) if first else None,
                       c.gid if first else None, c.op if first else None,
                       names.setdefault(c.col, len(names) + 1), c.value, c.hlc,
                       names.setdefault(c.device, len(names) + 1), c.base_hlc))
    conn.executemany("INSERT INTO changes (tbl, gid, op, col, value, hlc, device, base_hlc)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", fields)
    return json.dumps(list(names))


def _read_changes(conn: sqlcipher3.Connection, header: dict[str, str]) -> list[Change]:
    """The changes in order, from either format (format 1: every name in every row)."""
    rows = conn.execute("SELECT tbl, gid, op, col, value, hlc, device, base_hlc FROM changes"
                        " ORDER BY position")
    if int(header.get("format", "0")) < 2:
        return [Change(*row) for row in rows]
    names = dict(enumerate((str(n) for n in json.loads(header["names"])), start=1))
    out: list[Change] = []
    tbl = gid = op = ""
    for t, g, o, col, value, hlc, device, base in rows:
        if g is not None:
            tbl, gid, op = names[t], g, o
        elif not out:
            raise ValueError("a bundle's first change names no record")
        out.append(Change(tbl, gid, op, names[col], value, hlc, names[device], base))
    return out


def read(path: Path, key: bytes, practice_id: str, newest_schema: int) -> Bundle | Refused:
    """The bundle at ``path`` if it is whole, this practice's, where its header says, and
    unaltered; else why not. Nothing is written to the file."""
    match = _NAME.match(path.name)
    if match is None:
        return Refused(path, NOT_A_BUNDLE)
    conn = _opened(path, key)
    if isinstance(conn, str):
        return Refused(path, conn)
    try:
        try:
            if conn.execute("PRAGMA cipher_integrity_check").fetchall():
                return Refused(path, DAMAGED)
            header = dict(conn.execute("SELECT key, value FROM header").fetchall())
            fmt = int(header.get("format", "0"))
            if fmt > FORMAT:  # a newer CoachDesk's tables: not read, said so below
                changes: list[Change] = []
            else:
                changes = _read_changes(conn, header)
            has_audit = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit'"
                                     ).fetchone() is not None
            entries = [AuditEntry(*row) for row in conn.execute(
                "SELECT id, at, action, record_kind, record_id, prev_hash, hash FROM audit"
                " ORDER BY id")] if has_audit else []
        except (sqlcipher3.dbapi2.DatabaseError, KeyError, ValueError):
            return Refused(path, DAMAGED)
    finally:
        conn.close()
    return _verified(path, header, changes, practice_id,
                     int(match.group(1)), newest_schema, entries)


def _opened(path: Path, key: bytes) -> sqlcipher3.Connection | str:
    """The bundle at ``path`` opened read-only with ``key``, or why not (one of the reasons
    above): only a whole regular file is opened (a pipe named like a bundle would never
    answer)."""
    try:
        st = path.stat()
    except OSError:
        return UNREADABLE
    if not stat.S_ISREG(st.st_mode) or st.st_size == 0 or st.st_size % PAGE_SIZE:
        return INCOMPLETE
    try:
        return keyed(path, RawKey(key), "ro")
    except (WrongKey, NotAVault):
        return WRONG_KEY


def _header(path: Path, key: bytes) -> dict[str, str] | str:
    """The header of the bundle at ``path`` (no change read), or why it cannot be read."""
    conn = _opened(path, key)
    if isinstance(conn, str):
        return conn
    try:
        return dict(conn.execute("SELECT key, value FROM header").fetchall())
    except sqlcipher3.dbapi2.DatabaseError:
        return DAMAGED
    finally:
        conn.close()


def header_of(path: Path, key: bytes, practice_id: str) -> Bundle | Refused:
    """Whose bundle ``path`` is (its header; no change read), if the sync key opens it:
    enough to find the practice a code belongs to without reading the whole practice,
    which the exchange that follows reads and verifies."""
    header = _header(path, key)
    if isinstance(header, str):
        return Refused(path, header)
    if header.get("practice_id") != practice_id:
        return Refused(path, OTHER_PRACTICE)
    return Bundle(practice_id, header.get("device_id", ""), int(header.get("sequence", "0")),
                  int(header.get("covers_from", "0")), int(header.get("schema_version", "0")),
                  (), header.get("label", ""), tuple(  # every letter it knows, too
                      (str(d), str(x)) for d, x in json.loads(header.get("labels", "[]"))),
                  applied=tuple(  # and what it had applied (a receive's order: practice.py)
                      (str(d), int(n)) for d, n in json.loads(header.get("applied", "[]"))))


def count_of(path: Path, key: bytes) -> int:
    """How many changes the bundle at ``path`` says it holds (its header only; 0 when it
    does not open): a join counts the changes to come before reading any, for its bar.
    What is applied is only ever what ``read`` verified."""
    try:
        header = _header(path, key)
        return 0 if isinstance(header, str) else int(header.get("count", "0"))
    except (OSError, ValueError):
        return 0


def names_of(path: Path, key: bytes) -> set[str]:
    """The tables, columns and computers the bundle at ``path`` names (its header only;
    empty when it does not open, or for a bundle of format 1): a receive orders bundles
    by it, a bundle carrying a "gone" mark first. What is applied is what ``read`` verified."""
    try:
        header = _header(path, key)
        if isinstance(header, str) or "names" not in header:
            return set()
        return {str(n) for n in json.loads(header["names"])}
    except (OSError, ValueError, TypeError):
        return set()


def is_own(path: Path, key: bytes, practice_id: str, device_id: str) -> bool:
    """Whether ``path`` in this computer's folder is a bundle it wrote (the sync key opens
    it and its header names it and its sequence): anything else there, an empty file
    named 99999999.cdsync say, must not move this computer's numbering on."""
    found = header_of(path, key, practice_id)
    return (isinstance(found, Bundle) and found.device_id == device_id
            and found.sequence == sequence_of(path))


def _verified(path: Path, header: dict[str, str], changes: list[Change], practice_id: str,
              sequence: int, newest_schema: int,
              entries: list[AuditEntry] | None = None) -> Bundle | Refused:
    try:
        fmt, seq = int(header["format"]), int(header["sequence"])
        bundle = Bundle(header["practice_id"], header["device_id"], seq,
                        int(header["covers_from"]), int(header["schema_version"]),
                        tuple(changes), header.get("label", ""),
                        tuple((str(d), str(x)) for d, x in json.loads(header.get("labels", "[]"))),
                        tuple(entries or ()),
                        _audit_head(header.get("audit_head")),
                        tuple((str(d), int(n)) for d, n in json.loads(header.get("applied", "[]"))),
                        int(header.get("compacts", "0")))
        count, recorded = int(header["count"]), header["digest"]
        if int(header.get("audit_count", 0)) != len(bundle.audit):
            raise ValueError("audit entries cut off")
    except (KeyError, ValueError, TypeError):
        return Refused(path, DAMAGED)
    if fmt > FORMAT or bundle.schema_version > newest_schema:
        return Refused(path, NEWER)
    if bundle.practice_id != practice_id or path.parent.parent.name != practice_id:
        return Refused(path, OTHER_PRACTICE)
    if bundle.device_id != path.parent.name or seq != sequence:
        return Refused(path, MOVED)
    if count != len(changes) or digest(changes, fmt) != recorded:
        return Refused(path, DAMAGED)
    if any(not 0 <= c.hlc <= _latest_believable() for c in changes):
        return Refused(path, CLOCK_AHEAD)
    return bundle


def _latest_believable() -> int:
    """The latest clock a change may carry: a day past this computer's own. A computer
    whose clock runs further ahead would win every edit made at the same time, and a
    clock at the top of the range would stop this one's clock from moving on."""
    return (int(time.time() * 1000) + 86_400_000) << 16


def _audit_head(text: str | None) -> tuple[int, str]:
    if text is None:
        return (0, GENESIS)
    count, head = json.loads(text)
    return int(count), str(head)


def waiting(sync_folder: Path, practice_id: str, me: str) -> tuple[dict[str, list[Path]],
                                                                  list[Refused]]:
    """Other computers' bundles by device, in sequence order, and what is ignored."""
    found: dict[str, list[Path]] = {}
    ignored: list[Refused] = []
    top = practice_folder(sync_folder, practice_id)
    with contextlib.suppress(FileNotFoundError):
        for device in sorted(top.iterdir()):
            if not device.is_dir() or device.name == me:
                continue
            if not _DEVICE.match(device.name):
                ignored.append(Refused(device, NOT_A_COMPUTER))
                continue
            names = []
            for entry in device.iterdir():
                if _NAME.match(entry.name):
                    names.append(entry)
                elif not entry.name.startswith("."):
                    ignored.append(Refused(entry, NOT_A_BUNDLE))
            found[device.name] = sorted(names, key=sequence_of)
    return found, ignored


def own(sync_folder: Path, practice_id: str, me: str) -> list[Path]:
    """This computer's own bundles (to rewrite after a disposal)."""
    folder = practice_folder(sync_folder, practice_id) / me
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if _NAME.match(p.name)), key=sequence_of)


def sequence_of(path: Path) -> int:
    match = _NAME.match(path.name)
    if match is None:
        raise ValueError(path.name)
    return int(match.group(1))
