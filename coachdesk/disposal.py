"""Disposal: the end of a client's records, done completely and said exactly.

When retention has run out (or the law or the client asks), the coach
disposes of a client's records. In one transaction CoachDesk removes the
content (notes and their revisions, excerpts, approvals and signed forms,
report items, the words kept in the disclosure log, goals, agreement texts,
what sponsors asked about them, session places) and replaces the client's
name and details with "Disposed client N". Every free text the coach typed that
may name the client goes too, wherever it sits: a report's purpose, and in the
disclosure log the purpose, the legal basis and the recipient's name (unless the
recipient is the sponsor or one of its people, whose names are the sponsor's
record). What stays has no content: dates, minutes and fees of sessions (tax
law), the disclosure log's who-when-hash, and a disposal record (client id,
kinds, counts, date, and the basis as a fixed choice: a note typed with it goes
on the receipt and is never kept). Then the
search index is rebuilt and the file vacuumed with secure_delete on, so no
old page keeps the words, and CoachDesk's own backups are rewritten the same
way (or removed when they cannot be).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachdesk import audit, clients, data_requests, validation
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.sync import numbers
from coachdesk.timeutil import now_utc
from coachdesk.vault import backups
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

# What is removed, in the coach's words, in the order the receipt lists it.
KINDS = ("notes", "note revisions", "action items", "excerpts", "approvals", "signed forms",
         "report items", "words kept in the disclosure log", "goals", "agreement texts",
         "sponsor request texts", "session places", "client details")

# Why records are disposed of: a fixed choice, so nothing typed there can name the client.
BASES = ("retention_ended", "client_request", "other")
BASIS_WORDS = {"retention_ended": "The retention period ended",
               "client_request": "The client asked for their records to be disposed of",
               "other": "Another reason"}
REMOVED = "Removed at disposal"


# The kinds a disposal counts (the keys of its counts, stored as they are): the receipt
# names each in the coach's language, so they are marked here.
COUNTED_KINDS = (
    QT_TRANSLATE_NOOP("Disposal", "words kept in the disclosure log"),
    QT_TRANSLATE_NOOP("Disposal", "report items"),
    QT_TRANSLATE_NOOP("Disposal", "approvals"),
    QT_TRANSLATE_NOOP("Disposal", "signed forms"),
    QT_TRANSLATE_NOOP("Disposal", "excerpts"),
    QT_TRANSLATE_NOOP("Disposal", "note revisions"),
    QT_TRANSLATE_NOOP("Disposal", "action items"),
    QT_TRANSLATE_NOOP("Disposal", "notes"),
    QT_TRANSLATE_NOOP("Disposal", "goals"),
    QT_TRANSLATE_NOOP("Disposal", "agreement texts"),
    QT_TRANSLATE_NOOP("Disposal", "client details"),
    QT_TRANSLATE_NOOP("Disposal", "session places"),
    QT_TRANSLATE_NOOP("Disposal", "sponsor request texts"),
)


@dataclass(frozen=True)
class Disposal:
    id: int
    client_id: int
    client_name: str  # as it was: for the receipt only, never stored after
    basis: str  # one of BASES
    counts: dict[str, int]
    disposed_at: str
    backups_rewritten: list[str] = field(default_factory=list)
    backups_removed: list[str] = field(default_factory=list)
    note: str = ""  # typed with the basis: for the receipt only, never stored
    # Where the client's name is still written after the disposal, in records that are
    # not hers (a sponsor's request tied to no client, another client's note), by kind of
    # record in the coach's words: for the coach to look at; never removed by guessing.
    still_named: dict[str, int] = field(default_factory=dict)
    # The receipt's reference as every computer prints it (``DR-B000003``): from
    # coachdesk.sync.numbers, the one place numbers are written.
    receipt_number: str = ""

    @property
    def basis_words(self) -> str:
        return BASIS_WORDS.get(self.basis, BASIS_WORDS["other"])


def _client_rows(conn: sqlcipher3.Connection, sql: str, client_id: int) -> int:
    removed: int = conn.execute(sql, (client_id,)).rowcount
    return removed


def remove_content(conn: sqlcipher3.Connection, client_id: int) -> dict[str, int]:
    """Remove ``client_id``'s content inside the caller's transaction; returns counts.

    Also used on each backup, so a backup keeps nothing the vault no longer has.
    """
    c = {}
    # The disposal record comes first: the disclosure log lets its words be replaced only
    # for a client who has one (a backup being rewritten gets it too).
    if conn.execute("SELECT 1 FROM disposals WHERE client_id = ?", (client_id,)
                    ).fetchone() is None:
        conn.execute("INSERT INTO disposals (client_id, basis, counts, disposed_at)"
                     " VALUES (?, 'other', '{}', ?)", (client_id, now_utc()))
    # Everything that points at an excerpt or a note goes first (foreign keys).
    c["words kept in the disclosure log"] = _client_rows(
        conn, "DELETE FROM disclosure_items WHERE disclosure_id IN"
              " (SELECT id FROM disclosures WHERE client_id = ?)", client_id)
    c["report items"] = _client_rows(conn, "DELETE FROM report_items WHERE report_id IN"
                                           " (SELECT id FROM reports WHERE client_id = ?)",
                                     client_id)
    conn.execute("UPDATE reports SET purpose = 'Disposed', printed_frame_sha256 = NULL"
                 " WHERE client_id = ?", (client_id,))
    # The log keeps who-when-hash; every word typed about the client in it goes.
    conn.execute(
        "UPDATE disclosures SET purpose = ?, legal_basis = '', recipient_name = CASE"
        " recipient_kind WHEN 'client' THEN 'Disposed client ' || client_id"
        " WHEN 'other' THEN ? ELSE recipient_name END WHERE client_id = ?",
        (REMOVED, REMOVED, client_id))
    # An approval whose words are gone already goes too: on a computer that syncs, one
    # revoked on another computer as this one disposed of the client survives the
    # deletion of its row (an edit the deleter never saw) but not of its excerpt.
    c["approvals"] = _client_rows(conn, "DELETE FROM consents WHERE excerpt_id IN"
                                        " (SELECT id FROM excerpts WHERE client_id = ?)"
                                        " OR excerpt_id NOT IN (SELECT id FROM excerpts)",
                                  client_id)
    conn.execute("DELETE FROM approval_rounds WHERE client_id = ?", (client_id,))
    c["signed forms"] = _client_rows(conn, "DELETE FROM evidence WHERE client_id = ?", client_id)
    c["excerpts"] = _client_rows(conn, "DELETE FROM excerpts WHERE client_id = ?", client_id)
    c["note revisions"] = _client_rows(conn, "DELETE FROM note_revisions WHERE note_id IN"
                                             " (SELECT id FROM notes WHERE client_id = ?)",
                                       client_id)
    c["action items"] = _client_rows(conn, "DELETE FROM action_items WHERE client_id = ?",
                                     client_id)
    c["notes"] = _client_rows(conn, "DELETE FROM notes WHERE client_id = ?", client_id)
    c["goals"] = _client_rows(conn, "DELETE FROM goals WHERE engagement_id IN"
                                    " (SELECT id FROM engagements WHERE client_id = ?)",
                              client_id)
    conn.execute("UPDATE engagements SET title = '' WHERE client_id = ?", (client_id,))
    c["agreement texts"] = _client_rows(
        conn, "DELETE FROM agreement_clauses WHERE agreement_id IN"
              " (SELECT id FROM agreements WHERE client_id = ?)", client_id)
    marker = f"Disposed client {client_id}"
    conn.execute("UPDATE signatures SET signed_name = ? WHERE party_id IN"
                 " (SELECT p.id FROM agreement_parties p JOIN agreements a"
                 "  ON a.id = p.agreement_id WHERE a.client_id = ? AND p.role = 'client')",
                 (marker, client_id))
    conn.execute("UPDATE agreement_parties SET name = ? WHERE role = 'client' AND agreement_id"
                 " IN (SELECT id FROM agreements WHERE client_id = ?)", (marker, client_id))
    conn.execute("UPDATE agreements SET title = 'Disposed', disposal_method = ''"
                 " WHERE client_id = ?", (client_id,))
    c["sponsor request texts"] = _client_rows(
        conn, "UPDATE sponsor_requests SET asked_for = 'Disposed', response_note = ''"
              " WHERE client_id = ?", client_id)
    # The requests log keeps its dates and choices; what was typed beside them goes.
    data_requests.remove_content(conn, client_id)
    c["session places"] = _client_rows(
        conn, "UPDATE sessions SET place = '' WHERE place != '' AND engagement_id IN"
              " (SELECT id FROM engagements WHERE client_id = ?)", client_id)
    c["client details"] = _client_rows(
        conn, "UPDATE clients SET name = 'Disposed client ' || id, sort_name = 'disposed client'"
              " || printf('%010d', id), pronouns = '', email = '', phone = '',"
              " address = '',"
              " status = 'archived' WHERE id = ?", client_id)
    # An invoice keeps the name and address it was issued to (tax law keeps them), not
    # the client's email; the client is no longer named in the credential log.
    conn.execute("UPDATE invoices SET bill_to_email = '' WHERE client_id = ?"
                 " AND bill_to = 'client' AND bill_to_email != ''", (client_id,))
    conn.execute("DELETE FROM credential_naming WHERE client_id = ?", (client_id,))
    # The calendar file's digests of her events' titles (her name, when names were shown).
    conn.execute("DELETE FROM calendar_sent WHERE session_id IN (SELECT s.id FROM sessions s"
                 " JOIN engagements e ON e.id = s.engagement_id WHERE e.client_id = ?)",
                 (client_id,))
    # The search index drops the deleted words now, not at some later merge.
    conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO clients_fts (clients_fts) VALUES ('optimize')")
    return {kind: c.get(kind, 0) for kind in KINDS}


def dispose(vault: Vault, client_id: int, basis: str, *, note: str = "",
            backup_folder: Path | None = None,
            progress: Callable[[str], object] | None = None) -> Disposal:
    """Dispose of a client's records in the vault, then in CoachDesk's backups and in any
    damaged copies kept beside the vault.

    If an earlier disposal of this client stopped after the vault's part (a full disk
    during VACUUM, a backup drive unplugged), calling again finishes the rest: the
    vault's part is not repeated, the backups are.
    """
    validation.choice("basis", "The basis for disposal", basis, BASES)
    note = validation.one_line("note", "The note", note)
    client = clients.get(vault, client_id)
    key = vault._key  # the backups are rewritten with it even if the screen locks meanwhile
    if key is None:
        raise CoachDeskError(Words("Disposal", QT_TRANSLATE_NOOP(
            "Disposal", "The vault is locked.")))
    earlier = for_client(vault, client_id)
    if earlier is None:
        now = now_utc()
        with vault.transaction(touches=Change.records()) as conn:
            disposal_id = conn.execute(
                "INSERT INTO disposals (client_id, basis, counts, disposed_at)"
                " VALUES (?, ?, '{}', ?)", (client_id, basis, now)).lastrowid
            counts = remove_content(conn, client_id)
            conn.execute("UPDATE disposals SET counts = ? WHERE id = ?",
                         (json.dumps(counts), disposal_id))
            audit.record(conn, "client.disposed", "client", client_id)
    else:
        disposal_id, counts, now = earlier["id"], earlier["counts"], earlier["disposed_at"]
        basis = earlier["basis"]
    if progress:
        progress("Clearing the freed space in the vault…")
    compact(vault)
    rewritten, removed = [], []
    if backup_folder is not None:
        for backup in backups.in_folder(backup_folder):
            if progress:
                progress(f"Removing the client from backup {backup.path.name}…")
            if backups.rewrite_without(key, backup.path, client_id, remove_content):
                rewritten.append(backup.path.name)
            else:
                removed.append(backup.path.name)
    for copy in backups.kept_copies(vault.location):  # damaged or replaced vaults
        with contextlib.suppress(OSError):
            copy.unlink()
            removed.append(copy.name)
    with vault.transaction(touches=Change.CLIENTS) as conn:
        conn.execute("UPDATE disposals SET backups_rewritten = backups_rewritten + ?,"
                     " backups_removed = backups_removed + ? WHERE id = ?",
                     (len(rewritten), len(removed), disposal_id))
        audit.record(conn, "client.disposal_finished", "client", client_id)
    return Disposal(disposal_id, client_id, client.name, basis, counts, now, rewritten,
                    removed, note, where_named(vault, client.name),
                    numbers.disposal_receipt_number(vault, disposal_id))


# Kinds of record as the coach knows them, for ``where_named``; another table is named as
# it is (never left out: the scan reads every table).
_RECORD_WORDS = {"sponsor_requests": "sponsor requests", "notes": "notes",
                 "note_revisions": "earlier versions of notes",
                 "action_items": "action items", "note_sections": "note sections",
                 "clients": "client details",
                 "sponsors": "sponsors", "sponsor_contacts": "sponsor contacts",
                 "engagements": "engagements", "goals": "goals", "sessions": "sessions",
                 "agreements": "agreements", "agreement_parties": "agreement parties",
                 "reports": "reports", "excerpts": "excerpts", "disclosures": "disclosures",
                 "disclosure_items": "words kept in the disclosure log",
                 "approval_rounds": "approvals", "consents": "approvals",
                 "invoices": "invoices (their name and address stay: tax law keeps them)"}


def where_named(vault: Vault, name: str) -> dict[str, int]:
    """How many records of each kind still hold ``name`` (as typed, letter case aside),
    in every text column of every table the vault has, found from the file's own list of
    tables; the full-text index's copies of those columns are not counted twice."""
    needle = name.strip().lower()
    if not needle:
        return {}
    found: dict[str, int] = {}
    with vault.snapshot() as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                            " AND name NOT LIKE 'sqlite_%'").fetchall()
        virtual = [t for t, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
        for table, _sql in rows:
            if table in virtual or any(table.startswith(f"{v}_") for v in virtual):
                continue
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')
                       if "INT" not in (c[2] or "").upper()]
            if not columns:
                continue
            where = " OR ".join(f'instr(lower(CAST("{c}" AS TEXT)), ?) > 0' for c in columns)
            count = conn.execute(f'SELECT count(*) FROM "{table}" WHERE {where}',
                                 (needle,) * len(columns)).fetchone()[0]
            if count:
                words = _RECORD_WORDS.get(table, table.replace("_", " "))
                found[words] = found.get(words, 0) + count
    return found


def compact(vault: Vault) -> None:
    """Write freed pages out of the file: checkpoint the WAL, VACUUM, checkpoint again."""
    with vault.exclusive():
        conn = vault.connection
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def for_client(vault: Vault, client_id: int) -> dict[str, Any] | None:
    row = vault.read_one("SELECT id, basis, counts, backups_rewritten, backups_removed,"
                         " disposed_at FROM disposals WHERE client_id = ?", (client_id,))
    if row is None:
        return None
    return {"id": row[0], "basis": row[1], "counts": json.loads(row[2]),
            "backups_rewritten": row[3], "backups_removed": row[4], "disposed_at": row[5]}


def is_disposed(vault: Vault, client_id: int) -> bool:
    return vault.read_one("SELECT 1 FROM disposals WHERE client_id = ?", (client_id,)) is not None
