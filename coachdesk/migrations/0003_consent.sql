-- Excerpts (text meant for a sponsor) and the client's consents to share them.
-- The consent gate (coachdesk/consent.py) is the one place that reads both.

CREATE TABLE excerpts (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients (id),
    engagement_id  INTEGER REFERENCES engagements (id),
    source_note_id INTEGER REFERENCES notes (id),
    text           TEXT NOT NULL,
    text_sha256    TEXT NOT NULL CHECK (length(text_sha256) = 64),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX excerpts_by_client ON excerpts (client_id, created_at);
CREATE INDEX excerpts_by_engagement ON excerpts (engagement_id) WHERE engagement_id IS NOT NULL;

CREATE TABLE consents (
    id              INTEGER PRIMARY KEY,
    excerpt_id      INTEGER NOT NULL REFERENCES excerpts (id),
    recipient_kind  TEXT NOT NULL CHECK (recipient_kind IN ('sponsor', 'contact')),
    recipient_id    INTEGER NOT NULL,
    text_sha256     TEXT NOT NULL CHECK (length(text_sha256) = 64),
    method          TEXT NOT NULL CHECK (method IN ('on_screen', 'written', 'email', 'verbal')),
    given_by        TEXT NOT NULL CHECK (length(given_by) > 0),
    given_on        TEXT NOT NULL,
    expires_on      TEXT,
    revoked_at      TEXT,
    revoke_reason   TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL,
    CHECK (expires_on IS NULL OR expires_on >= given_on)
);
CREATE INDEX consents_by_excerpt ON consents (excerpt_id, recipient_kind, recipient_id);
