-- Notes edited on two computers, resolved by the coach (docs/sync.md, *A note edited on
-- both computers*). Each conflict names the other text (the earlier version that keeps
-- it) and the version it was (clock and computer: the same on every computer). A
-- resolution is a shared record naming the two versions the coach saw, so a conflict
-- over either clears on every computer when it arrives. No words: the texts are the
-- note's own and its earlier versions.
ALTER TABLE sync_conflicts ADD COLUMN revision_id INTEGER;
ALTER TABLE sync_conflicts ADD COLUMN other_hlc INTEGER;
ALTER TABLE sync_conflicts ADD COLUMN other_device TEXT;
-- Conflicts recorded before: the other text is the earlier version kept as it was found.
UPDATE sync_conflicts SET revision_id = (
    SELECT max(r.id) FROM note_revisions r WHERE r.note_id = sync_conflicts.local_id
    AND r.saved_at <= sync_conflicts.found_at) WHERE tbl = 'notes';

CREATE TABLE note_resolutions (
    id           INTEGER PRIMARY KEY,
    note_id      INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    other_hlc    INTEGER NOT NULL,
    other_device TEXT NOT NULL,
    current_hlc  INTEGER NOT NULL,
    current_device TEXT NOT NULL,
    kept         TEXT NOT NULL CHECK (kept IN ('current', 'other', 'both')),
    resolved_at  TEXT NOT NULL
);
CREATE INDEX note_resolutions_by_note ON note_resolutions (note_id);
