-- The credential log (ICF first): what the coaching hours already in the vault need to
-- become a coaching log, kept beside the records they describe, never inside them.
--
-- A client may be named in the log only once they agreed (the date they did); without a
-- row here they appear as "Confidential Client N". Removing the row withdraws it.
CREATE TABLE credential_naming (
    client_id INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    agreed_on TEXT NOT NULL CHECK (length(agreed_on) = 10)
) WITHOUT ROWID;

-- Per engagement: a group (and how many in it), and paid or pro bono when the coach
-- says so; without a row, an individual engagement whose fee says which.
CREATE TABLE credential_engagements (
    engagement_id INTEGER PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
    group_size    INTEGER CHECK (group_size IS NULL OR group_size BETWEEN 2 AND 15),
    paid          TEXT CHECK (paid IS NULL OR paid IN ('paid', 'pro_bono'))
) WITHOUT ROWID;

-- Per session: the coach's word over the engagement's (one free session in a paid one).
CREATE TABLE credential_sessions (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    paid       TEXT NOT NULL CHECK (paid IN ('paid', 'pro_bono'))
) WITHOUT ROWID;

-- The credential the coach works toward and, once held, when it was awarded or last
-- renewed (the three-year renewal window starts there). One row.
CREATE TABLE credential_profile (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    level      TEXT NOT NULL DEFAULT 'ACC' CHECK (level IN ('ACC', 'PCC', 'MCC')),
    awarded_on TEXT CHECK (awarded_on IS NULL OR length(awarded_on) = 10)
);

-- Continuing coach education: each course, and its certificate kept in the vault
-- (so encrypted with everything else), never as a loose file.
CREATE TABLE cce_entries (
    id        INTEGER PRIMARY KEY,
    course    TEXT NOT NULL CHECK (length(course) > 0),
    provider  TEXT NOT NULL DEFAULT '',
    taken_on  TEXT NOT NULL CHECK (length(taken_on) = 10),
    minutes   INTEGER NOT NULL CHECK (minutes > 0),
    category  TEXT NOT NULL CHECK (category IN ('core_competency', 'resource_development')),
    created_at TEXT NOT NULL
);
CREATE INDEX cce_entries_by_day ON cce_entries (taken_on, id);

CREATE TABLE cce_certificates (
    entry_id  INTEGER PRIMARY KEY REFERENCES cce_entries (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL CHECK (length(file_name) > 0),
    data      BLOB NOT NULL
);
