"""Disclosures: every time a client's information left the vault for someone.

A sponsor report, a legal export, a packet for the client: each is recorded
with its recipient, time, purpose, the SHA-256 of the exact file and, for a
report, the exact words in it and the consent that let each through, and the
session facts sent beside them (attendance, dates, hours). The row is written
with the file's hash once the file is saved (staged, and put in place only after the
row is committed, so a failed save records nothing and a recorded file exists).
Disclosures are never edited or removed (triggers refuse it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias, TypeVar

from coachdesk import audit, exports
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError, NotFound
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

KINDS = ("sponsor_report", "legal_export", "client_packet")
# Marked so a screen can say them in the coach's language ("Disclosures" context).
KIND_WORDS = {"sponsor_report": QT_TRANSLATE_NOOP("Disclosures", "Report to sponsor"),
              "legal_export": QT_TRANSLATE_NOOP("Disclosures", "Legal export"),
              "client_packet": QT_TRANSLATE_NOOP("Disclosures", "Packet for the client")}
_COLUMNS = ("id, kind, client_id, sponsor_id, recipient_kind, recipient_id, recipient_name,"
            " purpose, legal_basis, report_id, file_sha256, disclosed_at, facts")


@dataclass(frozen=True)
class Addressed:
    """What a disclosure is, whether made or about to be: about whom, to whom, and why."""

    id: int
    kind: str
    client_id: int
    sponsor_id: int | None
    recipient_kind: str
    recipient_id: int | None
    recipient_name: str
    purpose: str
    legal_basis: str
    report_id: int | None


@dataclass(frozen=True)
class Disclosure(Addressed):
    """A disclosure made: its file's hash and the time it left."""

    file_sha256: str
    disclosed_at: str
    facts: str = ""  # session facts sent beside the words, one "label: value" per line


@dataclass(frozen=True)
class DisclosedWords:
    """One excerpt as it left: its words, their hash, and the consent that allowed it."""

    position: int
    excerpt_id: int
    text: str
    text_sha256: str
    consent_id: int | None


@dataclass(frozen=True)
class Pending(Addressed):
    """What a disclosure will be, before its file exists (the file carries its id)."""

    words: tuple[DisclosedWords, ...] = ()
    facts: tuple[str, ...] = ()  # "label: value", as the file shows them
    # A report's print language, on the row so it travels with it (None: not a report).
    language: str | None = None


def reserve_id(conn: sqlcipher3.Connection) -> int:
    """The id the next disclosure will get (the caller holds the write lock)."""
    next_id: int = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM disclosures").fetchone()[0]
    return next_id


def insert(conn: sqlcipher3.Connection, pending: Pending, data: bytes) -> None:
    """Record ``pending`` with the SHA-256 of ``data``, the exact bytes that leave."""
    export = exports.insert(conn, pending.kind, "disclosure", pending.id, data)
    conn.execute(
        f"INSERT INTO disclosures ({_COLUMNS}, language)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (pending.id, pending.kind, pending.client_id, pending.sponsor_id, pending.recipient_kind,
         pending.recipient_id, pending.recipient_name, pending.purpose, pending.legal_basis,
         pending.report_id, export.file_sha256, export.exported_at,
         "\n".join(pending.facts), pending.language))
    conn.executemany(
        "INSERT INTO disclosure_items (disclosure_id, position, excerpt_id, text, text_sha256,"
        " consent_id) VALUES (?, ?, ?, ?, ?, ?)",
        [(pending.id, w.position, w.excerpt_id, w.text, w.text_sha256, w.consent_id)
         for w in pending.words])
    audit.record(conn, f"disclosure.{pending.kind}", "client", pending.client_id)


def get(vault: Vault, disclosure_id: int) -> Disclosure:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM disclosures WHERE id = ?", (disclosure_id,))
    if row is None:
        raise NotFound(Words("Disclosures", QT_TRANSLATE_NOOP(
            "Disclosures", "This disclosure is not in the vault.")))
    return Disclosure(*row)


def words(vault: Vault, disclosure_id: int) -> list[DisclosedWords]:
    return [DisclosedWords(*r) for r in vault.read(
        "SELECT position, excerpt_id, text, text_sha256, consent_id FROM disclosure_items"
        " WHERE disclosure_id = ? ORDER BY position", (disclosure_id,))]


def for_client(vault: Vault, client_id: int) -> list[Disclosure]:
    return [Disclosure(*r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM disclosures WHERE client_id = ? ORDER BY disclosed_at DESC",
        (client_id,))]


def for_sponsor(vault: Vault, sponsor_id: int) -> list[Disclosure]:
    return [Disclosure(*r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM disclosures WHERE sponsor_id = ? ORDER BY disclosed_at DESC",
        (sponsor_id,))]


def all_disclosures(vault: Vault) -> list[Disclosure]:
    return [Disclosure(*r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM disclosures ORDER BY disclosed_at DESC")]


# ``prepare(conn, id)`` reads the record and what the file will show (``content``, compared
# as a value); ``render(content)`` makes the file's bytes; ``save(bytes)`` writes them and may
# hand back a staged file (see ``disclose``).
Content = TypeVar("Content")
Save: TypeAlias = Callable[[bytes], object]
_TRIES = 3


class KeptChanging(CoachDeskError):
    """What would leave changed each time the file was made (someone kept writing)."""

    def __init__(self) -> None:
        super().__init__(Words("Disclosures", QT_TRANSLATE_NOOP(
            "Disclosures", "The records changed while the file was being made, three times "
            "over. Nothing was exported; try again.")))


def disclose(vault: Vault, prepare: Callable[[sqlcipher3.Connection, int],
                                                tuple[Pending, Content]],
             render: Callable[[Content], bytes], save: Save) -> Disclosure:
    """Write one disclosure: ``prepare(conn, id)`` reads the Pending record and the content
    the file shows (which carries the id); ``render(content)`` makes the file's bytes;
    ``save(bytes)`` writes them where the coach chose.

    The reading is short and under the vault's lock; the rendering and the writing (the
    long part: a whole record as a PDF, synced to disk) are not, so the window and its
    saves never wait for them. Then, in one write, everything is read again and the
    disclosure recorded only if it is exactly what was rendered (the same record, the
    gate's same answer, the same id); else the file is made again from what is there now.

    ``save`` may return a staged file (with ``finish()`` and ``abort()``): it is put in
    place only after the disclosure is committed, and removed if anything fails, so a
    file under the coach's chosen name always has its disclosure, and no disclosure is
    recorded for a file that was not written.
    """
    with vault.snapshot() as conn:
        read = prepare(conn, reserve_id(conn))
    for _try in range(_TRIES):
        pending, content = read
        data = render(content)
        staged = None
        try:
            staged = save(data)
            with vault.transaction(touches=Change.DISCLOSURES | Change.EXPORTS) as conn:
                read = prepare(conn, reserve_id(conn))
                same = read == (pending, content)
                if same:
                    insert(conn, pending, data)
        except BaseException:
            _call(staged, "abort")
            raise
        if same:
            _call(staged, "finish")
            return get(vault, pending.id)
        _call(staged, "abort")  # made from what changed since: made again from what is
    raise KeptChanging()


def _call(staged: object, step: str) -> None:
    """``finish`` or ``abort`` a staged file (a plain ``save`` has neither)."""
    method = getattr(staged, step, None)
    if method is not None:
        method()
