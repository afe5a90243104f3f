"""Applying a bundle to a vault by the merge rules (docs/sync.md, *The merge*).

One bundle, one transaction: a bundle that cannot be applied whole (it names a record
whose own bundle has not arrived) changes nothing and is tried again later. Applying a
bundle twice changes nothing: a version already known by its (hlc, device) is skipped.

- Fields: last writer wins by (hlc, device), column by column.
- A note's body edited on two computers: the winner is the body, the other text is kept as
  an earlier version of the note, and the note is listed in ``sync_conflicts``.
- Append-only records are inserts under global ids: they add up, never conflict.
- A deletion is skipped if this computer holds an edit of the row the deleter did not know
  (the edit survives); a disposal is carried out on arrival, and every disposed client's
  content is removed again after each bundle, so a late edit cannot bring words back.
- A row equal to one here by a UNIQUE constraint (made on two computers at once) is folded
  into it: the smaller global id survives, the other is an alias, fields by last writer.
- A deletion of a record not here yet is remembered (a tombstone): its insert is not made.
- A row not written because a record it names is gone here is remembered too (``SKIPPED``):
  the rows naming it are not written either, rather than wait for it for good.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlcipher3

from coachdesk import audit, disposal
from coachdesk.changes import Change as Touched
from coachdesk.sync import (
    capture,
    clock,
    compaction,
    computers,
    conflicts,
    identity,
    set_aside,
)
from coachdesk.sync.bundles import Bundle, Change
from coachdesk.timeutil import now_utc

if TYPE_CHECKING:
    from coachdesk.vault import Vault

# The one text that keeps both versions when edited on two computers.
BOTH_KEPT = {("notes", "body")}
# Not a computer: what each computer removes again itself after a disposal.
REMOVAL = "~disposal"
# Not a column: a row logged so that it goes out again as it is (no new version).
RESEND = "~resend"
# Not a computer: the tombstone of a row not written here because a record it names is gone
# here (its session discarded): knowing nothing of it, it never stops the row's own insert.
SKIPPED = "~skipped"
# Rows in a bundle from which empty tables take the bulk path (a join's first bundle; a
# small bundle gains nothing from rebuilding triggers and the full-text index).
BULK_FROM = 500
# How often a bundle's progress is told, in changes (a 100,000-note join: about 200 times).
TELL_EVERY = 5_000
# Told how far one bundle is: (changes applied, changes in it).
Progress = Callable[[int, int], None]


@dataclass
class Applied:
    """What one bundle did here."""

    rows: int = 0
    conflicts: int = 0
    deletions_skipped: int = 0
    # Records made on two computers at once, equal by a UNIQUE constraint: folded into one.
    folded: int = 0
    disposed_clients: list[int] = field(default_factory=list)


def _groups(changes: tuple[Change, ...]) -> Iterator[tuple[str, str, list[Change]]]:
    current: list[Change] = []
    for change in changes:
        if current and (change.tbl, change.gid, change.op) != (
                current[0].tbl, current[0].gid, current[0].op):
            yield current[0].tbl, current[0].gid, current
            current = []
        current.append(change)
    if current:
        yield current[0].tbl, current[0].gid, current


class _Told:
    """Counts the changes applied and tells ``progress`` every ``TELL_EVERY`` of them: an
    addition and a comparison per row, so the merge costs the same told or not."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0
        self.next = TELL_EVERY if progress is not None else total + 1

    def add(self, changes: int) -> None:
        self.done += changes
        if self.done >= self.next and self.done < self.total:
            self.next = self.done + TELL_EVERY
            assert self.progress is not None
            self.progress(self.done, self.total)


def _disclosure_kept(table: str) -> bool:
    """Whether a row of ``table`` here keeps its values whatever version arrives: a
    disclosure is append-only (the trigger ``disclosures_never_change``). Its one change,
    the disposal's scrubbing, each computer makes itself once the disposal is here
    (``disposal.remove_content``, under ``REMOVAL``); a remote version of its columns is
    logged as seen and not written. Written, a version could refuse the whole bundle: the
    scrubbed values of a computer that carried out a disposal not here yet (its rewritten
    bundle sends the row whole, the removal's clock with it), or the original values over
    a disclosure scrubbed here (docs/sync.md, *Append-only records*)."""
    return table == "disclosures"


class _Applier:
    def __init__(self, conn: sqlcipher3.Connection, me: str) -> None:
        self.conn, self.me = conn, me
        self.shapes: dict[str, identity.Shape] = {}
        self.tables = set(capture.captured_tables(conn))
        self.result = Applied()
        # What ``as_if`` last wrote (None: not known, as after a savepoint rolled back).
        self.logging_as: tuple[int | None, str | None] | None = None
        # Most vaults never hold a tombstone: then no insert asks for one.
        self.tombstones = conn.execute("SELECT 1 FROM sync_tombstones LIMIT 1").fetchone() \
            is not None
        # The bulk path (docs/sync.md, *Joining fast*): tables provably empty here take
        # their rows without the per-row checks, buffered and written with executemany.
        self.bulk: set[str] = set()
        self.made: dict[tuple[str, str, Any], int] = {}  # (table, origin, id) -> local id
        self.next_id: dict[str, int] = {}
        self.buffered: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}
        self.logged: list[tuple[str, list[Any], str, int, str | None]] = []
        self.versions_logged: list[tuple[str, str, str, int, str | None]] = []
        self.ids: list[tuple[str, int, str, Any]] = []
        # Rows this bundle brings (table, global id), and deletions of records that rows
        # here still name: decided once the rest of the bundle is in (``kept_or_deleted``).
        self.coming: set[tuple[str, str]] = set()
        self.named: list[tuple[identity.Shape, list[Any], Change]] = []
        # Table -> the (table, column, on delete) of each foreign key naming it.
        self.referrers: dict[str, list[tuple[str, str, str]]] | None = None
        # Rows of this bundle not written (table, global id): a row naming one is not
        # written either, rather than wait for it (``skip``).
        self.skipped: set[tuple[str, str]] = set()

    def shape(self, table: str) -> identity.Shape:
        if table not in self.shapes:
            self.shapes[table] = identity.shape(self.conn, table)
        return self.shapes[table]

    def as_if(self, hlc: int | None, device: str | None) -> None:
        """Writes from here on are logged as the remote change (hlc, device) (None: local).
        Every write of a shared table while a bundle applies says first whose it is, so
        the clock row is written only when that changes (and reset once at the end)."""
        if self.logging_as == (hlc, device):
            return
        self.conn.execute("UPDATE sync_clock SET applying_hlc = ?, applying_device = ?",
                          (hlc, device))
        self.logging_as = (hlc, device)

    def versions(self, table: str, pk: str) -> dict[str, list[tuple[int, str]]]:
        """Every version of one row's columns ('*': the whole row), in one query: what
        ``version`` and ``known`` ask column by column (bench/sync.py: 1,000 saves applied
        in 4.8 s with a query each, the device's index chosen over the record's)."""
        found: dict[str, list[tuple[int, str]]] = {}
        for col, hlc, device in self.conn.execute(
                "SELECT col, hlc, coalesce(device, ?) FROM sync_changes INDEXED BY"
                " sync_changes_by_record WHERE tbl = ? AND pk = ? AND op != 'delete'",
                (self.me, table, pk)):
            found.setdefault(str(col), []).append((int(hlc), str(device)))
        return found

    def log_version(self, table: str, pk: str, column: str, hlc: int, device: str) -> None:
        """Record a column's version that changed no value (the same value arrived)."""
        self.conn.execute("INSERT INTO sync_changes (tbl, pk, op, col, hlc, device)"
                          " VALUES (?, ?, 'update', ?, ?, ?)",
                          (table, pk, column, hlc, None if device == self.me else device))

    def row(self, s: identity.Shape, local: list[Any]) -> dict[str, Any] | None:
        where = " AND ".join(f'"{c}" IS ?' for c in s.key)
        found = self.conn.execute(
            f'SELECT {", ".join(chr(34) + c + chr(34) for c in s.columns)} FROM "{s.table}"'
            f" WHERE {where}", local).fetchone()
        return dict(zip(s.columns, found, strict=True)) if found else None

    def choose_bulk(self, tables: set[str]) -> None:
        """The tables this bundle may fill by the bulk path: shared and provably empty
        here (no row, no logged change, no global id or alias, no tombstone in the vault):
        every check the general path makes per row would find nothing (nothing to fold
        with: the writer's vault holds its rows under the same UNIQUE constraints), so
        skipping them leaves the same vault."""
        if self.tombstones:
            return
        for table in sorted(tables & self.tables):
            if self.conn.execute(
                    f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() or self.conn.execute(
                    "SELECT 1 FROM sync_changes WHERE tbl = ? UNION ALL SELECT 1 FROM sync_ids"
                    " WHERE tbl = ? UNION ALL SELECT 1 FROM sync_aliases WHERE tbl = ?"
                    " LIMIT 1", (table, table, table)).fetchone():
                continue
            self.bulk.add(table)

    def takes_bulk(self, table: str, gid: str, group: list[Change]) -> bool:
        """A row for the bulk path: an insert into a table chosen for it, of a record made
        elsewhere (a record of this computer coming back keeps its own id: general path)."""
        return table in self.bulk and group[0].op != "delete" and self.me not in gid

    def to_local(self, table: str, gid: list[Any]) -> int | None:
        """``identity.to_local``, first asking the rows this bundle brought in bulk."""
        if gid[0] != self.me:
            found = self.made.get((table, gid[0], gid[1]))
            if found is not None:
                return found
        return identity.to_local(self.conn, table, gid, self.me)

    def bulk_insert(self, s: identity.Shape, gid: str, group: list[Change]) -> None:
        """A row of a table that was empty here, as ``insert`` would write it (the same
        ids, values, global ids and logged versions), buffered until ``flush``; raises
        ``identity.Unknown`` before buffering anything when it names a record not here."""
        parts = json.loads(gid)
        cols = {c.col: c for c in group if c.col in s.columns}
        local: list[Any] = []
        for column, value in zip(s.key, parts, strict=True):
            if column in s.refs:
                found = self.to_local(s.refs[column], value)
                if found is None:
                    raise identity.Unknown(f"{s.table}.{column}", s.refs[column],
                                           json.dumps([value]))
                local.append(found)
            elif column != s.own_id:
                local.append(value)
        values = {c: ch.value for c, ch in cols.items()}
        names = [c for c in s.columns if c in values and c != s.own_id]
        local_values = []
        for column in names:
            value = values[column]
            target = identity.ref_table(s, column, values)
            if value is not None and target is not None:
                travelled = json.loads(value)
                found = self.to_local(target, travelled)
                if found is None:
                    raise identity.Unknown(f"{s.table}.{column}", target,
                                           json.dumps([travelled]))
                value = found
            local_values.append(value)
        if s.own_id is not None:
            if s.table not in self.next_id:
                self.next_id[s.table] = self.first_id(s)
            new_id = self.next_id[s.table]
            self.next_id[s.table] = new_id + 1
            names.append(s.own_id)
            local_values.append(new_id)
            local = [new_id]
            origin = parts[0]
            if origin[0] != self.me:
                self.made[(s.table, origin[0], origin[1])] = new_id
                self.ids.append((s.table, new_id, origin[0], origin[1]))
        self.buffered.setdefault((s.table, tuple(names)), []).append(local_values)
        oldest = min(cols.values(), key=lambda ch: (ch.hlc, ch.device))
        self.logged.append((s.table, local, "*", oldest.hlc, oldest.device))
        pk = json.dumps(local)
        for column, change in cols.items():
            if (change.hlc, change.device) != (oldest.hlc, oldest.device):
                self.versions_logged.append((s.table, pk, column, change.hlc,
                                             None if change.device == self.me else change.device))
        self.result.rows += 1

    def first_id(self, s: identity.Shape) -> int:
        """The id SQLite would give the table's next row (AUTOINCREMENT remembered too)."""
        assert s.own_id is not None
        top = self.conn.execute(f'SELECT max("{s.own_id}") FROM "{s.table}"').fetchone()[0]
        seq = None
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
                             ).fetchone():
            row = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?",
                                    (s.table,)).fetchone()
            seq = row[0] if row else None
        return max(int(top or 0), int(seq or 0)) + 1

    def flush(self) -> None:
        """Write the buffered rows, their global ids and their logged versions (in the
        order the capture trigger and ``insert`` would have)."""
        if not self.buffered:
            return
        for (table, names), rows in self.buffered.items():
            quoted = ", ".join(f'"{c}"' for c in names)
            self.conn.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES'
                                  f' ({", ".join("?" * len(names))})', rows)
        by_arity: dict[int, list[list[Any]]] = {}
        for table, local, col, hlc, device in self.logged:
            by_arity.setdefault(len(local), []).append([table, *local, col, hlc, device])
        for arity, rows in by_arity.items():
            self.conn.executemany(
                "INSERT INTO sync_changes (tbl, pk, op, col, hlc, device, base_hlc) VALUES"
                f" (?, json_array({', '.join('?' * arity)}), 'insert', ?, ?, ?, NULL)", rows)
        if self.ids:
            self.conn.executemany("INSERT OR REPLACE INTO sync_ids (tbl, local_id, origin,"
                                  " origin_id) VALUES (?, ?, ?, ?)", self.ids)
        if self.versions_logged:
            self.conn.executemany("INSERT INTO sync_changes (tbl, pk, op, col, hlc, device)"
                                  " VALUES (?, ?, 'update', ?, ?, ?)", self.versions_logged)
        self.buffered, self.logged, self.versions_logged, self.ids = {}, [], [], []
        self.next_id = {}

    def apply(self, table: str, gid: str, group: list[Change]) -> None:
        if table not in self.tables:
            self.skipped.add((table, gid))  # what names it does not wait for it either
            return  # a table this version does not share (or no longer has)
        if self.takes_bulk(table, gid, group):
            self.bulk_insert(self.shape(table), gid, group)
            return
        s = self.shape(table)
        try:
            local = identity.key_in(self.conn, s, gid, self.me)
        except identity.Unknown as exc:
            if self.gone(exc.target, exc.gid):
                self.skip(table, gid)  # part of a record deleted before it reached here
                return
            raise
        if group[0].op == "delete":
            if local is None:
                self.remember_deletion(table, gid, group[-1])
                return
            self.delete(s, local, group[-1])
        else:
            self.upsert(s, gid, local, {c.col: c for c in group if c.col in s.columns})
        self.result.rows += 1

    def tombstone(self, table: str, gid: str) -> dict[str, int] | None:
        """What the deleter knew of a record deleted before it reached this computer."""
        if not self.tombstones:
            return None
        row = self.conn.execute("SELECT knew FROM sync_tombstones WHERE tbl = ? AND gid = ?",
                                (table, gid)).fetchone()
        return {str(k): int(v) for k, v in json.loads(row[0]).items()} if row else None

    def gone(self, table: str, gid: str) -> bool:
        """Whether a record not here will not be written by this bundle: deleted before it
        came, or not written itself (``skip``). One the bundle brings is decided first: a
        row naming it waits for it (brought back, a note skipped earlier is written)."""
        if (table, gid) in self.skipped:
            return True
        return (table, gid) not in self.coming and self.tombstone(table, gid) is not None

    def skip(self, table: str, gid: str) -> None:
        """A row of the bundle not written here. Remembered for the bundle, and as a
        tombstone knowing nothing (``SKIPPED``; never over a deletion's): a row naming it,
        in this bundle or a later one, is not written either, where it waited for it at
        every exchange (review of issue 17: a note skipped, its session discarded here,
        and its earlier version). The row itself is written when it comes again and what
        it names is here (the other computer keeps the session and sends it all again)."""
        self.skipped.add((table, gid))
        self.conn.execute("INSERT INTO sync_tombstones (tbl, gid, hlc, device) VALUES"
                          " (?, ?, 0, ?) ON CONFLICT (tbl, gid) DO NOTHING",
                          (table, gid, SKIPPED))
        self.tombstones = True

    def remember_deletion(self, table: str, gid: str, change: Change) -> None:
        """A deletion of a record not here (yet): its insert, when it comes from a computer
        slower than the deleter's, is not made (docs/sync.md, *Deleted before it came*)."""
        self.conn.execute(
            "INSERT INTO sync_tombstones (tbl, gid, hlc, device, knew) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (tbl, gid) DO UPDATE SET hlc = excluded.hlc, device = excluded.device,"
            " knew = excluded.knew WHERE excluded.hlc > hlc",
            (table, gid, change.hlc, change.device, change.value or "{}"))
        self.tombstones = True

    def delete(self, s: identity.Shape, local: list[Any], change: Change) -> None:
        if self.row(s, local) is None:
            return
        pk = json.dumps(local)
        knew = {str(k): int(v) for k, v in json.loads(change.value or "{}").items()}
        for hlc, device in self.conn.execute(
                "SELECT hlc, coalesce(device, ?) FROM sync_changes WHERE tbl = ? AND pk = ?"
                " AND op != 'delete' AND col != ?", (self.me, s.table, pk, RESEND)).fetchall():
            if hlc > knew.get(device, -1):
                self.result.deletions_skipped += 1  # an edit the deleter never saw survives
                return
        if self.naming(s, local):
            self.named.append((s, local, change))  # a row here names it: at the end
            return
        if s.table == "gone_computers" and computers.role_moved_since_mark(self.conn,
                                                                           local[0]):
            # A computer brought back ("Not gone after all") on one that had not heard that
            # invoicing was taken back from it: the mark stays, and the computer that
            # removed it makes it again, so every computer refuses its later bundles
            # (review of issue 17, finding 2).
            self.keep(s, local)
            return
        self.as_if(change.hlc, change.device)
        where = " AND ".join(f'"{c}" IS ?' for c in s.key)
        self.conn.execute(f'DELETE FROM "{s.table}" WHERE {where}', local)

    def keep(self, s: identity.Shape, local: list[Any]) -> int:
        """A deletion not carried out: the row goes out again as this computer's own, every
        field under a new clock (returned), so the deleter makes it again."""
        self.result.deletions_skipped += 1
        hlc = clock.now(self.conn)
        self.conn.executemany(
            "INSERT INTO sync_changes (tbl, pk, op, col, hlc) VALUES (?, ?, 'update', ?, ?)",
            [(s.table, json.dumps(local), c, hlc) for c in s.columns if c not in s.key])
        return hlc

    def naming(self, s: identity.Shape, local: list[Any], *, any_kind: bool = False
               ) -> list[tuple[str, str]]:
        """The rows here that name this record by a foreign key that does not cascade
        (table, local key as logged); ``any_kind``: by any foreign key."""
        found: list[tuple[str, str]] = []
        if s.own_id is None:
            return found
        if self.referrers is None:  # read from the schema once per bundle
            self.referrers = {}
            for child in sorted(self.tables):
                for ref in self.conn.execute(f'PRAGMA foreign_key_list("{child}")'):
                    self.referrers.setdefault(str(ref[2]), []).append(
                        (child, str(ref[3]), str(ref[6])))
        for child, column, on_delete in self.referrers.get(s.table, []):
            if not any_kind and on_delete not in ("NO ACTION", "RESTRICT"):
                continue
            key = ", ".join(f'"{c}"' for c in self.shape(child).key)
            found += [(child, str(pk)) for (pk,) in self.conn.execute(
                f'SELECT json_array({key}) FROM "{child}" WHERE "{column}" = ?', (local[0],))]
        return found

    def under(self, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """``rows`` and every row naming one of them, by any foreign key, and so on down
        (a note, its earlier versions, its sections...), each once, parents first: read
        from the schema's foreign keys."""
        found = list(dict.fromkeys(rows))
        seen = set(found)
        for table, pk in found:  # grows as it goes: breadth first
            for row in self.naming(self.shape(table), json.loads(pk), any_kind=True):
                if row not in seen:
                    seen.add(row)
                    found.append(row)
        return found

    def kept_or_deleted(self) -> None:
        """The deletions of records rows here named, once the bundle is in: a record still
        named (a session's note the deleter never saw) is kept, as an edit the deleter
        never saw keeps its row, and goes out again as this computer's own, so the deleter
        makes it again when the note arrives (docs/sync.md, *Deleted vs edited*); one no
        longer named (its rows deleted later in the bundle) is deleted."""
        for s, local, change in self.named:
            where = " AND ".join(f'"{c}" IS ?' for c in s.key)
            if not self.naming(s, local):
                self.as_if(change.hlc, change.device)
                self.conn.execute(f'DELETE FROM "{s.table}" WHERE {where}', local)
                continue
            hlc = self.keep(s, local)
            # The rows naming it go out again after it, as they are (``RESEND``: no new
            # version): the deleter dropped those that came before the record did, and
            # every row under them (a note's earlier versions: the deleter skipped them
            # with their note, ``skip``).
            self.conn.executemany(
                f"INSERT INTO sync_changes (tbl, pk, op, col, hlc) VALUES (?, ?, 'update',"
                f" '{RESEND}', ?)", [(t, pk, hlc) for t, pk in self.under(self.naming(s, local))])
        self.as_if(None, None)
        self.named = []

    def upsert(self, s: identity.Shape, gid: str, local: list[Any] | None,
               cols: dict[str, Change]) -> None:
        values = {c: ch.value for c, ch in cols.items()}
        current = self.row(s, local) if local is not None else None
        if current is None:
            self.insert(s, gid, local, cols, values)
            return
        assert local is not None  # a row was found under it
        pk = json.dumps(local)
        known = self.versions(s.table, pk)
        whole = known.get("*", [])
        # Columns to write, by the version they take: one UPDATE each (a save changes the
        # body and when it was saved at one clock: one statement, its triggers once).
        writes: dict[tuple[int, str], dict[str, Any]] = {}
        for column, change in cols.items():
            if column in s.key:
                continue
            remote = (change.hlc, change.device)
            seen = known.get(column, []) + whole
            mine = max(seen, default=(-1, ""))
            if remote == mine or remote in seen:
                continue
            value = identity.value_in(self.conn, s, column, {**current, **values}, self.me)
            # Concurrent unless written on the text here: a base later than it (a third
            # computer's text, not here yet) may never have seen it either.
            both = (s.table, column) in BOTH_KEPT and change.base_hlc is not None and \
                mine[1] != change.device and change.base_hlc != mine[0] and \
                current[column] != value
            if clock.later(remote, mine):
                if both:
                    self.keep_other_text(s, local, current[column], change, mine)
                if s.table == "invoices" and self.voided_wins(local, pk, cols, column, value):
                    continue
                if current[column] != value and not _disclosure_kept(s.table):
                    writes.setdefault(remote, {})[column] = value
                else:
                    self.log_version(s.table, pk, column, change.hlc, change.device)
            elif both:
                self.keep_other_text(s, local, value, change, remote)
        where = " AND ".join(f'"{c}" IS ?' for c in s.key)
        for (hlc, device), columns in writes.items():
            self.as_if(hlc, device)
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            self.conn.execute(f'UPDATE "{s.table}" SET {assignments} WHERE {where}',
                              [*columns.values(), *local])
        self.as_if(None, None)  # what follows is this computer's own (a kept text)

    def voided_wins(self, local: list[Any], pk: str, cols: dict[str, Change], column: str,
                    value: Any) -> bool:
        """An invoice voided, or marked paid, as it arrives; True when done here. Voided
        wins on every computer (a voided invoice stays voided; an invoice is never both):
        marked paid on one computer while another voided it, the payment is set aside with
        an audit entry (``invoice.payment_set_aside``) and kept, with its date and version,
        in ``payments_set_aside`` for the screens (``set_aside.record``: each computer
        records it itself, once per payment version), and the computer that marked it
        keeps its own ``invoice.paid`` entry, which every computer's audit log shows. The
        void's date and reason are written together (the reason is written only with it)."""
        if column not in ("paid_on", "voided_on", "void_reason") or value is None:
            return False
        change = cols[column]
        paid, voided, reason = self.conn.execute(
            "SELECT paid_on, voided_on, void_reason FROM invoices WHERE id = ?", local
        ).fetchone()
        if column == "void_reason":  # written with its date (below), never after it
            if voided is not None and reason != value:
                self.log_version("invoices", pk, column, change.hlc, change.device)
            return voided is not None
        if column == "paid_on":
            if voided is None:
                return False
            self.log_version("invoices", pk, column, change.hlc, change.device)
            audit.record(self.conn, "invoice.payment_set_aside", "invoice", local[0])
            self.as_if(None, None)  # the record is this computer's own: it travels
            set_aside.record(self.conn, local[0], value, change.hlc, change.device)
            return True
        if voided is not None:  # voided on both: each keeps its own date and reason
            self.log_version("invoices", pk, column, change.hlc, change.device)
            return True
        self.as_if(change.hlc, change.device)  # each computer does this itself
        known = self.versions("invoices", pk) if paid is not None else {}
        payment = max(known.get("paid_on", []) + known.get("*", []), default=None)
        if paid is not None:
            self.conn.execute("UPDATE invoices SET paid_on = NULL WHERE id = ?", local)
            audit.record(self.conn, "invoice.payment_set_aside", "invoice", local[0])
        why = cols["void_reason"].value if "void_reason" in cols else reason
        self.conn.execute("UPDATE invoices SET voided_on = ?, void_reason = ? WHERE id = ?",
                          (value, why, *local))
        self.as_if(None, None)
        if paid is not None and payment is not None:
            set_aside.record(self.conn, local[0], paid, *payment)
        return True

    def keep_other_text(self, s: identity.Shape, local: list[Any], text: Any,
                        change: Change, written: tuple[int, str]) -> None:
        """The losing text of a note edited on two computers (its version ``written``),
        kept as an earlier version saved when it was written. Every computer that finds
        the conflict keeps it under one global id named by that version (``~`` and its
        computer, its clock: no computer's own ids), and sends it like its own writes, so
        a computer that never sees the two edits (it builds the practice from bundles
        rewritten since) gets the text too, and one that finds the conflict itself keeps
        the copy that came, never a second. The conflict names that version, the same on
        every computer: resolved already if a resolution of it came first
        (coachdesk.sync.conflicts)."""
        kept = ["~" + written[1], written[0]]
        self.as_if(None, None)  # written as this computer's own, so it travels
        revision = identity.to_local(self.conn, "note_revisions", kept, self.me)
        if revision is None:
            revision = self.conn.execute(
                "INSERT INTO note_revisions (note_id, body, saved_at) VALUES (?, ?, ?)",
                (local[0], text, conflicts.written_at(written[0]) or now_utc())).lastrowid
            identity.remember(self.conn, "note_revisions", int(revision), kept)
        conflicts.record(self.conn, local[0], revision, written)
        self.result.conflicts += 1

    def insert(self, s: identity.Shape, gid: str, local: list[Any] | None,
               cols: dict[str, Change], values: dict[str, Any]) -> None:
        """A row new here (or deleted here, or on another computer before it came:
        re-created only by an edit the deleter never saw); or the same record as a row
        here by a UNIQUE constraint: folded into it."""
        knew = self.tombstone(s.table, gid)
        if knew is not None:
            if not any(ch.hlc > knew.get(ch.device, -1) for ch in cols.values()):
                self.skip(s.table, gid)
                return
            self.conn.execute("DELETE FROM sync_tombstones WHERE tbl = ? AND gid = ?",
                              (s.table, gid))
        if local is not None:
            pk = json.dumps(local)
            gone = self.conn.execute(
                "SELECT seq FROM sync_changes WHERE tbl = ? AND pk = ? AND op = 'delete'"
                " ORDER BY seq DESC LIMIT 1", (s.table, pk)).fetchone()
            if gone is not None:
                knew = dict(self.conn.execute(
                    "SELECT coalesce(device, ?), max(hlc) FROM sync_changes WHERE tbl = ?"
                    " AND pk = ? AND seq < ? AND op != 'delete' GROUP BY 1",
                    (self.me, s.table, pk, gone[0])).fetchall())
                if not any(ch.hlc > knew.get(ch.device, -1) for ch in cols.values()):
                    self.skip(s.table, gid)
                    return
        names = [c for c in s.columns if c in values and c != s.own_id]
        row = dict(values)
        try:
            local_values = [identity.value_in(self.conn, s, c, row, self.me) for c in names]
        except identity.Unknown as exc:
            if self.gone(exc.target, exc.gid):
                self.skip(s.table, gid)  # it belongs to a record deleted before it came
                return
            raise
        if self.belongs_to_gone(s, names, local_values):
            self.skip(s.table, gid)  # it belongs to a record deleted here (a session's)
            return
        if s.own_id is not None and local is None:
            same = self.same_record(s, dict(zip(names, local_values, strict=True)))
            if same is not None:
                self.fold(s, gid, same, cols)
                return
        if s.own_id is not None and local is not None:
            names.append(s.own_id)
            local_values.append(local[0])
        oldest = min(cols.values(), key=lambda ch: (ch.hlc, ch.device))
        self.as_if(oldest.hlc, oldest.device)
        placeholders = ", ".join("?" * len(names))
        quoted = ", ".join(f'"{c}"' for c in names)
        cursor = self.conn.execute(f'INSERT INTO "{s.table}" ({quoted}) VALUES ({placeholders})',
                                   local_values)
        if s.own_id is not None:
            if local is None:
                local = [int(cursor.lastrowid or 0)]
            origin = json.loads(gid)[0]
            if origin[0] != self.me:
                identity.remember(self.conn, s.table, local[0], origin)
        if local is None:
            local = identity.key_in(self.conn, s, gid, self.me)
        pk = json.dumps(local)
        for column, change in cols.items():
            if (change.hlc, change.device) != (oldest.hlc, oldest.device):
                self.log_version(s.table, pk, column, change.hlc, change.device)


    def belongs_to_gone(self, s: identity.Shape, names: list[str], values: list[Any]) -> bool:
        """Whether a row names a record that was here and is no longer (one made here, or
        one whose global id is known here): a record still to come raised ``Unknown``
        instead. Inserting it would break its foreign key, and the bundle would fail at
        every exchange (an earlier version of a note its client's disposal removed)."""
        for column, value in zip(names, values, strict=True):
            target = s.refs.get(column)
            if target is None or value is None:
                continue
            key = self.shape(target).own_id
            if key is not None and self.conn.execute(
                    f'SELECT 1 FROM "{target}" WHERE "{key}" = ?', (value,)).fetchone() is None:
                gid = identity.key_out(self.conn, self.shape(target), [value], self.me)
                if (target, gid) in self.coming and (target, gid) not in self.skipped:
                    # Made again later in this bundle (one skipped is not: ``skip``).
                    raise identity.Unknown(f"{s.table}.{column}", target, gid)
                return True
        return False

    def same_record(self, s: identity.Shape, values: dict[str, Any]) -> int | None:
        """The row here equal to ``values`` by one of the table's UNIQUE constraints."""
        for unique in s.unique:
            if all(values.get(c) is not None for c in unique):
                where = " AND ".join(f'"{c}" = ?' for c in unique)
                found = self.conn.execute(f'SELECT "{s.own_id}" FROM "{s.table}" WHERE {where}',
                                          [values[c] for c in unique]).fetchone()
                if found is not None:
                    return int(found[0])
        return None

    def fold(self, s: identity.Shape, gid: str, local_id: int, cols: dict[str, Change]) -> None:
        """One record made on two computers at once (equal by a UNIQUE constraint): the
        smaller global id survives on every computer, the other one names the same row
        from now on (``sync_aliases``), and each field takes the later writer's value.
        Local ids stay, so what refers to either row here refers to the one record."""
        arriving = json.loads(gid)[0]
        here = identity.to_global(self.conn, s.table, local_id, self.me)
        if arriving[0] != self.me and (arriving[0], arriving[1]) < (here[0], here[1]):
            if here[0] != self.me:
                identity.alias(self.conn, s.table, here, local_id)
            identity.remember(self.conn, s.table, local_id, arriving)
        else:
            identity.alias(self.conn, s.table, arriving, local_id)
        self.upsert(s, gid, [local_id], cols)
        self.result.folded += 1


def _apply_all(conn: sqlcipher3.Connection, applier: _Applier,
               groups: list[tuple[str, str, list[Change]]], told: _Told) -> None:
    """Apply each row's changes; a row naming a record written later in the same bundle
    (one write may insert them in any order: an export before its disclosure) waits for
    the rest of the bundle and is tried again, until a pass brings nothing new."""
    while groups:
        waiting: list[tuple[str, str, list[Change]]] = []
        missing: identity.Unknown | None = None
        for table, gid, group in groups:
            if applier.takes_bulk(table, gid, group):
                try:  # nothing is written before a missing record is found
                    applier.apply(table, gid, group)
                except identity.Unknown as exc:
                    waiting.append((table, gid, group))
                    missing = exc
                else:
                    told.add(len(group))
                continue
            # The rows so far are written first: this one may name them, and its savepoint
            # must not take them back if it waits.
            applier.flush()
            conn.execute("SAVEPOINT sync_row")
            try:
                applier.apply(table, gid, group)
            except identity.Unknown as exc:
                conn.execute("ROLLBACK TO sync_row")
                applier.logging_as = None  # the clock row as it was before the row
                waiting.append((table, gid, group))
                missing = exc
            else:
                told.add(len(group))
            conn.execute("RELEASE sync_row")
        applier.flush()
        if missing is not None and len(waiting) == len(groups):
            raise missing  # a record still to come from another bundle
        groups = waiting


def _disposals_first(conn: sqlcipher3.Connection, applier: _Applier,
                     groups: list[tuple[str, str, list[Change]]], every: tuple[Bundle, ...]
                     ) -> list[tuple[str, str, list[Change]]]:
    """Apply the bundle's disposals and carry them out here before its other rows; returns
    the rest. Why (review of issue 17): a rewritten bundle holds a disposed client's old
    rows too, and a disclosure may only change as its disposal allows (the trigger
    ``disclosures_never_change`` wants the disposal there, and its words replaced all at
    once): once the content is removed here, under a clock past the whole bundle, the
    bundle's old values lose to the removal and are never written."""
    first = [g for g in groups if g[0] == "disposals"]
    if not first:
        return groups
    later: list[tuple[str, str, list[Change]]] = []
    for each in first:
        conn.execute("SAVEPOINT sync_disposal")
        try:
            applier.apply(*each)
        except identity.Unknown:  # its client comes later in the bundle: with the rest
            conn.execute("ROLLBACK TO sync_disposal")
            later.append(each)
        conn.execute("RELEASE sync_disposal")
    clock.receive(conn, max(b.newest for b in every))
    applier.as_if(conn.execute("SELECT hlc FROM sync_clock").fetchone()[0], REMOVAL)
    for (client_id,) in conn.execute("SELECT client_id FROM disposals").fetchall():
        disposal.remove_content(conn, client_id)
    applier.as_if(None, None)
    return later + [g for g in groups if g[0] != "disposals"]


def apply(vault: Vault, bundle: Bundle, me: str, together: tuple[Bundle, ...] = (),
          progress: Progress | None = None) -> Applied:
    """Apply ``bundle`` in one transaction and remember it as applied; raises
    ``identity.Unknown`` (nothing applied) when it refers to a record still to come.
    ``together``: other computers' bundles applied in the same transaction, for bundles
    that each name a record the other brings (each computer's bundles rewritten as one).
    ``progress`` hears (changes applied, changes in them) every ``TELL_EVERY`` changes and
    once at the end (a join's one large bundle takes seconds): still one transaction."""
    told = _Told(progress, sum(len(b.changes) for b in (bundle, *together)))
    try:
        done = _apply(vault, bundle, me, together, told, bulk=True)
    except sqlcipher3.IntegrityError:
        # Two rows of the bulk path equal by a UNIQUE constraint (which the writer's own
        # vault forbids, so never seen): nothing was applied; the general path folds them.
        told.done = 0  # told again only past what was told (the bar never goes back)
        done = _apply(vault, bundle, me, together, told, bulk=False)
    if progress is not None:
        progress(told.total, told.total)
    return done


def _apply(vault: Vault, bundle: Bundle, me: str, together: tuple[Bundle, ...],
           told: _Told, *, bulk: bool) -> Applied:
    every = (bundle, *together)
    with vault.transaction(touches=Touched.records()) as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        applier = _Applier(conn, me)
        before = {row[0] for row in conn.execute("SELECT client_id FROM disposals")}
        groups = [g for b in every for g in _groups(b.changes)]
        applier.coming = {(t, gid) for t, gid, group in groups if group[0].op != "delete"}
        if bulk and len(groups) >= BULK_FROM:
            # A disposal never goes by the bulk path: it is applied, and carried out, before
            # the rest (``_disposals_first``), whichever path the rest takes.
            applier.choose_bulk({table for table, _gid, _group in groups} - {"disposals"})
        try:
            rest = _disposals_first(conn, applier, groups, every)
            told.add(sum(len(g[2]) for g in groups) - sum(len(g[2]) for g in rest))
            with capture.inserts_untracked(conn, applier.bulk):
                _apply_all(conn, applier, rest, told)
        finally:
            applier.as_if(None, None)
        conflicts.settle(conn)  # resolved on another computer: resolved here too
        if not any(table == "disposals" for table, _gid, _group in groups):
            # (With disposals, ``_disposals_first`` moved it already, before their removal.)
            clock.receive(conn, max(b.newest for b in every))
        applier.kept_or_deleted()  # past the bundle: a record kept goes out as new
        # The tombstone wins: every disposed client's content goes again, so an edit
        # that arrived from a computer which had not heard of the disposal goes too.
        # Logged under a name no computer has, so it is never sent: every computer does
        # this itself, and its "Disposed client N" (N its own id) never fights another's.
        disposed = [row[0] for row in conn.execute("SELECT client_id FROM disposals")]
        if disposed:
            applier.as_if(conn.execute("SELECT hlc FROM sync_clock").fetchone()[0], REMOVAL)
            for client_id in disposed:
                disposal.remove_content(conn, client_id)
            applier.as_if(None, None)
        applier.result.disposed_clients = [c for c in disposed if c not in before]
        for bundle in every:
            conn.executemany("INSERT OR IGNORE INTO sync_devices (device, label) VALUES (?, ?)",
                             [(d, x) for d, x in bundle.labels if d != me])
            conn.execute("INSERT OR REPLACE INTO sync_devices (device, label) VALUES (?, ?)",
                         (bundle.device_id, bundle.label))
            conn.execute("INSERT INTO sync_applied (device, sequence, applied_at)"
                         " VALUES (?, ?, ?) ON CONFLICT (device) DO UPDATE SET"
                         " sequence = excluded.sequence, applied_at = excluded.applied_at",
                         (bundle.device_id, bundle.sequence, now_utc()))
            compaction.remember(conn, bundle)  # what its computer has applied
            audit.keep_others(conn, bundle.device_id, bundle.audit, bundle.audit_head)
            audit.record(conn, "sync.bundle_applied",
                         audit.about_computer("bundle", bundle.device_id), bundle.sequence)
    return applier.result
