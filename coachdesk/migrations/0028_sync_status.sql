-- What the sync status line shows (docs/sync.md, *When sync runs*): when this computer
-- last wrote a bundle, and when it last applied a bundle of each other computer.
-- Instants in UTC (ISO 8601); empty until the first one.
ALTER TABLE sync_practice ADD COLUMN sent_at TEXT;
ALTER TABLE sync_applied ADD COLUMN applied_at TEXT;
