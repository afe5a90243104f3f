"""A damaged vault, found and named: which part is hurt, and what that means for the coach.

Every vault page carries an HMAC. ``PRAGMA cipher_integrity_check`` checks
each one without needing the schema, so even a vault that will not open can be
examined: one bad page is damage; every page bad means either another key or
a damaged salt (the first 16 bytes), and a backup (which shares the salt)
tells the two apart. A key that does not open a file is told from damage by a
sample of its pages (``why_refused``): a wrong key fails every page's HMAC and
the right one passes every intact page, so a few pages decide it in
milliseconds at any size; checking every page stays with the health check.
The write-ahead log (``-wal``) is checked separately
with SQLite's own frame checksums: SQLite silently drops every change after
a damaged frame when it opens, so CoachDesk looks first and says so.

Nothing here writes to the vault or its log.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from coachdesk.vault.cipher import (
    FORMATS,
    HMAC_SHA256,
    HMAC_SHA512,
    PAGE_SIZE,
    SALT_BYTES,
    RawKey,
    file_salt,
    set_format,
)
from coachdesk.vault.cipher import keyed as _keyed
from coachdesk.vault.errors import JournalDamaged, VaultDamaged, VaultError
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault.vault import Vault

__all__ = ["JournalDamaged", "VaultDamaged", "bad_pages", "check_journal", "check_open",
           "describe", "examine", "is_damage", "journal_frames", "sample", "sampled_formats",
           "set_journal_aside", "why_refused"]

WAL_HEADER, FRAME_HEADER = 32, 24
_WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}

# The pages that tell a wrong key from damage: page 1 and pages spread evenly to the last.
SAMPLE_PAGES = 16
# SQLCipher 4's page layout: each page ends with its IV (16 bytes) and HMAC, padded to
# the cipher's 16-byte block; the HMAC covers the ciphertext, the IV and the page number
# (4 bytes, little-endian), keyed by PBKDF2-HMAC-SHA512 (2 rounds) over the key, with
# the salt XOR 0x3a (``cipher_hmac_salt_mask``). Page 1's first 16 bytes are the salt.
_DIGESTS = {HMAC_SHA256: "sha256", HMAC_SHA512: "sha512"}
_IV_BYTES, _HMAC_SALT_MASK, _HMAC_KDF_ROUNDS = 16, 0x3A, 2


def _read_only(path: Path, key: RawKey, page_hmac: str) -> sqlcipher3.Connection:
    """A keyed read-only connection of its own that reads nothing yet: the checks below
    must run even where the schema itself is damaged (so not the vault's proven open)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        set_format(conn, key, page_hmac)
    except BaseException:
        conn.close()
        raise
    return conn


def _file_format(path: Path, key: RawKey) -> str | None:
    """The page format ``key`` opens the file in (its first pages check out in it), or
    None: another key, or those pages damaged."""
    try:
        conn = _keyed(Path(path), key, "ro")
    except VaultError:
        return None
    try:
        return str(conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])
    finally:
        conn.close()


def _bad_pages_as(path: Path, key: RawKey, page_hmac: str) -> list[int]:
    conn = _read_only(path, key, page_hmac)
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        conn.close()
    return sorted({int(r[0].rsplit(" ", 1)[-1]) for r in rows
                   if r[0].rsplit(" ", 1)[-1].isdigit()})


def sample(total: int) -> list[int]:
    """The pages ``sampled_formats`` reads in a file of ``total`` pages: page 1 and pages
    spread evenly to the last, ``SAMPLE_PAGES`` at most."""
    if total <= SAMPLE_PAGES:
        return list(range(1, total + 1))
    step = (total - 1) / (SAMPLE_PAGES - 1)
    return sorted({1 + round(k * step) for k in range(SAMPLE_PAGES)})


def sampled_formats(path: Path, key: RawKey) -> dict[str, list[int]]:
    """For each page format, the pages of ``sample`` whose HMAC checks out with ``key``
    (and its salt, or else the file's own): nothing in any format means another key or
    a damaged salt. Reads those pages only, never the schema; checks the HMACs as
    SQLCipher does (see ``_DIGESTS``), so even a file whose first page is damaged is
    told from one another key made."""
    path = Path(path)
    salt = key.salt or file_salt(path)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key.key, bytes(b ^ _HMAC_SALT_MASK for b in salt),
                                   _HMAC_KDF_ROUNDS, len(key.key))
    # where each format's HMAC sits: after the IV, at the start of the padded reserve
    layouts = [(page_hmac, digest, size, PAGE_SIZE - (_IV_BYTES + size + 15) // 16 * 16
                + _IV_BYTES)
               for page_hmac, digest in _DIGESTS.items()
               for size in (hashlib.new(digest).digest_size,)]
    passing: dict[str, list[int]] = {page_hmac: [] for page_hmac in FORMATS}
    with path.open("rb") as f:
        for number in sample(path.stat().st_size // PAGE_SIZE):
            f.seek((number - 1) * PAGE_SIZE)
            page = f.read(PAGE_SIZE)
            for page_hmac, digest, size, mac_at in layouts:
                signed = page[SALT_BYTES if number == 1 else 0:mac_at]
                mac = hmac.new(hmac_key, signed + number.to_bytes(4, "little"), digest)
                if hmac.compare_digest(mac.digest(), page[mac_at:mac_at + size]):
                    passing[page_hmac].append(number)
    return passing


def _sampled_format(path: Path, key: RawKey) -> str | None:
    """The format in which most of the sample checks out with ``key``; None if none does."""
    passing = sampled_formats(path, key)
    best = max(FORMATS, key=lambda page_hmac: len(passing[page_hmac]))
    return best if passing[best] else None


def why_refused(path: Path, key: RawKey, backup_salt: bytes | None = None) -> Words | None:
    """After ``key`` failed to open the file: what is damaged, in words, or None for
    another key. Decided by a sample of pages (``sampled_formats``), so a wrong key is
    told at once at any size; only a file the key does fit (damage) is checked through,
    in its one format, to name what is hurt. A key whose sample fails throughout is
    another key, unless the sample checks out with a backup's salt (the salt damaged).
    Damage to every sampled page with the right key reads as another key."""
    found = _sampled_format(path, key)
    if found is not None:
        return _described(_bad_pages_as(path, key, found), path)
    if backup_salt is None or len(backup_salt) != SALT_BYTES:
        return None
    with_salt = RawKey(key.key, backup_salt)
    found = _sampled_format(path, with_salt)
    if found is None or _bad_pages_as(path, with_salt, found):
        return None
    return _w(QT_TRANSLATE_NOOP(
        "Vault", "its first 16 bytes (the salt, which every page's check depends on) are "
        "damaged; every page is otherwise intact"))


def _checked(path: Path, key: RawKey) -> tuple[list[int], str]:
    """(pages whose HMAC fails, the file's page format): see ``bad_pages``."""
    found = _file_format(path, key) or _sampled_format(path, key)
    if found is not None:
        return _bad_pages_as(path, key, found), found
    return min(((_bad_pages_as(path, key, page_hmac), page_hmac) for page_hmac in FORMATS),
               key=lambda checked: len(checked[0]))


def bad_pages(path: Path, key: RawKey) -> tuple[list[int], int]:
    """(pages whose HMAC fails, pages in the file), read-only, schema not needed.

    In the file's page format (see ``cipher``). Where its first pages do not tell it (a
    wrong key, or damage there), every format is checked and the one under which the
    fewest pages fail is the file's: a right key passes its intact pages in exactly one
    format, so damage is still told from a wrong key (which fails every page in all).
    A format in which a sample of pages checks out is taken first, so only a file that
    no sampled page fits in any format is checked through twice."""
    return _checked(path, key)[0], Path(path).stat().st_size // PAGE_SIZE


def _w(text: str, *args: str) -> Words:
    """What is damaged, in the "Vault" context (the damage fills a sentence of
    coachdesk.vault.errors in the same context)."""
    return Words("Vault", text, args)


def describe(path: Path, key: RawKey, backup_salt: bytes | None = None) -> Words | None:
    """What is damaged, in words, or None if every page checks out with ``key``."""
    bad, total = bad_pages(path, key)
    if not bad:
        return None
    if len(bad) < total:
        return _described(bad, path)
    if backup_salt is not None and len(backup_salt) == SALT_BYTES:
        fixed, _ = bad_pages(path, RawKey(key.key, backup_salt))
        if not fixed:
            return _w(QT_TRANSLATE_NOOP(
                "Vault", "its first 16 bytes (the salt, which every page's check depends on) "
                "are damaged; every page is otherwise intact"))
    return _w(QT_TRANSLATE_NOOP("Vault", "no page passes its check with this key (another key, "
                                "or its first bytes damaged)"))


def _described(bad: list[int], path: Path) -> Words | None:
    """Damage in words: which of the file's pages fail their check (None: none)."""
    total = Path(path).stat().st_size // PAGE_SIZE
    if not bad:
        return None
    if bad == [1]:
        return _w(QT_TRANSLATE_NOOP(
            "Vault", "its first page (the one that lists what the vault holds) fails its check"))
    if len(bad) == 1:  # a vault has more than one page: "pages" is always plural here
        return _w(QT_TRANSLATE_NOOP("Vault", "page %1 of its %2 pages fails its check"),
                  f"{bad[0]:,}", f"{total:,}")
    shown = ", ".join(f"{p:,}" for p in bad[:5]) + ("…" if len(bad) > 5 else "")
    return _w(QT_TRANSLATE_NOOP("Vault", "%1 of its %2 pages fail their check (pages %3)"),
              f"{len(bad):,}", f"{total:,}", shown)


def journal_frames(wal: Path) -> tuple[int, int]:
    """(frames that check out, frames up to the last commit) of a -wal file.

    Mirrors SQLite's recovery, and looks past the place where SQLite stops: frames
    count while their salts match the header's and the running checksum agrees. A
    frame that fails before the last commit of its generation is damage: SQLite
    would drop that commit and all after it. Frames after the last commit are an
    unfinished write, rightly dropped. A frame whose salts are damaged is told from
    an older generation's by its checksum (which the salts are not part of); a
    damaged header, with which SQLite drops the whole log, by the frames that still
    check out behind it.
    """
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return 0, 0
    if len(data) < WAL_HEADER:
        return 0, 0
    magic, _version, page_size, _seq = struct.unpack(">4I", data[:16])
    order = _WAL_MAGIC.get(magic)
    if order is not None and page_size >= 512:
        seed = _checksum(data[:24], 0, 0, order)
        if seed == struct.unpack(">2I", data[24:32]):
            return _walk(data, order, page_size, data[16:24], seed)
    return 0, _behind_a_damaged_header(data)


def _walk(data: bytes, order: str, page_size: int, salts: bytes,
          seed: tuple[int, int]) -> tuple[int, int]:
    """(frames that check out, frames up to the last commit) from ``seed`` on."""
    frame = FRAME_HEADER + page_size
    good = last_sound = 0
    commits: list[int] = []
    valid = True
    for seen, start in enumerate(range(WAL_HEADER, len(data) - frame + 1, frame), start=1):
        header = data[start:start + FRAME_HEADER]
        stored = struct.unpack(">2I", header[16:24])
        sums = _checksum(header[:8] + data[start + FRAME_HEADER:start + frame], *seed,
                         order) == stored
        own = header[8:16] == salts
        if not own and not sums:
            break  # an older generation's frame: the log ends here
        if struct.unpack(">I", header[4:8])[0]:
            commits.append(seen)
        if sums:  # written in full (the salts are not part of the sum)
            last_sound = seen
        if valid and own and sums:
            good = seen
        else:
            valid = False
        seed = stored  # each frame's sum goes on from the one before, as it was written
    # A commit counts as saved when its frame, or one after it, was written in full (its
    # sum agrees). A last frame whose sum fails, with nothing written in full after it, is
    # a write cut off part-way (SQLite writes a frame's header before its page; the save
    # never returned): SQLite rightly drops it, and it is no damage. A flipped byte there
    # looks the same and is dropped alike; a damaged salt on a whole frame is still named.
    total = max((c for c in commits if c <= last_sound), default=0)
    return min(good, total), total


def _behind_a_damaged_header(data: bytes) -> int:
    """Commits in a log whose header is damaged (SQLite ignores such a log, and every
    change in it): the first frame must check out from the header as it was written,
    its stored sum or the sum of its first 24 bytes, in either byte order."""
    frame = FRAME_HEADER + PAGE_SIZE
    if len(data) < WAL_HEADER + frame:
        return 0
    first = data[WAL_HEADER:WAL_HEADER + frame]
    stored = struct.unpack(">2I", first[16:24])
    written: tuple[int, int] = struct.unpack(">2I", data[24:32])
    for order in ("<", ">"):
        for seed in (written, _checksum(data[:24], 0, 0, order)):
            if _checksum(first[:8] + first[FRAME_HEADER:], *seed, order) == stored:
                return _walk(data, order, PAGE_SIZE, first[8:16], seed)[1]
    return 0


def _checksum(data: bytes, s0: int, s1: int, order: str) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def check_journal(vault_file: Path) -> None:
    """Raise JournalDamaged if the -wal holds changes SQLite would silently drop."""
    wal = Path(f"{vault_file}-wal")
    good, total = journal_frames(wal)
    if good < total:
        raise JournalDamaged(wal, good, total)


def set_journal_aside(vault_file: Path) -> Path | None:
    """Keep a copy of a damaged -wal beside the vault before SQLite drops its tail."""
    from datetime import UTC, datetime

    from coachdesk import files

    wal = Path(f"{vault_file}-wal")
    if not wal.exists():
        return None
    copy = wal.with_name(f"{wal.name}.damaged-{datetime.now(UTC):%Y%m%d-%H%M%S}")
    files.write_private_atomically(copy, wal.read_bytes())
    return copy


def examine(path: Path, key: RawKey) -> Words | None:
    """What is damaged, after a read of the vault failed: every page's check first (a
    fraction of a second for a large vault), then, if each page checks out, SQLite's own
    check that the records fit together (about three times as long). None when both
    pass: the failure was not damage. Read-only, through a connection of its own."""
    try:
        damage = describe(path, key)
        if damage is not None:
            return damage
        conn = _read_only(path, key, _file_format(path, key) or _checked(path, key)[1])
        try:
            conn.execute("PRAGMA cache_size = -65536")  # as the vault's own: 4x faster
            found = conn.execute("PRAGMA integrity_check(1)").fetchone()
        finally:
            conn.close()
    except sqlcipher3.Error:
        return _READ_THROUGH
    except OSError as exc:
        return _w(QT_TRANSLATE_NOOP("Vault", "its file could not be read (%1)"),
                  exc.strerror or type(exc).__name__)
    if found is None or found[0] == "ok":
        return None
    # SQLite names tables, indexes and row numbers here, never what a record holds.
    return _w(QT_TRANSLATE_NOOP("Vault", "every page checks out, but its records do not fit "
                                "together (SQLite's own check: %1)"),
              str(found[0]).splitlines()[0][:160])


_READ_THROUGH = _w(QT_TRANSLATE_NOOP("Vault", "it could not be read through"))


# SQLite's primary result codes for a vault whose file holds damage.
_DAMAGE_CODES = {11: "SQLITE_CORRUPT", 26: "SQLITE_NOTADB"}


def is_damage(exc: BaseException) -> bool:
    """True for a database error that reports damage (a page that fails its check, or
    records that do not fit together), anywhere in the chain of causes."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, sqlcipher3.DatabaseError) and (
                getattr(seen, "sqlite_errorcode", -1) & 0xFF) in _DAMAGE_CODES:
            return True
        seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)
    return False


def check_open(vault: Vault) -> Words | None:
    """After unlocking: every page of the open vault checked through a connection of its
    own (so the coach can work meanwhile); what is damaged, or None."""
    key = vault._key
    if key is None:
        return None
    try:
        with vault.exclusive():  # the check reads the file: fold recent changes in first
            vault.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return describe(vault.location.vault_file, key)
    except sqlcipher3.Error:
        return _READ_THROUGH
