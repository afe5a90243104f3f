-- A computer of the practice marked as gone for good (lost, stolen, wiped; docs/sync.md,
-- *A computer gone for good*). Shared like any record, so every computer learns it: its
-- bundles up to ``up_to`` stay applied, later ones are refused with a reason the status
-- line shows, and no compaction waits for it any more. Its letter is never given again.
-- Two computers marking it at once fold into one record (the device is unique).
CREATE TABLE gone_computers (
    id        INTEGER PRIMARY KEY,
    device    TEXT NOT NULL UNIQUE,
    label     TEXT NOT NULL,
    up_to     INTEGER NOT NULL CHECK (up_to >= 0),
    marked_at TEXT NOT NULL
);
