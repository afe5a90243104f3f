-- A new pairing code (docs/sync.md, *A new pairing code*): which generation of the
-- practice's sync key this computer holds (1: the key made when the practice started
-- syncing; each new code is the next), and whether its own bundles still have to be
-- rewritten with the key it holds now (set with the key, cleared by the send that
-- rewrote them, so a rewrite cut short is finished by the next send).
ALTER TABLE sync_practice ADD COLUMN key_generation INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sync_practice ADD COLUMN rewrite_due INTEGER NOT NULL DEFAULT 0;
