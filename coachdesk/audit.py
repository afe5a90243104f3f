"""The audit log: append-only, hash-chained, ids and actions only.

Each entry's hash covers its own fields and the hash of the entry before, so an
edited, inserted or removed entry breaks the chain. The newest hash and the
entry count are also kept in ``vault_info``, so cutting entries off the end is
caught too. Entries are written by the record modules inside the same
transaction as the change they describe.
"""

from __future__ import annotations

import hashlib
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
    prev = GENESIS
    count = 0
    for row in rows:
        entry = AuditEntry(*row)
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
