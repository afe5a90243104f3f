"""The client's right to data portability (GDPR Art. 20): the data the client provided,
in files another program can read (JSON, and CSV for a spreadsheet).

What counts as *provided by the client*, and why (Art. 20 covers what the client gave,
not what the coach concluded from it; the EDPB's guidelines on portability):

- the contact details the client gave: every column of her row (name, pronouns, email,
  phone, postal address; access_request.contact_fields reads them from the table);
- the goals of each engagement: agreed with the client and visible to the client;
- the action items the client took on (the coach's own to-dos are the coach's);
- the notes marked *Shared with client* or *Sponsor, if client approves*: the record
  of what the client brought to a session, which the client has seen. A *Coach only*
  note is the coach's own reflection, so it is never in these files; nor is anything a
  sponsor said or asked, nor session facts, fees or agreements.

Both files are written the project's way (coachdesk.files) and recorded as exports of
the client's record; the CSV's cells never start a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import action_items, clients, engagements, exports, files, notes
from coachdesk.access_request import ELSEWHERE, PRIVATE_FILES, contact_details
from coachdesk.changes import Change
from coachdesk.files import StagedFile

if TYPE_CHECKING:
    from pathlib import Path

    from coachdesk.vault import Vault

FORMAT, VERSION = "coachdesk-portability", 1
CSV_HEADER = ("section", "date", "label", "text")
SHARED = (notes.WITH_CLIENT, notes.MAY_REPORT)


@dataclass(frozen=True)
class Provided:
    """What the client provided, section by section, as (section, date, label, text)."""

    client_name: str
    produced_on: str
    rows: tuple[tuple[str, str, str, str], ...]


def provided(vault: Vault, client_id: int, *, on: str) -> Provided:
    with vault.snapshot():
        client = clients.get(vault, client_id)
        rows = [("contact", "", column, value)
                for column, _label, value in contact_details(vault, client_id)]
        for e in engagements.for_client(vault, client_id):
            rows += [("goal", e.starts_on, e.title or "engagement", g.text) for g in e.goals]
        rows += [("action_item", a.due_on or a.created_at[:10],
                  "done" if a.done_on else "open", a.text)
                 for a in action_items.for_client(vault, client_id)
                 if a.owner == action_items.CLIENT]
        ids = notes.ids_for_client(vault, client_id)
        found = notes.get_many(vault, ids)
        rows += [("shared_note", found[i].created_at[:10], "shared note", found[i].body)
                 for i in ids if i in found and found[i].privacy in SHARED]
        return Provided(client.name, on, tuple(rows))


def to_json(content: Provided) -> bytes:
    document = {"format": FORMAT, "version": VERSION, "produced_on": content.produced_on,
                "data_subject": content.client_name,
                "contact": {label: text for section, _d, label, text in content.rows
                            if section == "contact"},
                "goals": [{"engagement": label, "starts_on": day, "text": text}
                          for section, day, label, text in content.rows if section == "goal"],
                "action_items": [{"date": day, "state": label, "text": text}
                                 for section, day, label, text in content.rows
                                 if section == "action_item"],
                "shared_notes": [{"date": day, "text": text}
                                 for section, day, _l, text in content.rows
                                 if section == "shared_note"]}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _safe(value: str) -> str:
    """A cell a spreadsheet will not run: = + - @ (and tab, return) start a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(content: Provided) -> bytes:
    """One row per item, UTF-8 with a BOM (so spreadsheet programs read accents)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in content.rows:
        writer.writerow([_safe(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export(vault: Vault, client_id: int, *, on: str, json_target: Path,
           csv_target: Path) -> tuple[str, str]:
    """Write both files (staged, put in place once recorded); their SHA-256s. Their folder
    must be the coach's alone, as the vault's is."""
    for folder in {json_target.parent, csv_target.parent}:
        files.check_private_folder(folder, kept=PRIVATE_FILES, elsewhere=ELSEWHERE)
    content = provided(vault, client_id, on=on)
    as_json, as_csv = to_json(content), to_csv(content)
    staged = [StagedFile(json_target, as_json)]
    try:
        staged.append(StagedFile(csv_target, as_csv))
        with vault.transaction(touches=Change.EXPORTS) as conn:
            done = (exports.insert(conn, "portability_json", "client", client_id, as_json),
                    exports.insert(conn, "portability_csv", "client", client_id, as_csv))
    except BaseException:
        for file in staged:
            file.abort()
        raise
    for file in staged:
        file.finish()
    return done[0].file_sha256, done[1].file_sha256
