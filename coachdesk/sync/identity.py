"""Global ids: a record is named across computers by its origin computer and its id
there (docs/sync.md, *Global identity*).

A record made on this computer has no row in ``sync_ids``: its global id is this
computer's device id and its own id. A record that came from elsewhere is mapped there
(table, local id, origin, origin id). References are translated on the way out and back,
found from the schema: a declared foreign key, or a ``<x>_id`` column beside a
``<x>_kind`` column whose value names the table (``KIND_TABLES``: explicit choices, never
read from words).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coachdesk.sync import capture

if TYPE_CHECKING:
    import sqlcipher3

# The kinds a ``<x>_kind`` column names, and the table each one is.
KIND_TABLES = {"sponsor": "sponsors", "contact": "sponsor_contacts", "client": "clients",
               "disclosure": "disclosures", "session": "sessions",
               "engagement": "engagements", "agreement": "agreements", "report": "reports",
               "invoice": "invoices", "note": "notes", "excerpt": "excerpts"}


class Unknown(Exception):
    """A reference to a record this vault does not have yet (its bundle is still to come):
    ``target`` is its table and ``gid`` its global id (JSON text)."""

    def __init__(self, where: str, target: str = "", gid: str = "") -> None:
        super().__init__(where)
        self.target, self.gid = target, gid


@dataclass(frozen=True)
class Shape:
    """What the merge needs to know of a table, read from the schema."""

    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    # Column -> the table it refers to (declared foreign keys).
    refs: dict[str, str]
    # Column -> the column naming its table's kind.
    kind_refs: dict[str, str]
    # The columns of each UNIQUE constraint other than the key (from the schema's own
    # unique indexes): rows equal there are one record, folded when made on two computers.
    unique: tuple[tuple[str, ...], ...] = ()

    @property
    def own_id(self) -> str | None:
        """The key column that is the record's own id (numbered on its origin computer)."""
        if len(self.key) == 1 and self.key[0] not in self.refs:
            return self.key[0]
        return None


def shape(conn: sqlcipher3.Connection, table: str) -> Shape:
    """Read from the schema each time (callers keep one per table for one run)."""
    cols = capture.columns(conn, table)
    refs = {row[3]: row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
    kind_refs = {c: c[:-3] + "_kind" for c in cols
                 if c.endswith("_id") and c not in refs and c[:-3] + "_kind" in cols}
    return Shape(table, tuple(cols), tuple(capture.primary_key(conn, table)), refs, kind_refs,
                 unique_keys(conn, table))


def unique_keys(conn: sqlcipher3.Connection, table: str) -> tuple[tuple[str, ...], ...]:
    """Each UNIQUE constraint or unique index of ``table`` other than its primary key, as
    its columns, read from ``pragma index_list``/``index_info`` (partial indexes and
    expressions left out: the schema has none, and a fold must match whole columns)."""
    found: list[tuple[str, ...]] = []
    for _seq, name, unique, origin, partial in conn.execute(
            f'PRAGMA index_list("{table}")').fetchall():
        if not unique or origin == "pk" or partial:
            continue
        cols = tuple(row[2] for row in conn.execute(f'PRAGMA index_info("{name}")'))
        if cols and all(c is not None for c in cols):
            found.append(cols)
    return tuple(sorted(found))


def device_id(conn: sqlcipher3.Connection) -> str:
    row = conn.execute("SELECT device_id FROM sync_practice").fetchone()
    if row is None:
        raise RuntimeError("this practice does not sync")
    return str(row[0])


def to_global(conn: sqlcipher3.Connection, table: str, local_id: int, me: str) -> list[Any]:
    row = conn.execute("SELECT origin, origin_id FROM sync_ids WHERE tbl = ? AND local_id = ?",
                       (table, local_id)).fetchone()
    return [row[0], row[1]] if row else [me, local_id]


def to_local(conn: sqlcipher3.Connection, table: str, gid: list[Any], me: str) -> int | None:
    origin, origin_id = gid
    if origin == me:
        return int(origin_id)
    row = conn.execute("SELECT local_id FROM sync_ids WHERE tbl = ? AND origin = ?"
                       " AND origin_id = ? UNION ALL SELECT local_id FROM sync_aliases"
                       " WHERE tbl = ? AND origin = ? AND origin_id = ?",
                       (table, origin, origin_id) * 2).fetchone()
    return int(row[0]) if row else None


def alias(conn: sqlcipher3.Connection, table: str, gid: list[Any], local_id: int) -> None:
    """``gid`` names the record ``local_id`` here from now on too (it was folded into it)."""
    conn.execute("INSERT OR REPLACE INTO sync_aliases (tbl, origin, origin_id, local_id)"
                 " VALUES (?, ?, ?, ?)", (table, gid[0], gid[1], local_id))


def remember(conn: sqlcipher3.Connection, table: str, local_id: int, gid: list[Any]) -> None:
    conn.execute("INSERT OR REPLACE INTO sync_ids (tbl, local_id, origin, origin_id)"
                 " VALUES (?, ?, ?, ?)", (table, local_id, gid[0], gid[1]))


def ref_table(s: Shape, column: str, row: dict[str, Any]) -> str | None:
    """The table a column of ``row`` refers to (declared, or named by a kind column)."""
    if column in s.refs:
        return s.refs[column]
    if column in s.kind_refs:
        return KIND_TABLES.get(str(row.get(s.kind_refs[column])))
    return None


def value_out(conn: sqlcipher3.Connection, s: Shape, column: str, row: dict[str, Any],
              me: str) -> Any:
    """A column's value as it travels: a reference becomes a global id (JSON text)."""
    value = row[column]
    target = ref_table(s, column, row)
    if value is None or target is None or column == s.own_id:
        return value
    return json.dumps(to_global(conn, target, int(value), me))


def value_in(conn: sqlcipher3.Connection, s: Shape, column: str, row: dict[str, Any],
             me: str) -> Any:
    """A travelled value made local again; Unknown if it names a record not here yet."""
    value = row[column]
    target = ref_table(s, column, row)
    if value is None or target is None or column == s.own_id:
        return value
    local = to_local(conn, target, json.loads(value), me)
    if local is None:
        raise Unknown(f"{s.table}.{column}", target, json.dumps([json.loads(value)]))
    return local


def key_out(conn: sqlcipher3.Connection, s: Shape, pk: list[Any], me: str) -> str:
    """A row's local key (as logged) as its global id, JSON text."""
    parts: list[Any] = []
    for column, value in zip(s.key, pk, strict=True):
        if column == s.own_id:
            parts.append(to_global(conn, s.table, int(value), me))
        elif column in s.refs:
            parts.append(to_global(conn, s.refs[column], int(value), me))
        else:
            parts.append(value)
    return json.dumps(parts)


def key_in(conn: sqlcipher3.Connection, s: Shape, gid: str, me: str) -> list[Any] | None:
    """A global id as this vault's key of that row; None if the row is not here (yet)."""
    parts = json.loads(gid)
    local: list[Any] = []
    for column, value in zip(s.key, parts, strict=True):
        if column == s.own_id:
            found = to_local(conn, s.table, value, me)
            if found is None:
                return None
            local.append(found)
        elif column in s.refs:
            found = to_local(conn, s.refs[column], value, me)
            if found is None:
                raise Unknown(f"{s.table}.{column}", s.refs[column], json.dumps([value]))
            local.append(found)
        else:
            local.append(value)
    return local
