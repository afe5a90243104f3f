"""The record of every file CoachDesk writes outside the vault.

Nothing confidential leaves the vault unnoticed: an agreement printed for
signing, a report, a legal export. Each is recorded with the SHA-256 of the
exact bytes written, in the same transaction as its audit entry. (Sponsor
reports also get a disclosure record; that is the consent gate's business.)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import audit
from coachdesk.changes import Change
from coachdesk.timeutil import now_utc

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault


@dataclass(frozen=True)
class Export:
    id: int
    kind: str
    record_kind: str
    record_id: int
    file_sha256: str
    exported_at: str


def record(vault: Vault, kind: str, record_kind: str, record_id: int, data: bytes) -> Export:
    """Record that ``data`` (the file's bytes) was written for ``record_kind`` #``record_id``."""
    with vault.transaction(touches=Change.EXPORTS) as conn:
        return insert(conn, kind, record_kind, record_id, data)


def insert(conn: sqlcipher3.Connection, kind: str, record_kind: str, record_id: int,
           data: bytes) -> Export:
    """The same, inside a write the caller holds (a disclosure records its file with it)."""
    digest = hashlib.sha256(data).hexdigest()
    now = now_utc()
    export_id = conn.execute(
        "INSERT INTO exports (kind, record_kind, record_id, file_sha256, exported_at)"
        " VALUES (?, ?, ?, ?, ?)", (kind, record_kind, record_id, digest, now)).lastrowid
    audit.record(conn, f"export.{kind}", record_kind, record_id)
    return Export(export_id, kind, record_kind, record_id, digest, now)


def for_record(vault: Vault, record_kind: str, record_id: int) -> list[Export]:
    return [Export(*r) for r in vault.read(
        "SELECT id, kind, record_kind, record_id, file_sha256, exported_at FROM exports"
        " WHERE record_kind = ? AND record_id = ? ORDER BY exported_at", (record_kind, record_id))]
