"""Evidence of an approval: the signed release form, kept encrypted inside the vault.

The coach attaches the scan of a signed form (a PDF or an image). The bytes are
stored in the vault, never beside it, so the proof is as private as the record
it proves. A file that is not a document, or that is too big, is refused in
words the coach can act on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import audit
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

MAX_BYTES = 20 * 1024 * 1024
# What a scan of a signed form can be, told by its first bytes, not its name.
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
KINDS_IN_WORDS = "a PDF or an image (PNG, JPEG or TIFF)"


@dataclass(frozen=True)
class Evidence:
    id: int
    client_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: str


def media_type(data: bytes) -> str | None:
    """The document type these bytes are, or None if they are not a document we keep."""
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def check_size(file_name: str, size: int) -> None:
    """Refuse an empty or oversized file before reading it."""
    if size == 0:
        raise InvalidInput("evidence", Words("Evidence", QT_TRANSLATE_NOOP(
                "Evidence", "“%1” is empty. Choose the scanned form itself."), (str(file_name),)))
    if size > MAX_BYTES:
        raise InvalidInput(
            "evidence",
            Words("Evidence", QT_TRANSLATE_NOOP(
                "Evidence", "“%1” is %2 MB; evidence can be at most %3 MB. Scan the form again "
                "at a lower resolution (150 dpi is plenty) and attach that."),
                (file_name, f"{size / 1024 / 1024:.0f}", str(MAX_BYTES // 1024 // 1024))))


def check(file_name: str, data: bytes) -> str:
    """The media type of an acceptable file; a clear refusal otherwise."""
    check_size(file_name, len(data))
    kind = media_type(data)
    if kind is None:
        raise InvalidInput(
            "evidence",
            Words("Evidence", QT_TRANSLATE_NOOP(
                "Evidence", "“%1” is not a PDF or an image (PNG, JPEG or TIFF). Scan or save "
                "the signed form as one of these and attach that."), (file_name,)))
    return kind


def add(vault: Vault, client_id: int, file_name: str, data: bytes, *, round_id: int | None = None
        ) -> Evidence:
    """Store ``data`` in the vault; with ``round_id``, attach it to that approval round."""
    kind = check(file_name, data)
    name = (file_name.replace("\\", "/").rsplit("/", 1)[-1] or "evidence")[:200]
    with vault.transaction(touches=Change.REPORTS) as conn:
        evidence_id = conn.execute(
            "INSERT INTO evidence (client_id, file_name, media_type, size, sha256, data,"
            " added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (client_id, name, kind, len(data), hashlib.sha256(data).hexdigest(), data,
             now_utc())).lastrowid
        audit.record(conn, "evidence.added", "evidence", evidence_id)
        if round_id is not None:
            cur = conn.execute("UPDATE approval_rounds SET evidence_id = ?"
                               " WHERE id = ? AND client_id = ?",
                               (evidence_id, round_id, client_id))
            if cur.rowcount != 1:
                raise NotFound(Words("Evidence", QT_TRANSLATE_NOOP(
                        "Evidence", "This approval is no longer in the vault.")))
            audit.record(conn, "consent.evidence_attached", "approval_round", round_id)
    return get(vault, evidence_id)


def get(vault: Vault, evidence_id: int) -> Evidence:
    row = vault.read_one("SELECT id, client_id, file_name, media_type, size, sha256, added_at"
                         " FROM evidence WHERE id = ?", (evidence_id,))
    if row is None:
        raise NotFound(Words("Evidence", QT_TRANSLATE_NOOP(
                "Evidence", "This evidence is no longer in the vault.")))
    return Evidence(*row)


def for_client(vault: Vault, client_id: int) -> list[Evidence]:
    """The signed forms and other evidence kept for a client (without their bytes)."""
    return [Evidence(*r) for r in vault.read(
        "SELECT id, client_id, file_name, media_type, size, sha256, added_at FROM evidence"
        " WHERE client_id = ? ORDER BY added_at, id", (client_id,))]


def data(vault: Vault, evidence_id: int) -> bytes:
    row = vault.read_one("SELECT data FROM evidence WHERE id = ?", (evidence_id,))
    if row is None:
        raise NotFound(Words("Evidence", QT_TRANSLATE_NOOP(
                "Evidence", "This evidence is no longer in the vault.")))
    return bytes(row[0])
