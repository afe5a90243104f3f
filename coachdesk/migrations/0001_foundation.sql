-- The foundation: vault identity, audit log, and the coach's core records.
-- Every screen's query has an index (encrypted pages make full scans costly).

CREATE TABLE vault_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Append-only, hash-chained; ids and actions only, never content.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   INTEGER,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE clients (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    sort_name  TEXT NOT NULL,
    pronouns   TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'active'
               CHECK (status IN ('active', 'paused', 'archived')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX clients_by_name ON clients (sort_name, id, status);

CREATE TABLE sponsors (
    id           INTEGER PRIMARY KEY,
    organisation TEXT NOT NULL CHECK (length(organisation) > 0),
    sort_name    TEXT NOT NULL,
    billing_name TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX sponsors_by_name ON sponsors (sort_name, id, status);

CREATE TABLE sponsor_contacts (
    id         INTEGER PRIMARY KEY,
    sponsor_id INTEGER NOT NULL REFERENCES sponsors (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    role       TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sponsor_contacts_by_sponsor ON sponsor_contacts (sponsor_id);

CREATE TABLE engagements (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    sponsor_id       INTEGER REFERENCES sponsors (id),
    title            TEXT NOT NULL DEFAULT '',
    starts_on        TEXT NOT NULL,
    ends_on          TEXT,
    fee_cents        INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    currency         TEXT NOT NULL DEFAULT 'EUR',
    planned_sessions INTEGER CHECK (planned_sessions IS NULL OR planned_sessions >= 0),
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('planned', 'active', 'ended')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX engagements_by_client ON engagements (client_id, starts_on);
CREATE INDEX engagements_by_sponsor ON engagements (sponsor_id, starts_on);
CREATE INDEX engagements_by_end ON engagements (ends_on);

-- Every goal is visible to the client; sponsor-only goals cannot be stored.
CREATE TABLE goals (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL CHECK (length(text) > 0),
    visibility    TEXT NOT NULL DEFAULT 'client'
                  CHECK (visibility IN ('client', 'client_and_sponsor'))
);
CREATE INDEX goals_by_engagement ON goals (engagement_id, position);

CREATE TABLE agreements (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id),
    engagement_id   INTEGER REFERENCES engagements (id),
    sponsor_id      INTEGER REFERENCES sponsors (id),
    kind            TEXT NOT NULL CHECK (kind IN ('coach_client', 'three_party')),
    title           TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'awaiting_signatures', 'active', 'ended')),
    retention_years INTEGER CHECK (retention_years IS NULL OR retention_years >= 0),
    disposal_method TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX agreements_by_client ON agreements (client_id);
CREATE INDEX agreements_by_sponsor ON agreements (sponsor_id);
CREATE INDEX agreements_by_status ON agreements (status);

CREATE TABLE agreement_parties (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('coach', 'client', 'sponsor')),
    name         TEXT NOT NULL CHECK (length(name) > 0),
    UNIQUE (agreement_id, role)
);

CREATE TABLE agreement_clauses (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    heading      TEXT NOT NULL,
    body         TEXT NOT NULL
);
CREATE INDEX agreement_clauses_by_agreement ON agreement_clauses (agreement_id, position);

CREATE TABLE signatures (
    id          INTEGER PRIMARY KEY,
    party_id    INTEGER NOT NULL UNIQUE REFERENCES agreement_parties (id) ON DELETE CASCADE,
    signed_name TEXT NOT NULL CHECK (length(signed_name) > 0),
    signed_on   TEXT NOT NULL,
    method      TEXT NOT NULL
                CHECK (method IN ('handwritten', 'electronic', 'email', 'in_person')),
    recorded_at TEXT NOT NULL
);

CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    engagement_id    INTEGER NOT NULL REFERENCES engagements (id),
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    place            TEXT NOT NULL DEFAULT '',
    fee_cents        INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    status           TEXT NOT NULL DEFAULT 'planned'
                     CHECK (status IN ('planned', 'held', 'cancelled', 'no_show')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX sessions_by_engagement ON sessions (engagement_id, starts_at);
CREATE INDEX sessions_by_time ON sessions (starts_at);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id),
    session_id INTEGER REFERENCES sessions (id),
    is_private INTEGER NOT NULL DEFAULT 1 CHECK (is_private IN (0, 1)),
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_by_client ON notes (client_id, created_at);
CREATE INDEX notes_by_session ON notes (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX notes_by_created ON notes (created_at);

CREATE TABLE note_revisions (
    id       INTEGER PRIMARY KEY,
    note_id  INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    body     TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE INDEX note_revisions_by_note ON note_revisions (note_id, id);

-- Full-text search, kept in step by triggers inside the writing transaction.
CREATE VIRTUAL TABLE clients_fts USING fts5 (
    name, email, content = 'clients', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
);
CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients
BEGIN
    INSERT INTO clients_fts (rowid, name, email) VALUES (new.id, new.name, new.email);
END;
CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients
BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, name, email)
    VALUES ('delete', old.id, old.name, old.email);
END;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF name, email ON clients
BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, name, email)
    VALUES ('delete', old.id, old.name, old.email);
    INSERT INTO clients_fts (rowid, name, email) VALUES (new.id, new.name, new.email);
END;

CREATE VIRTUAL TABLE sponsors_fts USING fts5 (
    organisation, content = 'sponsors', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
);
CREATE TRIGGER sponsors_fts_insert AFTER INSERT ON sponsors
BEGIN
    INSERT INTO sponsors_fts (rowid, organisation) VALUES (new.id, new.organisation);
END;
CREATE TRIGGER sponsors_fts_delete AFTER DELETE ON sponsors
BEGIN
    INSERT INTO sponsors_fts (sponsors_fts, rowid, organisation)
    VALUES ('delete', old.id, old.organisation);
END;
CREATE TRIGGER sponsors_fts_update AFTER UPDATE OF organisation ON sponsors
BEGIN
    INSERT INTO sponsors_fts (sponsors_fts, rowid, organisation)
    VALUES ('delete', old.id, old.organisation);
    INSERT INTO sponsors_fts (rowid, organisation) VALUES (new.id, new.organisation);
END;

CREATE VIRTUAL TABLE notes_fts USING fts5 (
    body, content = 'notes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes
BEGIN
    INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes
BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes
BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
END;

-- No FTS5 'secure-delete' here: it made every note save 10x slower (it rewrites
-- index pages on each update). Text removed from the vault is purged from the
-- indexes when it matters, at disposal: 'rebuild' and 'optimize', then VACUUM
-- with secure_delete on.
