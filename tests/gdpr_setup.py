"""Set-ups the data-protection tests share, core and screens alike: the access bundle's
documented JSON schema, a client's held sessions, an access request answered with a
bundle (its JSON checked against the schema on the way), and the day's record of
processing. Imported by name (``from tests.gdpr_setup import ...``), like tests.cases."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from coachdesk import access_request, data_requests, processing_record, sessions
from coachdesk.files import StagedFile
from coachdesk.vault import sqlcipher_version

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs"
                     / "access-request.schema.json").read_text(encoding="utf-8"))


def held_sessions(vault, client_id: int) -> list[int]:
    """The client's held sessions, oldest first (the ones an invoice may bill)."""
    found = sessions.get_many(vault, sessions.ids_for_client(vault, client_id)).values()
    return sorted(s.id for s in found if s.status == "held")


@dataclass(frozen=True)
class Sent:
    request: data_requests.DataRequest
    sent: Any  # access_request.export's answer: the disclosure and what was withheld
    pdf: Path
    json: Path
    document: dict


def send_access_bundle(vault, client_id: int, folder: Path,
                       withheld: dict[str, str] | None = None, *,
                       render: Callable[[Any], bytes] = lambda content: b"%PDF-1.4",
                       identity_note: str = "") -> Sent:
    """An access request received 2026-05-02 (identity checked on a document), answered
    the next day with a bundle into ``folder``; its JSON must match the schema."""
    request = data_requests.log(vault, client_id, "access", received_on="2026-05-02",
                                identity_checked="document", identity_note=identity_note,
                                today="2026-05-03")
    pdf, as_json = folder / "access.pdf", folder / "access.json"
    sent = access_request.export(vault, request.id, withheld or {}, on="2026-05-03",
                                 render=render, save_pdf=lambda data: StagedFile(pdf, data),
                                 save_json=lambda data: StagedFile(as_json, data))
    document = json.loads(as_json.read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    return Sent(request, sent, pdf, as_json, document)


def record_of_processing(vault) -> processing_record.ProcessingRecord:
    """The record of processing on 2026-05-03, with no transfers."""
    return processing_record.generate(vault, on="2026-05-03", transfer="none",
                                      cipher_version=sqlcipher_version())
