-- Invoicing handed over from this computer (docs/sync.md, *Readable numbers*): the first
-- of this computer's bundles that carries the hand-over (its next bundle's number then),
-- so Settings can say "issues invoices once it has synced" until the other computer's
-- bundles say it has applied that one (0: no hand-over from here).
ALTER TABLE sync_practice ADD COLUMN handed_over_in INTEGER NOT NULL DEFAULT 0;
