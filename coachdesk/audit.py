"""The audit log: append-only, hash-chained, ids and actions only.

Each entry's hash covers its own fields and the hash of the entry before, so an
edited, inserted or removed entry breaks the chain. The newest hash and the
entry count are also kept in ``vault_info``, so cutting entries off the end is
caught too. Entries are written by the record modules inside the same
transaction as the change they describe.

A practice on several computers (docs/sync.md): each computer's log stays its own
chain; its entries travel in its bundles and are kept on the others (``sync_audit``)
with the computer that wrote them, each chain verifiable there on its own, and
:func:`merged` shows every computer's entries by time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from coachdesk.timeutil import now_utc

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

GENESIS = "0" * 64


class AuditEntry(Struct, frozen=True):
    id: int
    at: str
    action: str
    record_kind: str
    record_id: int | None
    prev_hash: str
    hash: str


class ChainCheck(Struct, frozen=True):
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str = ""


def _digest(
    prev_hash: str, entry_id: int, at: str, action: str, kind: str, record_id: int | None
) -> str:
    text = f"{prev_hash}|{entry_id}|{at}|{action}|{kind}|{'' if record_id is None else record_id}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    rows = dict(
        conn.execute(
            "SELECT key, value FROM vault_info WHERE key IN ('audit_count', 'audit_head')"
        ).fetchall()
    )
    return int(rows.get("audit_count", 0)), rows.get("audit_head", GENESIS)


def about_computer(kind: str, device: str) -> str:
    """The record kind of an entry about one computer of the practice (a bundle it sent,
    its marking as gone): the kind and that computer's id, content-free, so the log can
    name the computer by its letter as the Computers table shows it now (a letter may
    change; the id never does)."""
    return f"{kind}:{device}"


def record(conn: sqlcipher3.Connection, action: str, record_kind: str,
           record_id: int | None) -> None:
    """Append one entry; call inside the transaction that makes the change."""
    count, prev = _head(conn)
    entry_id = count + 1
    at = now_utc()
    digest = _digest(prev, entry_id, at, action, record_kind, record_id)
    conn.execute(
        "INSERT INTO audit_log (id, at, action, record_kind, record_id, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (entry_id, at, action, record_kind, record_id, prev, digest),
    )
    conn.execute(
        "INSERT INTO vault_info (key, value) VALUES ('audit_count', ?), ('audit_head', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (str(entry_id), digest),
    )


def entries(
    vault: Vault, record_kind: str | None = None, record_id: int | None = None
) -> list[AuditEntry]:
    sql = "SELECT id, at, action, record_kind, record_id, prev_hash, hash FROM audit_log"
    params: tuple[Any, ...] = ()
    if record_kind is not None:
        sql += " WHERE record_kind = ? AND record_id IS ?"
        params = (record_kind, record_id)
    return [AuditEntry(*row) for row in vault.read(sql + " ORDER BY id", params)]


def verify_chain(vault: Vault) -> ChainCheck:
    """Walk the log and say whether every link (and the recorded head) holds."""
    with vault.snapshot() as conn:  # the entries and the head must be read together
        rows = conn.execute(
            "SELECT id, at, action, record_kind, record_id, prev_hash, hash FROM audit_log"
            " ORDER BY id"
        ).fetchall()
        head_count, head = _head(conn)
    return _walk([AuditEntry(*row) for row in rows], head_count, head)


def _walk(rows: Sequence[AuditEntry], head_count: int, head: str) -> ChainCheck:
    """Check one chain: ids without gaps, each link, each entry's hash, and the head.
    A chain kept from another computer may start after its first entry (its earliest
    bundles compacted away): it is checked from the first entry it holds."""
    prev = rows[0].prev_hash if rows and rows[0].id > 1 else GENESIS
    count = rows[0].id - 1 if rows else 0
    for entry in rows:
        if entry.id != count + 1:
            return ChainCheck(False, count, entry.id, "an entry is missing before this one")
        if entry.prev_hash != prev:
            return ChainCheck(False, count, entry.id, "the link to the entry before is broken")
        if _digest(prev, entry.id, entry.at, entry.action, entry.record_kind,
                   entry.record_id) != entry.hash:
            return ChainCheck(False, count, entry.id, "this entry was changed")
        prev = entry.hash
        count += 1
    if head_count != count or head != prev:
        return ChainCheck(False, count, count + 1 if head_count > count else None,
                          "entries were removed from the end of the log")
    return ChainCheck(True, count)


def head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    """This computer's chain head (entries, newest hash), read inside a transaction."""
    return _head(conn)


def since(conn: sqlcipher3.Connection, after: int) -> list[AuditEntry]:
    """This computer's own entries after entry ``after`` (to send in a bundle)."""
    return [AuditEntry(*row) for row in conn.execute(
        "SELECT id, at, action, record_kind, record_id, prev_hash, hash FROM audit_log"
        " WHERE id > ? ORDER BY id", (after,))]


def keep_others(conn: sqlcipher3.Connection, device: str, entries: Iterable[AuditEntry],
                head: tuple[int, str]) -> None:
    """Keep another computer's entries as its bundle brought them (an entry already kept
    stays as it was) and its chain head, inside the transaction applying the bundle."""
    conn.executemany(
        "INSERT OR IGNORE INTO sync_audit (device, id, at, action, record_kind, record_id,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(device, e.id, e.at, e.action, e.record_kind, e.record_id, e.prev_hash, e.hash)
         for e in entries])
    if head[0]:
        conn.execute("INSERT INTO sync_audit_heads (device, count, head) VALUES (?, ?, ?)"
                     " ON CONFLICT (device) DO UPDATE SET count = excluded.count,"
                     " head = excluded.head WHERE excluded.count >= count", (device, *head))


def verify_others(vault: Vault) -> dict[str, ChainCheck]:
    """Each other computer's chain as kept here, checked on its own (by device id)."""
    with vault.snapshot() as conn:
        rows = conn.execute(
            "SELECT device, id, at, action, record_kind, record_id, prev_hash, hash"
            " FROM sync_audit ORDER BY device, id").fetchall()
        heads = {d: (int(c), str(h)) for d, c, h in conn.execute(
            "SELECT device, count, head FROM sync_audit_heads")}
    chains: dict[str, list[AuditEntry]] = {device: [] for device in heads}
    for device, *entry in rows:
        chains.setdefault(device, []).append(AuditEntry(*entry))
    return {device: _walk(chain, *heads.get(device, (0, GENESIS)))
            for device, chain in chains.items()}


class LogLine(Struct, frozen=True):
    """One entry of the merged log: what was done, when, and on which computer."""

    at: str
    action: str
    record_kind: str  # without the computer's id of :func:`about_computer`
    record_id: int | None  # as numbered on the computer that did it
    # '' for this computer; else the other computer's letter ("A" for the practice's
    # first computer, which has none on its numbers).
    computer: str
    entry: int  # its number in that computer's chain (orders entries of one second)
    # The computer the entry is about, named as ``computer`` is (None: about none, or
    # written before entries named it).
    about: str | None = None


def merged(vault: Vault, limit: int = 5000) -> list[LogLine]:
    """Every computer's entries, newest first, with the computer that did each."""
    rows = vault.read(
        "SELECT at, action, record_kind, record_id, '', id FROM audit_log"
        " UNION ALL SELECT a.at, a.action, a.record_kind, a.record_id,"
        " CASE WHEN coalesce(d.label, '') = '' THEN 'A' ELSE d.label END, a.id"
        " FROM sync_audit a LEFT JOIN sync_devices d ON d.device = a.device"
        " ORDER BY 1 DESC, 6 DESC LIMIT ?", (limit,))
    letters = {str(d): str(x) or "A" for d, x in vault.read(
        "SELECT device, label FROM sync_devices")}
    letters.update({str(d): "" for (d,) in vault.read("SELECT device_id FROM sync_practice")})
    lines = []
    for at, action, kind, record_id, computer, entry in rows:
        kind, _sep, device = str(kind).partition(":")
        lines.append(LogLine(at, action, kind, record_id, computer, entry,
                             letters.get(device) if device else None))
    return lines


def verify_every_chain(vault: Vault) -> dict[str, ChainCheck]:
    """This computer's chain ('') and each other computer's kept here, by the letter the
    merged log shows it under."""
    letters = {str(d): str(x) or "A" for d, x in vault.read(
        "SELECT device, label FROM sync_devices")}
    found = {"": verify_chain(vault)}
    for device, check in verify_others(vault).items():
        found[letters.get(device, "A")] = check
    return found
