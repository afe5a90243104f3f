-- Reports for sponsors, approval rounds with their evidence, disclosures, and
-- the log of what sponsors asked for. Only coachdesk/consent.py decides what
-- may leave; these tables record what was asked, approved and disclosed.

-- A signed release form or other proof of approval, kept encrypted in the vault.
CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id),
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size > 0),
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    data       BLOB NOT NULL,
    added_at   TEXT NOT NULL
);
CREATE INDEX evidence_by_client ON evidence (client_id);

CREATE TABLE reports (
    id             INTEGER PRIMARY KEY,
    engagement_id  INTEGER NOT NULL REFERENCES engagements (id),
    client_id      INTEGER NOT NULL REFERENCES clients (id),
    sponsor_id     INTEGER NOT NULL REFERENCES sponsors (id),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('sponsor', 'contact')),
    recipient_id   INTEGER NOT NULL,
    purpose        TEXT NOT NULL CHECK (length(purpose) > 0),
    period_from    TEXT NOT NULL,
    period_to      TEXT NOT NULL,
    facts          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (period_to >= period_from)
);
CREATE INDEX reports_by_client ON reports (client_id, updated_at);
CREATE INDEX reports_by_sponsor ON reports (sponsor_id, updated_at);
CREATE INDEX reports_by_time ON reports (updated_at);

CREATE TABLE report_items (
    report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    excerpt_id INTEGER NOT NULL REFERENCES excerpts (id),
    position   INTEGER NOT NULL,
    asked_at   TEXT,
    struck_at  TEXT,
    PRIMARY KEY (report_id, excerpt_id)
);
CREATE INDEX report_items_by_excerpt ON report_items (excerpt_id);

-- One sitting in which the client approved some excerpts for one recipient.
CREATE TABLE approval_rounds (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients (id),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('sponsor', 'contact')),
    recipient_id   INTEGER NOT NULL,
    report_id      INTEGER REFERENCES reports (id),
    purpose        TEXT NOT NULL DEFAULT '',
    method         TEXT NOT NULL CHECK (method IN ('on_screen', 'written', 'email', 'verbal')),
    given_by       TEXT NOT NULL CHECK (length(given_by) > 0),
    given_on       TEXT NOT NULL,
    expires_on     TEXT,
    evidence_id    INTEGER REFERENCES evidence (id),
    recorded_at    TEXT NOT NULL
);
CREATE INDEX approval_rounds_by_client ON approval_rounds (client_id, recorded_at);
ALTER TABLE consents ADD COLUMN round_id INTEGER REFERENCES approval_rounds (id);
CREATE INDEX consents_by_round ON consents (round_id);

-- Every time client information left the vault for someone: a sponsor report,
-- a legal export, a packet for the client. Never edited, never removed.
CREATE TABLE disclosures (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('sponsor_report', 'legal_export', 'client_packet')),
    client_id      INTEGER NOT NULL REFERENCES clients (id),
    sponsor_id     INTEGER REFERENCES sponsors (id),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('sponsor', 'contact', 'client', 'other')),
    recipient_id   INTEGER,
    recipient_name TEXT NOT NULL CHECK (length(recipient_name) > 0),
    purpose        TEXT NOT NULL CHECK (length(purpose) > 0),
    legal_basis    TEXT NOT NULL DEFAULT '',
    report_id      INTEGER REFERENCES reports (id),
    file_sha256    TEXT NOT NULL CHECK (length(file_sha256) = 64),
    disclosed_at   TEXT NOT NULL
);
CREATE INDEX disclosures_by_client ON disclosures (client_id, disclosed_at);
CREATE INDEX disclosures_by_sponsor ON disclosures (sponsor_id, disclosed_at);
CREATE INDEX disclosures_by_time ON disclosures (disclosed_at);
CREATE TRIGGER disclosures_never_change BEFORE UPDATE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never changed');
END;
CREATE TRIGGER disclosures_never_go BEFORE DELETE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never removed');
END;

-- The exact words in a disclosed file (kept so the client can be shown what left,
-- even after an excerpt is edited), their hash, and the consent that let them through.
CREATE TABLE disclosure_items (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
    position      INTEGER NOT NULL,
    excerpt_id    INTEGER NOT NULL REFERENCES excerpts (id),
    text          TEXT NOT NULL,
    text_sha256   TEXT NOT NULL CHECK (length(text_sha256) = 64),
    consent_id    INTEGER REFERENCES consents (id),
    PRIMARY KEY (disclosure_id, position)
);
CREATE INDEX disclosure_items_by_excerpt ON disclosure_items (excerpt_id);

CREATE TABLE sponsor_requests (
    id             INTEGER PRIMARY KEY,
    sponsor_id     INTEGER NOT NULL REFERENCES sponsors (id),
    contact_id     INTEGER REFERENCES sponsor_contacts (id),
    engagement_id  INTEGER REFERENCES engagements (id),
    client_id      INTEGER REFERENCES clients (id),
    asked_on       TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'meeting', 'letter', 'other')),
    asked_for      TEXT NOT NULL CHECK (length(asked_for) > 0),
    full_record    INTEGER NOT NULL DEFAULT 0 CHECK (full_record IN (0, 1)),
    response       TEXT CHECK (response IS NULL OR response IN
                       ('explain', 'share_permitted', 'co_create', 'written_permission', 'decline')),
    response_note  TEXT NOT NULL DEFAULT '',
    responded_on   TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX sponsor_requests_by_sponsor ON sponsor_requests (sponsor_id, asked_on);
CREATE INDEX sponsor_requests_by_client ON sponsor_requests (client_id, asked_on);
CREATE INDEX sponsor_requests_by_time ON sponsor_requests (asked_on);
