"""Starting to sync, joining, and one exchange with the sync folder (docs/sync.md).

Takes a ``Vault``: the sync key never leaves the core (the screens show the pairing code,
which is the key written for people, only where the coach asked for it).
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from coachdesk import audit, migrations
from coachdesk.changes import Change as Touched
from coachdesk.errors import CoachDeskError
from coachdesk.sync import (
    bundles,
    capture,
    compaction,
    computers,
    folders,
    former,
    identity,
    issuer,
    markers,
    mend,
    merge,
)
from coachdesk.sync.bundles import Bundle, Change, Refused

# Re-exported: the screens and the other sync modules ask this module for them.
from coachdesk.sync.here import NotSyncing as NotSyncing
from coachdesk.sync.here import Settings as Settings
from coachdesk.sync.here import next_label, sync_key
from coachdesk.sync.here import settings as settings
from coachdesk.timeutil import now_utc
from coachdesk.vault import recovery
from coachdesk.vault.errors import VaultError
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault


@dataclass
class Exchange:
    """What one exchange did: changes sent, bundles applied, files refused or waiting."""

    sent: int = 0
    applied: list[tuple[str, int]] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    conflicts: int = 0
    disposed_clients: list[int] = field(default_factory=list)
    # Changes in the bundles applied (an empty bundle only says what its computer applied).
    received: int = 0
    # This computer's own bundles were rewritten as one (docs/sync.md, *Compaction*).
    compacted: bool = False
    # This computer's new letter: another computer had joined with the same one.
    relabelled: str = ""


ALREADY_SYNCS = QT_TRANSLATE_NOOP("Sync", "This practice already syncs.")


_key = sync_key  # the name the sync modules and tests use


def pairing_code(vault: Vault) -> str:
    """The code another computer types to join: the sync key, written for people."""
    return recovery.encode(_key(vault))


def _begin(conn: sqlcipher3.Connection, practice_id: str, key: bytes, folder: Path,
           label: str = "") -> str:
    device = uuid.uuid4().hex
    conn.execute("INSERT INTO sync_practice (id, practice_id, device_id, sync_key, folder,"
                 " label) VALUES (1, ?, ?, ?, ?, ?)",
                 (practice_id, device, key, str(folder), label))
    capture.install(conn)
    return device


def start(vault: Vault, folder: Path,
          progress: Callable[[int, int], None] | None = None) -> str:
    """Start using this practice on several computers through ``folder``: a practice id,
    this computer's id and a sync key are made, every record is logged as it is now, and
    the first full bundle is written. Returns the pairing code. ``progress(done, total)``
    hears each table logged, then ``(0, 0)`` while the bundle is written (a step that
    cannot be counted: a screen shows it as busy)."""
    if settings(vault) is not None:
        raise CoachDeskError(_words(ALREADY_SYNCS))
    tell = progress or (lambda _done, _total: None)
    with vault.transaction(touches=Touched.SETTINGS) as conn:
        device = _begin(conn, uuid.uuid4().hex, secrets.token_bytes(32), Path(folder))
        issuer.begin(conn, device)
        # Every record as it is now, one version each (a column a later change touches
        # gets its own).
        tables = capture.captured_tables(conn)
        for done, table in enumerate(tables):
            tell(done, len(tables))
            s = identity.shape(conn, table)
            pk = "json_array(" + ", ".join(f'"{c}"' for c in s.key) + ")"
            conn.execute("UPDATE sync_clock SET hlc = hlc + 1")
            conn.execute(f"INSERT INTO sync_changes (tbl, pk, op, col, hlc)"
                         f" SELECT ?, {pk}, 'insert', '*', (SELECT hlc FROM sync_clock)"
                         f' FROM "{table}"', (table,))
    tell(0, 0)
    send(vault)
    return pairing_code(vault)


# What a join reports as it builds the practice: bundles applied, of bundles found so far.
Progress = Callable[[int, int], None]
# Finer: (stage, changes applied, changes in the bundles found), told while one bundle is
# read (READING) and every few thousand changes as it is applied (APPLYING): a practice
# is often one large bundle, which a count of bundles would show as nothing, then done.
Steps = Callable[[str, int, int], None]
READING, APPLYING = "reading", "applying"


def _words(text: str, *args: str) -> Words:
    return Words("Sync", text, args)


def find(folder: Path, code: str) -> tuple[Path, str, set[str]]:
    """The practice in ``folder`` that opens with ``code``, before anything is written:
    the sync folder as it is kept (a coach who chose its CoachDesk folder, or the
    practice's own, is understood), the practice id, and the letters its computers have.
    Refuses, in the coach's words, a folder that cannot be read, one with no practice,
    and a code that opens none of its practices."""
    key = recovery.decode(code)
    root = Path(folder)
    folders.check_not_shared(root)
    for _ in range(2):  # the CoachDesk folder chosen, or a practice's folder inside it
        if not (root / bundles.TOP).is_dir() and bundles.TOP in (root.name,
                                                                   root.parent.name):
            root = root.parent
    found = None
    labels: set[str] = set()
    any_bundle = False
    try:
        next(root.iterdir(), None)  # a folder that cannot be read says so, not "empty"
        for practice in sorted((root / bundles.TOP).iterdir()):
            for device in sorted(practice.iterdir()) if practice.is_dir() else []:
                for path in bundles.own(root, practice.name, device.name)[:1]:
                    any_bundle = True
                    bundle = bundles.header_of(path, key, practice.name)
                    if isinstance(bundle, Bundle):
                        found = practice.name
                        labels.add(bundle.label)
                        # A computer still on an earlier code: its letter is in the others'.
                        labels.update(x for _device, x in bundle.labels)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise CoachDeskError(_words(QT_TRANSLATE_NOOP(
            "Sync", "The folder %1 cannot be read (%2). Check that it is on this computer "
            "and that your sync service has finished copying it."),
            str(folder), exc.strerror or type(exc).__name__)) from None
    if not any_bundle:
        raise CoachDeskError(_words(QT_TRANSLATE_NOOP(
            "Sync", "The folder %1 holds no CoachDesk practice. Choose the folder your sync "
            "service shares with the other computer (it holds a folder named CoachDesk); if "
            "it is still copying, wait until it has finished."), str(folder)))
    if found is None:
        raise CoachDeskError(_words(QT_TRANSLATE_NOOP(
            "Sync", "No practice in this folder opens with this code. Check the folder, and "
            "the code shown on the other computer.")))
    # Its bundles still there, not yet rewritten; a code a computer marked as gone made
    # (the marks read from the bundles the code opens) replaces nothing (review finding 4).
    if markers.replaced(root, found, key) and \
            markers.replaced(root, found, key, _marked_gone(root, found, key)):
        raise CoachDeskError(_words(QT_TRANSLATE_NOOP(
            "Sync", "This pairing code was replaced by a new one. Type the newest code, shown "
                    "in Settings on a computer of the practice that uses it.")))
    return root, found, labels


def _marked_gone(root: Path, practice_id: str, key: bytes) -> set[str]:
    """The computers marked as gone, as the bundles that open with ``key`` tell (a joining
    computer knows no marks yet): each mark's newest change, kept or brought back. Reads
    every such bundle whole, so only asked for when a newer code's marker is there."""
    newest: dict[str, tuple[int, str, str]] = {}  # mark -> (clock, op, computer)
    try:
        devices = list(bundles.practice_folder(root, practice_id).iterdir())
    except OSError:
        return set()  # read a moment ago: the refusal stands, and says what to do
    for device in devices:
        for path in bundles.own(root, practice_id, device.name) if device.is_dir() else []:
            bundle = bundles.read(path, key, practice_id, migrations.latest())
            for change in bundle.changes if isinstance(bundle, Bundle) else ():
                if change.tbl != "gone_computers" or change.col not in ("device", "*"):
                    continue
                known = newest.get(change.gid, (-1, "", ""))
                if change.op == "delete" or change.col == "device":
                    computer = str(change.value) if change.op != "delete" else known[2]
                    if change.hlc >= known[0]:
                        newest[change.gid] = (change.hlc, change.op, computer)
    return {computer for _hlc, op, computer in newest.values() if op != "delete"}


def join(vault: Vault, folder: Path, code: str, progress: Progress | None = None,
         steps: Steps | None = None) -> Exchange:
    """This (new, empty) vault joins the practice whose bundles in ``folder`` open with
    ``code``; then the practice is built from them (``progress`` hears each bundle
    applied, ``steps`` the changes as they are read and applied)."""
    key = recovery.decode(code)
    if vault.read_one("SELECT 1 FROM clients UNION ALL SELECT 1 FROM sponsors LIMIT 1"):
        # Two practices would be poured into one without anybody choosing it.
        raise CoachDeskError(_words(QT_TRANSLATE_NOOP(
            "Sync", "This computer's vault already holds clients or sponsors. Join the "
                    "practice from a new vault (the first-run wizard offers it).")))
    root, found, labels = find(folder, code)
    if settings(vault) is not None:
        raise CoachDeskError(_words(ALREADY_SYNCS))
    with vault.transaction(touches=Touched.SETTINGS) as conn:
        _begin(conn, found, key, root, next_label(labels))
    # An empty first bundle says this computer's letter, so the next one to join takes
    # another (two joining in the same minute, before either wrote, could take one letter).
    send(vault, announce=True)
    return exchange(vault, progress, steps)


def _outgoing(conn: sqlcipher3.Connection, me: str, after: int) -> tuple[list[Change], int]:
    """This computer's changes logged after ``after``, as they travel: each row changed,
    whole, with every column's own version; each row deleted, with what was known of it."""
    rows = conn.execute("SELECT seq, tbl, pk, op, col, base_hlc FROM sync_changes"
                        " WHERE device IS NULL AND seq > ? ORDER BY seq", (after,)).fetchall()
    own: set[tuple[str, str]] = set()
    if after == 0:
        # A rewrite carries the records of computers marked as gone that are still here,
        # each change with its own computer and clock: their own bundles may open with a
        # key nobody holds any more (a code the lost one made, or one made after the mark),
        # and a computer joining later would wait for them for good (review finding 4).
        own = {(table, pk) for _seq, table, pk, *_rest in rows}
        rows += [row for row in conn.execute(
            "SELECT max(seq), tbl, pk, 'update', col, NULL FROM sync_changes"
            " WHERE device IN (SELECT device FROM gone_computers) AND op != 'delete'"
            " GROUP BY tbl, pk, col").fetchall() if (row[1], row[2]) not in own]
        rows.sort(key=lambda row: int(row[0]))
    if not rows:
        return [], after
    order: dict[tuple[str, str], dict[str, Any]] = {}
    for seq, table, pk, op, col, base in rows:
        entry = order.setdefault((table, pk), {"bases": {}, "deleted_at": None})
        if op == "delete":
            entry["deleted_at"] = seq
        elif op == "insert":
            entry["deleted_at"] = None
        else:
            entry["deleted_at"] = None
            entry["bases"].setdefault(col, base)
    tables = set(capture.captured_tables(conn))
    shapes: dict[str, identity.Shape] = {}
    out: list[Change] = []
    for (table, pk), entry in order.items():
        if table not in tables:
            continue
        s = shapes.setdefault(table, identity.shape(conn, table))
        local = json.loads(pk)
        if isinstance(local, dict):  # a record whose id a newer one took: deleted
            if entry["deleted_at"] is not None:
                knew = dict(conn.execute(
                    "SELECT coalesce(device, ?), max(hlc) FROM sync_changes WHERE tbl = ?"
                    " AND pk = ? AND op != 'delete' GROUP BY 1", (me, table, pk)).fetchall())
                gone = conn.execute("SELECT max(hlc) FROM sync_changes WHERE tbl = ?"
                                    " AND pk = ? AND op = 'delete'", (table, pk)).fetchone()
                out.append(Change(table, json.dumps(local["gone"]), "delete", "*",
                                  json.dumps(knew), gone[0], me))
            continue
        gid = identity.key_out(conn, s, local, me)
        where = " AND ".join(f'"{c}" IS ?' for c in s.key)
        found = conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in s.columns)}'
                             f' FROM "{table}" WHERE {where}', local).fetchone()
        if found is None and after == 0 and (table, pk) not in own:
            continue  # a gone computer's record deleted since: nobody needs it
        if found is None:
            gone = conn.execute("SELECT seq, hlc, device FROM sync_changes WHERE tbl = ?"
                                " AND pk = ? AND op = 'delete' ORDER BY seq DESC LIMIT 1",
                                (table, pk)).fetchone()
            if gone is None or gone[2] == merge.REMOVAL:
                # Removed after a disposal that arrived: each computer removes it itself
                # once the disposal is there. Sent, its deletion reached a computer the
                # disposal had not, where a row of its own still named the record.
                continue
            knew = dict(conn.execute(
                "SELECT coalesce(device, ?), max(hlc) FROM sync_changes WHERE tbl = ?"
                " AND pk = ? AND seq < ? AND op != 'delete' GROUP BY 1",
                (me, table, pk, gone[0])).fetchall())
            out.append(Change(table, gid, "delete", "*", json.dumps(knew), gone[1], me))
            continue
        row = dict(zip(s.columns, found, strict=True))
        versions = _versions(conn, me, table, pk)
        for column in s.columns:
            hlc, device = max(versions.get(column, (0, me)), versions.get("*", (0, me)))
            base = entry["bases"].get(column) if device == me else None
            out.append(Change(table, gid, "upsert", column,
                              identity.value_out(conn, s, column, row, me), hlc, device,
                              base if column in entry["bases"] else None))
    return out, rows[-1][0]


def _versions(conn: sqlcipher3.Connection, me: str, table: str, pk: str
              ) -> dict[str, tuple[int, str]]:
    """Each column's newest version (hlc, device) of one row, in one query; never a
    removal after a disposal that arrived (``merge.REMOVAL``): each computer makes it
    itself, so it is not sent (the value sent is the row's, removed already)."""
    return {col: (int(hlc), str(device)) for col, hlc, device in conn.execute(
        "SELECT col, max(hlc), coalesce(device, ?) FROM sync_changes WHERE tbl = ?"
        " AND pk = ? AND op != 'delete' AND device IS NOT ? GROUP BY col",
        (me, table, pk, merge.REMOVAL))}


@contextlib.contextmanager
def _reading(vault: Vault) -> Iterator[sqlcipher3.Connection]:
    """One read transaction on a read-only connection of its own (``Vault.reader``)."""
    conn = vault.reader()
    try:
        conn.execute("BEGIN")
        yield conn
    finally:
        with contextlib.suppress(Exception):
            conn.execute("COMMIT")
        conn.close()


def send(vault: Vault, *, rewrite: bool = False, announce: bool = False,
         compact: bool = False) -> int:
    """Write this computer's changes since the last bundle as the next bundle (or, with
    ``rewrite``, everything it ever changed as one bundle replacing all its earlier ones:
    after a disposal; with ``compact``, the same once everything was sent, marked as a
    compaction). Returns how many changes went."""
    found = settings(vault)
    if found is None:
        raise NotSyncing()
    key = _key(vault)
    # Read through a connection of its own (WAL: one read transaction, a consistent view)
    # so the window's reads never wait behind a large bundle; only the bookkeeping below
    # takes the vault's lock.
    with _reading(vault) as conn:
        sent_up_to, due = conn.execute("SELECT sent_up_to, rewrite_due FROM sync_practice"
                                       ).fetchone()
        rewrite = rewrite or bool(due)  # a new pairing code: every bundle with the new key
        if compact and conn.execute("SELECT 1 FROM sync_changes WHERE device IS NULL"
                                    " AND seq > ? LIMIT 1", (sent_up_to,)).fetchone():
            return 0  # changes not sent yet: a compaction holds only what all have
        rewrite = rewrite or compact
        after = 0 if rewrite else sent_up_to
        changes, up_to = _outgoing(conn, found.device_id, after)
        if not rewrite and any(c.tbl == "disposals" for c in changes):
            # A disposal made here: no earlier bundle of this computer may keep her words.
            rewrite = True
            changes, up_to = _outgoing(conn, found.device_id, 0)
        next_sequence = conn.execute("SELECT next_sequence FROM sync_practice").fetchone()[0]
        labels = tuple((str(d), str(x)) for d, x in conn.execute(
            "SELECT device, label FROM sync_devices ORDER BY device"))
        told = compaction.applied(conn)
        last_with_changes = conn.execute("SELECT last_with_changes FROM sync_practice"
                                         ).fetchone()[0]
        # This computer's audit entries ride along (never a bundle of their own: applying
        # one writes an entry, and two computers would answer each other forever).
        entries = audit.since(conn, 0 if rewrite else conn.execute(
            "SELECT audit_sent_up_to FROM sync_practice").fetchone()[0])
        audit_head = audit.head(conn)
    if not changes and not rewrite and not announce:
        return 0
    earlier = bundles.own(found.folder, found.practice_id, found.device_id)
    # A bundle written before a crash cut off the bookkeeping is never written over.
    sequence = max([next_sequence, *(bundles.sequence_of(p) + 1 for p in earlier
                                     if bundles.is_own(p, key, found.practice_id,
                                                       found.device_id))])
    bundle = Bundle(found.practice_id, found.device_id, sequence,
                    1 if rewrite else sequence, migrations.latest(), tuple(changes),
                    found.label, labels, tuple(entries), audit_head, applied=told,
                    compacts=last_with_changes if compact else 0)
    written = bundles.write(found.folder, key, bundle)
    # Bookkeeping no page shows.
    with vault.transaction(touches=Touched.NONE) as conn:
        conn.execute("UPDATE sync_practice SET next_sequence = ?, sent_up_to = max(sent_up_to,"
                     " ?), audit_sent_up_to = max(audit_sent_up_to, ?), sent_at = ?",
                     (sequence + 1, up_to, entries[-1].id if entries else 0, now_utc()))
        compaction.announced(conn, found.device_id, told)
        if changes:
            conn.execute("UPDATE sync_practice SET last_with_changes = ?", (sequence,))
        if rewrite:
            conn.execute("UPDATE sync_practice SET rewrite_due = 0")
    if rewrite:
        _only(written)
    return len(changes)


def _only(written: Path) -> None:
    """Leave ``written`` (a rewrite) alone in this computer's own folder: its earlier
    bundles go, and so does every other file a sync tool left there (a "conflicted copy"
    of a bundle still holds a disposed client's words; review of issue 17). Never a file
    of another computer's folder."""
    for path in written.parent.iterdir():
        if path != written and not path.is_dir():
            path.unlink(missing_ok=True)


def compact(vault: Vault, found: Settings) -> bool:
    """Rewrite this computer's own bundles as one when ``compaction.due`` says so, then
    trim the change log; True when it did."""
    mine = bundles.own(found.folder, found.practice_id, found.device_id)
    sizes = []
    for path in mine:
        with contextlib.suppress(FileNotFoundError):
            sizes.append((bundles.sequence_of(path), path.stat().st_size))
    if not compaction.due(vault, sizes, found.device_id):
        return False
    send(vault, compact=True)
    if len(bundles.own(found.folder, found.practice_id, found.device_id)) != 1:
        return False  # a change came in between: next time
    compaction.trim(vault)
    return True


def receive(vault: Vault, progress: Progress | None = None, steps: Steps | None = None
            ) -> Exchange:
    """Apply every other computer's bundles this vault has not applied, each device's in
    order; a bundle naming a record still to come waits for the next round. ``progress``
    hears (bundles applied, bundles found) before the first and after each one; ``steps``
    hears (stage, changes, changes found): the count from the bundles' headers."""
    found = settings(vault)
    if found is None:
        raise NotSyncing()
    key, me, result = _key(vault), found.device_id, Exchange()
    moved = True
    blocked: dict[str, str] = {}
    relists = 3
    passed = 0  # changes in the bundles read and applied (or found here already)
    # First only bundles another computer says it has applied ("vouched"), then one bundle
    # no other computer vouches for at a time, one carrying a "gone" mark first: a mark
    # and its computer's later bundles arriving together (a join), the mark goes first.
    cautious = True
    while moved:
        moved = False
        held = False  # a bundle no other computer vouches for waits for the next pass
        stuck: list[Bundle] = []  # each the next bundle of its computer, naming another's
        waiting, ignored = bundles.waiting(found.folder, found.practice_id, me)
        applied_before = {device: _applied(vault, device) for device in waiting}
        to_apply = {device: [p for p in paths if bundles.sequence_of(p) > applied_before[device]]
                    for device, paths in waiting.items()}
        pending = [device for device, paths in to_apply.items() if paths]
        with vault.snapshot() as conn:  # a computer marked as gone: nothing newer
            gone = computers.gone(conn)
            # (Headers opened only when there is something to apply: most rounds have nothing.)
            vouched = _vouched(conn, me, waiting, key, found.practice_id) if pending else {}
        total = len(result.applied) + sum(len(paths) for paths in to_apply.values())
        if progress is not None:
            progress(len(result.applied), total)
        changes = passed + sum(  # only asked for by a join: each header opened once more
            bundles.count_of(path, key) for paths in to_apply.values() for path in paths
        ) if steps else 0
        one_at_a_time = not cautious and len(pending) > 1
        for device in pending if cautious or not one_at_a_time else _marks_first(
                pending, to_apply, key):
            if moved and one_at_a_time:
                break  # one bundle no other vouches for: then the vouched ones again
            paths, applied = waiting[device], applied_before[device]
            for path in paths:
                sequence = bundles.sequence_of(path)
                if sequence <= applied:
                    continue
                if sequence > gone.get(device, sequence):
                    if (late := Refused(path, computers.GONE)) not in result.refused:
                        result.refused.append(late)
                    break
                if cautious and sequence > vouched.get(device, 0):
                    held = True
                    break
                if steps is not None:
                    steps(READING, passed, changes)
                bundle = bundles.read(path, key, found.practice_id, migrations.latest())
                if isinstance(bundle, Refused) and not path.exists() and relists:
                    # Its computer compacted its bundles as this one listed them: list again.
                    relists -= 1
                    moved = True
                    break
                if isinstance(bundle, Refused):
                    blocked[device] = "refused"
                    if bundle not in result.refused:
                        result.refused.append(bundle)
                    break
                if bundle.covers_from > applied + 1:
                    blocked[device] = f"waiting for bundle {applied + 1}"
                    break
                if bundle.compacts and applied >= bundle.compacts:
                    # Its own bundles rewritten as one: all here already, nothing to read.
                    with vault.transaction(touches=Touched.NONE) as conn:
                        conn.execute("UPDATE sync_applied SET sequence = ?, with_changes = ?"
                                     " WHERE device = ?", (sequence, sequence, device))
                        compaction.remember(conn, bundle)
                        # Entries written after its last bundle with changes ride in it.
                        audit.keep_others(conn, device, bundle.audit, bundle.audit_head)
                    applied = sequence
                    moved = True
                    passed += len(bundle.changes)
                    continue
                if Refused(path, NOT_APPLIED) in result.refused:
                    break  # failed once in this round: tried again at the next
                try:
                    done = merge.apply(vault, bundle, me,
                                       progress=_applying(steps, passed, changes))
                except identity.Unknown:
                    blocked[device] = "waiting for another computer's records"
                    stuck.append(bundle)
                    break
                except Exception as exc:  # one bundle fails, never the others
                    if not _not_applicable(exc, device, sequence):
                        raise
                    blocked[device] = "refused"
                    result.refused.append(Refused(path, NOT_APPLIED))
                    break
                applied = sequence
                moved = True
                passed += len(bundle.changes)
                _applied_now(vault, result, [bundle], done, blocked)
                if progress is not None:
                    progress(len(result.applied), total)
                if any(c.tbl == "gone_computers" for c in bundle.changes):
                    with vault.snapshot() as conn:  # it may bring a mark: read them again
                        gone = computers.gone(conn)
                if one_at_a_time:
                    break
        if not moved and len(stuck) > 1:
            # Each names a record another brings (their computers' bundles rewritten as
            # one since): applied together, in one transaction, or not at all.
            with contextlib.suppress(identity.Unknown):
                done = merge.apply(vault, stuck[0], me, tuple(stuck[1:]),
                                   _applying(steps, passed, changes))
                passed += sum(len(b.changes) for b in stuck)
                _applied_now(vault, result, stuck, done, blocked)
                moved = True
                if progress is not None:
                    progress(len(result.applied), total)
        result.refused += [r for r in ignored if r not in result.refused]
        if not moved and cautious and held:
            moved, cautious = True, False  # the bundles no other computer vouches for
        elif moved:
            cautious = True
    result.waiting = [f"{device}: {why}" for device, why in blocked.items()]
    result.relabelled = _mend_letter(vault, me)
    return result


def _vouched(conn: sqlcipher3.Connection, me: str, waiting: dict[str, list[Path]],
             key: bytes, practice_id: str) -> dict[str, int]:
    """How far each computer's bundles were applied by another computer (not this one, not
    itself), as the bundles applied here and the newest bundle of each in the folder say:
    applied first, they are ones the practice has (a computer marked as gone keeps them)."""
    said: dict[str, int] = {}
    for device, of_device, sequence in conn.execute(
            "SELECT device, of_device, sequence FROM sync_seen"):
        if device not in (me, of_device):
            said[str(of_device)] = max(said.get(str(of_device), 0), int(sequence))
    for device, paths in waiting.items():
        if paths and isinstance(header := bundles.header_of(paths[-1], key, practice_id),
                                Bundle):
            for of_device, sequence in header.applied:
                if of_device not in (me, device):
                    said[of_device] = max(said.get(of_device, 0), sequence)
    return said


def _marks_first(pending: list[str], to_apply: dict[str, list[Path]], key: bytes
                 ) -> list[str]:
    """``pending`` with the computers whose bundles still to apply (``to_apply``) carry a
    "gone" mark first (their headers' names say it): a mark made while the computer it
    marks went on working comes before that computer's later bundles (review of issue 17,
    finding 3)."""
    def marks(device: str) -> bool:
        return any("gone_computers" in bundles.names_of(path, key) for path in to_apply[device])
    return sorted(pending, key=lambda device: not marks(device))


def _applying(steps: Steps | None, before: int, changes: int) -> merge.Progress | None:
    """A bundle's progress (``merge.apply``) as the whole receive's: the changes of the
    bundles before it added (``changes``: all of them, if its header undercounted)."""
    if steps is None:
        return None
    return lambda done, of: steps(APPLYING, before + done, max(changes, before + of))


def _mend_letter(vault: Vault, me: str) -> str:
    """Two computers that joined at once (before either's first bundle reached the other)
    took one letter: the one whose device id is larger takes the first free letter, as
    soon as a bundle shows the clash, so both decide alike without asking each other.
    Numbers read from the letter when shown, so every record made here reads the new one
    from now on; one printed before still carries the old letter, and the status line
    says since when the letter changed. Returns the new letter ('' when none changed)."""
    row = vault.read_one("SELECT label FROM sync_practice")
    mine = str(row[0]) if row else ""
    if not mine or vault.read_one("SELECT 1 FROM sync_devices WHERE label = ? AND device < ?"
                                  " AND device != ?", (mine, me, me)) is None:
        return ""
    with vault.transaction(touches=Touched.records()) as conn:
        used = {str(x) for (x,) in conn.execute("SELECT label FROM sync_devices"
                                                " WHERE device != ?", (me,))}
        label = next_label(used | {mine})
        conn.execute("UPDATE sync_practice SET label = ?, former_label = ?, relabelled_at = ?",
                     (label, mine, now_utc()))
        audit.record(conn, "sync.letter_changed", "sync", None)
    return label


# Why a bundle that was read whole was not applied here (shown in the status line's tooltip,
# translated in the context of bundles.py's reasons).
NOT_APPLIED = QT_TRANSLATE_NOOP("sync", "does not fit the records on this computer (nothing "
                                        "of it was kept); CoachDesk tries again at each sync")


def _not_applicable(exc: Exception, device: str, sequence: int) -> bool:
    """Whether ``exc`` is one bundle's own failure (its transaction rolled back, nothing of
    it kept): refused like a damaged file, and the other computers' bundles still apply
    (review of issue 17: one failing bundle stopped every later one from every computer).
    A full disk, a locked vault, a folder that cannot be read stop the round as before."""
    if isinstance(exc, (OSError, VaultError, sqlcipher3.dbapi2.OperationalError)):
        return False
    # The error's kind only: its message may quote a record's words.
    logging.getLogger(__name__).warning("bundle %d of computer %s not applied: %s",
                                        sequence, device[:6], type(exc).__name__)
    return True


def _applied_now(vault: Vault, result: Exchange, applied: list[Bundle], done: merge.Applied,
                 blocked: dict[str, str]) -> None:
    """Count bundles just applied (in one transaction) into ``result``."""
    for bundle in applied:
        blocked.pop(bundle.device_id, None)
        result.applied.append((bundle.device_id, bundle.sequence))
        result.received += len(bundle.changes)
        if bundle.changes:  # what an idle computer's next bundle will tell
            with vault.transaction(touches=Touched.NONE) as conn:
                conn.execute("UPDATE sync_applied SET with_changes = ? WHERE device = ?",
                             (bundle.sequence, bundle.device_id))
    result.conflicts += done.conflicts
    result.disposed_clients += done.disposed_clients


def _applied(vault: Vault, device: str) -> int:
    row = vault.read_one("SELECT sequence FROM sync_applied WHERE device = ?", (device,))
    return int(row[0]) if row else 0


def exchange(vault: Vault, progress: Progress | None = None, steps: Steps | None = None
             ) -> Exchange:
    """Send this computer's changes, apply the others'; a disposal that arrived is carried
    out to the end (the file compacted, backups rewritten) and this computer's own bundles
    are rewritten without the client; its own bundles are compacted when due."""
    sent = send(vault)
    result = receive(vault, progress, steps)
    former.settle(vault)  # a restored computer's old identity, once its folder is there
    result.sent = sent
    if result.relabelled:
        send(vault, announce=True)  # the others learn the new letter now
    if result.disposed_clients:
        from coachdesk import disposal

        folder = vault.info.backup_folder
        for client_id in result.disposed_clients:
            row = vault.read_one("SELECT basis FROM disposals WHERE client_id = ?", (client_id,))
            disposal.dispose(vault, client_id, row[0] if row else "other",
                             backup_folder=Path(folder) if folder else None)
        send(vault, rewrite=True)
    found = settings(vault)
    assert found is not None  # sent and received above
    mine = bundles.own(found.folder, found.practice_id, found.device_id)
    written = mine[-1].stat().st_mtime if mine else None
    if result.disposed_clients:
        pass
    elif mend.others_stuck(vault, found.folder, found.practice_id, found.device_id):
        send(vault, rewrite=True)  # another computer is stuck on a damaged bundle of mine
    elif compaction.should_acknowledge(vault, found.device_id, written) or \
            mend.should_say_stuck(vault, mine, result.refused):
        send(vault, announce=True)  # an idle (or stuck) computer says what it applied
    result.compacted = compact(vault, found)
    return result
