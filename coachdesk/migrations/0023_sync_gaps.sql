-- The sync core's merge gaps (docs/sync.md): records folded into one, deletions that
-- came before their record, the computers' letters on readable numbers, and the
-- computer that issues invoices.

-- Global ids that name a record here under another id: the id a row made on two
-- computers at once had on the computer whose id did not survive the fold (a later
-- change naming it still finds the row).
CREATE TABLE sync_aliases (
    tbl       TEXT NOT NULL,
    origin    TEXT NOT NULL,
    origin_id INTEGER NOT NULL,
    local_id  INTEGER NOT NULL,
    PRIMARY KEY (tbl, origin, origin_id)
) WITHOUT ROWID;

-- Records deleted on another computer before their own insert reached this one: the
-- insert that follows is not made.
CREATE TABLE sync_tombstones (
    tbl TEXT NOT NULL,
    gid TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device TEXT NOT NULL,
    knew TEXT NOT NULL DEFAULT '{}',  -- what the deleter knew of the row: device -> clock
    PRIMARY KEY (tbl, gid)
) WITHOUT ROWID;

-- This computer's letter on its readable numbers ('' on the practice's first computer),
-- and every other computer's, as their bundles say.
ALTER TABLE sync_practice ADD COLUMN label TEXT NOT NULL DEFAULT '';
CREATE TABLE sync_devices (
    device TEXT PRIMARY KEY,
    label  TEXT NOT NULL
) WITHOUT ROWID;

-- The one computer that issues the practice's invoices (their numbers run without gaps
-- only with one allocator). Shared like any record: handing the role over is a change
-- made on the computer that has it, so two computers never both have it.
CREATE TABLE invoice_issuer (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    device TEXT NOT NULL,
    since  TEXT NOT NULL
);
