"""The right to erasure (GDPR Art. 17), with the legal hold the law puts on some records.

An erasure request is answered by the existing disposal (coachdesk.disposal), with the
basis 'client_request': the client's content goes from the vault and every backup. What
the law requires the coach to keep stays, without content, and the erasure receipt says
so, item by item (:class:`LegalHold`): the invoices issued (tax law: they are kept whole,
with the name they were addressed to, for as long as the tax office requires), the
sessions' dates, minutes and fees (the tax records), the log of disclosures (who received
a file, when, its fingerprint) and this request's own entry in the requests log (its
dates and choices, to show the request was answered). The request is closed as done, on
the day of the disposal, and tied to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk import audit, data_requests, disposal
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault


@dataclass(frozen=True)
class LegalHold:
    """What stays after the erasure because the law requires it."""

    invoices: tuple[str, ...]  # their numbers
    sessions: int  # dates, minutes and fees kept for the tax records
    disclosures: int  # entries of the disclosure log, without their words


@dataclass(frozen=True)
class Erased:
    request: data_requests.DataRequest
    disposal: disposal.Disposal
    hold: LegalHold


def legal_hold(vault: Vault, client_id: int) -> LegalHold:
    """What an erasure of ``client_id`` keeps, counted before it runs (the dialog says it)."""
    with vault.snapshot():
        invoices = tuple(r[0] for r in vault.read(
            "SELECT number FROM invoices WHERE client_id = ? ORDER BY issued_on, id",
            (client_id,)))
        kept_sessions = vault.read(
            "SELECT count(*) FROM sessions s JOIN engagements e ON e.id = s.engagement_id"
            " WHERE e.client_id = ?", (client_id,))[0][0]
        logged = vault.read("SELECT count(*) FROM disclosures WHERE client_id = ?",
                            (client_id,))[0][0]
    return LegalHold(invoices, kept_sessions, logged)


def erase(vault: Vault, request_id: int, *, on: str, backup_folder: Path | None = None,
          progress: Callable[[str], object] | None = None) -> Erased:
    """Carry out erasure request ``request_id``: dispose of the client's records (vault and
    backups), keep what the law holds, and close the request as done."""
    request = data_requests.get(vault, request_id)
    if request.kind != "erasure":
        raise InvalidInput("kind", Words("Erasure", QT_TRANSLATE_NOOP(
                "Erasure", "This is not an erasure request.")))
    if request.is_open:
        data_requests.require_identity(request)
    hold = legal_hold(vault, request.client_id)
    done = disposal.dispose(vault, request.client_id, "client_request",
                            note=f"Erasure request of {request.received_on}",
                            backup_folder=backup_folder, progress=progress)
    with vault.transaction(touches=Change.DATA_REQUESTS) as conn:
        data_requests.answered_with(conn, request.id, disposal_id=done.id)
        if request.is_open:
            conn.execute("UPDATE data_requests SET outcome = 'done', outcome_on = ?"
                         " WHERE id = ? AND outcome IS NULL", (on, request.id))
            audit.record(conn, "data_request.closed", "data_request", request.id)
    return Erased(data_requests.get(vault, request.id), done, hold)
