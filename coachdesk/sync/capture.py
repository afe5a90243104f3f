"""Change capture: triggers generated from the vault's own schema (docs/sync.md, *Capture*).

Never a hand-kept list of columns: the tables come from ``sqlite_master`` and their
columns from ``pragma table_info``, so a column a later migration adds is captured as
soon as the vault opens with it (:func:`refresh` rebuilds the triggers when the schema
version changed). The log holds ids, column names and clocks, never a value.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from coachdesk.sync import clock

if TYPE_CHECKING:
    import sqlcipher3

PREFIX = "sync_capture_"

# Tables a practice does not share, each for a reason (a test fails on a table that is
# neither captured nor named here).
EXCLUDED = {
    "audit_log": "its hash chain is this computer's own, verified on its own",
    "vault_info": "this computer's own facts (its vault id, its key mode, its audit head)",
    "calendar_sent": "what this computer last wrote to its own calendar file",
    "credential_aliases": "numbered on each computer by its own trigger when a session is held",
}


def _virtual(conn: sqlcipher3.Connection) -> list[str]:
    return [name for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        if (sql or "").upper().startswith("CREATE VIRTUAL")]


def captured_tables(conn: sqlcipher3.Connection) -> list[str]:
    """Every table a practice shares, from the file's own list of tables."""
    virtual = _virtual(conn)
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]
    return [name for name in names
            if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)
            and not name.startswith("sync_") and name not in EXCLUDED]


def columns(conn: sqlcipher3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def primary_key(conn: sqlcipher3.Connection, table: str) -> list[str]:
    """The table's key columns in key order (every shared table declares one)."""
    found = sorted((row[5], row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')
                   if row[5])
    if not found:
        raise RuntimeError(f"{table} has no primary key: sync cannot name its rows")
    return [name for _, name in found]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def trigger_sql(conn: sqlcipher3.Connection, table: str) -> list[str]:
    """The three capture triggers of ``table``: insert, update (a row per changed column,
    with the column's clock before the change) and delete."""
    key = primary_key(conn, table)
    t = _lit(table)
    new_pk = "json_array(" + ", ".join(f"NEW.{_q(c)}" for c in key) + ")"
    old_pk = "json_array(" + ", ".join(f"OLD.{_q(c)}" for c in key) + ")"
    name = PREFIX + table
    log = ("INSERT INTO sync_changes (tbl, pk, op, col, hlc, device, base_hlc)"
           " SELECT {t}, {pk}, '{op}', {col}, coalesce(applying_hlc, hlc), applying_device,"
           " {base} FROM sync_clock{where};")
    reuse = ""
    refs = {row[3] for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
    if len(key) == 1 and key[0] not in refs:
        # SQLite gives a new row the id of a deleted newest one: the earlier record's
        # history is set aside under its global id, so the two are never taken for one.
        own = f"NEW.{_q(key[0])}"
        mapped = f"FROM sync_ids WHERE tbl = {t} AND local_id = {own}"
        reuse = (f"UPDATE sync_changes SET pk = json_object('gone', json_array(json_array("
                 f"coalesce((SELECT origin {mapped}), (SELECT device_id FROM sync_practice)),"
                 f" coalesce((SELECT origin_id {mapped}), {own}))))"
                 f" WHERE tbl = {t} AND pk = {new_pk};\n"
                 f"    DELETE {mapped};\n"
                 f"    DELETE FROM sync_aliases WHERE tbl = {t} AND local_id = {own};\n    ")
    updates = []
    for column in columns(conn, table):
        base = (f"(SELECT max(hlc) FROM sync_changes WHERE tbl = {t} AND pk = {new_pk}"
                f" AND col IN ({_lit(column)}, '*'))")
        updates.append(log.format(t=t, pk=new_pk, op="update", col=_lit(column), base=base,
                                  where=f" WHERE OLD.{_q(column)} IS NOT NEW.{_q(column)}"))
    body_update = "\n    ".join(updates)
    return [
        f"CREATE TRIGGER {_q(name + '_insert')} AFTER INSERT ON {_q(table)} BEGIN\n"
        f"    {clock.TICK_SQL}\n"
        f"    {reuse}"
        f"{log.format(t=t, pk=new_pk, op='insert', col=_lit('*'), base='NULL', where='')}\n"
        "END",
        f"CREATE TRIGGER {_q(name + '_update')} AFTER UPDATE ON {_q(table)} BEGIN\n"
        f"    {clock.TICK_SQL}\n    {body_update}\nEND",
        f"CREATE TRIGGER {_q(name + '_delete')} AFTER DELETE ON {_q(table)} BEGIN\n"
        f"    {clock.TICK_SQL}\n"
        f"    {log.format(t=t, pk=old_pk, op='delete', col=_lit('*'), base='NULL', where='')}\n"
        "END",
    ]


def install(conn: sqlcipher3.Connection) -> None:
    """(Re)build every capture trigger from the schema as it is now, inside the caller's
    transaction, and remember the schema version they were built for."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                " AND name LIKE ?", (PREFIX + "%",)).fetchall():
        conn.execute(f"DROP TRIGGER {_q(name)}")
    for table in captured_tables(conn):
        for statement in trigger_sql(conn, table):
            conn.execute(statement)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("UPDATE sync_practice SET captured_at_version = ?", (version,))


def refresh(conn: sqlcipher3.Connection) -> bool:
    """At opening: rebuild the triggers if the practice syncs and the schema changed since
    they were built (a migration added a column). True if they were rebuilt."""
    import sqlcipher3

    try:
        row = conn.execute("SELECT captured_at_version FROM sync_practice").fetchone()
    except sqlcipher3.OperationalError:  # a vault from before sync (an older migration's test)
        return False
    if row is None or row[0] == conn.execute("PRAGMA user_version").fetchone()[0]:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        install(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


@contextlib.contextmanager
def inserts_untracked(conn: sqlcipher3.Connection, tables: Iterable[str]) -> Iterator[None]:
    """Inside the caller's transaction: the insert triggers of ``tables`` (capture, and
    the full-text index's) are set aside while a bundle fills them in bulk (the merge
    logs those rows itself), then put back and each full-text index rebuilt once from
    its table, as the triggers would have left it. Nothing else may write to ``tables``
    meanwhile; a failure rolls the caller's transaction back, triggers and all."""
    tables = sorted(tables)
    if not tables:
        yield
        return
    names = [PREFIX + t + "_insert" for t in tables] + [t + "_fts_insert" for t in tables]
    kept = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN"
        f" ({', '.join('?' * len(names))})", names).fetchall()
    indexes = [row[0] for row in conn.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN"
        f" ({', '.join('?' * len(tables))})", [t + "_fts" for t in tables])]
    for name, _sql in kept:
        conn.execute(f"DROP TRIGGER {_q(name)}")
    try:
        yield
    finally:
        for _name, sql in kept:
            conn.execute(sql)
    for index in indexes:  # not after a failure: the transaction is rolled back
        conn.execute(f"INSERT INTO {_q(index)} ({_q(index)}) VALUES ('rebuild')")
