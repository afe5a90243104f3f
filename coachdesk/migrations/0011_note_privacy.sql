-- A note says who may see it in one of three words: the coach only (is_private = 1),
-- shared with the client (is_private = 0), or also offered for a sponsor report if the
-- client approves the exact words (is_private = 0, for_sponsor = 1). Notes written
-- before keep the meaning their pill showed: "Shared with client", nothing for a
-- sponsor until the coach chooses so.
ALTER TABLE notes ADD COLUMN for_sponsor INTEGER NOT NULL DEFAULT 0
    CHECK (for_sponsor IN (0, 1));
