-- A note says who may see it in one of three words: the coach only (is_private = 1),
-- shared with the client (is_private = 0), or also offered for a sponsor report if the
-- client approves the exact words (is_private = 0, for_sponsor = 1). Notes written
-- before keep the meaning their pill showed: "Shared with client", nothing for a
-- sponsor until the coach chooses so; except a shared note whose words were already lifted
-- into a sponsor report: its words went that way, so it says so.
ALTER TABLE notes ADD COLUMN for_sponsor INTEGER NOT NULL DEFAULT 0
    CHECK (for_sponsor IN (0, 1));
UPDATE notes SET for_sponsor = 1
    WHERE is_private = 0 AND id IN (SELECT source_note_id FROM excerpts
                                    WHERE source_note_id IS NOT NULL);
