-- Every file CoachDesk writes outside the vault is recorded here: what, when, and
-- the SHA-256 of the bytes written (the file itself is the coach's to keep).
CREATE TABLE exports (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
    exported_at TEXT NOT NULL
);
CREATE INDEX exports_by_record ON exports (record_kind, record_id, exported_at);
