-- Two computers that joined at once, before either's first bundle reached the other, took
-- one letter: the one with the larger device id takes the next free letter (docs/sync.md,
-- *Mended after review*). The letter it had, and when it changed, for the status line.
ALTER TABLE sync_practice ADD COLUMN former_label TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_practice ADD COLUMN relabelled_at TEXT;
