-- Compacting a computer's own bundles (docs/sync.md, *Compaction*): what each other
-- computer says, in its bundles' headers, it has applied of every computer's bundles.
-- A computer rewrites its own bundles as one only once every computer it knows has
-- applied all of them.
CREATE TABLE sync_seen (
    device    TEXT NOT NULL,     -- the computer whose bundle said it
    of_device TEXT NOT NULL,     -- whose bundles it has applied
    sequence  INTEGER NOT NULL,  -- up to which sequence
    PRIMARY KEY (device, of_device)
) WITHOUT ROWID;

-- This computer's newest bundle that carried changes (an empty one only says what it
-- applied): what the others must have applied before a compaction.
ALTER TABLE sync_practice ADD COLUMN last_with_changes INTEGER NOT NULL DEFAULT 0;

-- The newest bundle applied of each computer that carried changes: an idle computer says
-- so in an empty bundle of its own only while it is behind on those (empty bundles are
-- never answered, so two idle computers do not keep writing to each other).
ALTER TABLE sync_applied ADD COLUMN with_changes INTEGER NOT NULL DEFAULT 0;
