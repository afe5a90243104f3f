-- One practice on several computers (docs/sync.md): this computer's identity, its
-- hybrid logical clock, the change log the capture triggers write in the same
-- transaction as each write, the global ids of records that came from elsewhere, what
-- has been applied, and the notes edited on two computers. Self-contained: the capture
-- triggers themselves are generated from the schema by coachdesk/sync/capture.py, and
-- only while the practice syncs.

-- One row, once the practice syncs. The sync key lives here, inside the encrypted
-- vault: each computer's recovery code covers it, and it is not the vault key.
CREATE TABLE sync_practice (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    practice_id TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    sync_key    BLOB NOT NULL CHECK (length(sync_key) = 32),
    folder      TEXT NOT NULL,
    -- The schema version the capture triggers were generated for.
    captured_at_version INTEGER NOT NULL DEFAULT 0,
    next_sequence INTEGER NOT NULL DEFAULT 1,
    sent_up_to  INTEGER NOT NULL DEFAULT 0
);

-- The hybrid logical clock: (wall ms << 16) + counter. While a bundle is applied,
-- ``applying_*`` name the remote change being written, so the log records its origin.
CREATE TABLE sync_clock (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    hlc             INTEGER NOT NULL DEFAULT 0,
    applying_hlc    INTEGER,
    applying_device TEXT,
    applying_base   INTEGER
);
INSERT INTO sync_clock (id, hlc) VALUES (1, 0);

-- Ids, column names and clocks; never a value.
CREATE TABLE sync_changes (
    seq      INTEGER PRIMARY KEY,
    tbl      TEXT NOT NULL,
    pk       TEXT NOT NULL,  -- the record's local key, as a JSON array
    op       TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    col      TEXT NOT NULL,  -- '*' for a whole row
    hlc      INTEGER NOT NULL,
    device   TEXT,           -- NULL: this computer
    base_hlc INTEGER         -- the column's clock before this change
);
CREATE INDEX sync_changes_by_record ON sync_changes (tbl, pk, col, hlc);
CREATE INDEX sync_changes_by_device ON sync_changes (device, seq);

CREATE TABLE sync_ids (
    tbl       TEXT NOT NULL,
    local_id  INTEGER NOT NULL,
    origin    TEXT NOT NULL,
    origin_id INTEGER NOT NULL,
    PRIMARY KEY (tbl, local_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX sync_ids_by_origin ON sync_ids (tbl, origin, origin_id);

CREATE TABLE sync_applied (
    device   TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_conflicts (
    id       INTEGER PRIMARY KEY,
    tbl      TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    col      TEXT NOT NULL,
    found_at TEXT NOT NULL,
    resolved_at TEXT
);
