-- Disposal: a client's content removed at the end of retention, and a record of
-- it that holds no content (client id, what kinds, how many, when, on what basis).

CREATE TABLE disposals (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients (id),
    basis              TEXT NOT NULL CHECK (length(basis) > 0),
    counts             TEXT NOT NULL,
    backups_rewritten  INTEGER NOT NULL DEFAULT 0,
    backups_removed    INTEGER NOT NULL DEFAULT 0,
    disposed_at        TEXT NOT NULL
);
CREATE INDEX disposals_by_client ON disposals (client_id);

-- Disclosures stay (who received what, when, the file's hash), but a client's
-- name in them is the client's content: disposal may replace it, and nothing else.
DROP TRIGGER disclosures_never_change;
CREATE TRIGGER disclosures_never_change BEFORE UPDATE ON disclosures
WHEN NOT (new.recipient_name = 'Disposed client ' || old.client_id
          AND new.id = old.id AND new.kind = old.kind AND new.client_id = old.client_id
          AND new.purpose IS old.purpose AND new.legal_basis IS old.legal_basis
          AND new.file_sha256 = old.file_sha256 AND new.disclosed_at = old.disclosed_at)
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never changed');
END;
