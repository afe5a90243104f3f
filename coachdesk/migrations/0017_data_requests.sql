-- Data-protection requests (issue 16, part 3): the log of what clients asked under
-- data-protection law (access, portability, correction, erasure, objection), and what
-- the coach withheld from an access bundle, with the reason chosen for each item.
--
-- Every choice is a fixed word (CHECK): the kind of request, how the client's identity
-- was checked, the outcome, the reason for withholding. The free text beside them (a note
-- on the identity check, the reason for an extension, a note on the outcome) is removed
-- when the client's records are disposed of (coachdesk.data_requests.remove_content);
-- the dates and choices stay, so the coach can show how each request was handled.
CREATE TABLE data_requests (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    kind             TEXT NOT NULL CHECK (kind IN ('access', 'portability', 'correction',
                                                   'erasure', 'objection')),
    received_on      TEXT NOT NULL,
    identity_checked TEXT NOT NULL CHECK (identity_checked IN (
                         'known_in_person', 'known_channel', 'document', 'call_back',
                         'not_yet')),
    identity_note    TEXT NOT NULL DEFAULT '',
    extended_on      TEXT,
    extension_reason TEXT NOT NULL DEFAULT '',
    outcome          TEXT CHECK (outcome IS NULL OR outcome IN ('done', 'partly', 'refused',
                                                               'withdrawn')),
    outcome_on       TEXT,
    outcome_note     TEXT NOT NULL DEFAULT '',
    disclosure_id    INTEGER REFERENCES disclosures (id),  -- the access bundle sent
    disposal_id      INTEGER REFERENCES disposals (id),  -- the erasure carried out
    created_at       TEXT NOT NULL,
    CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
    CHECK ((extended_on IS NULL) = (extension_reason = ''))
);
CREATE INDEX data_requests_by_client ON data_requests (client_id, received_on);
CREATE INDEX data_requests_open ON data_requests (outcome, received_on);

-- One row per item the coach withheld from an access bundle: which item (by kind and
-- id, never its words) and why, as a fixed choice.
CREATE TABLE access_withheld (
    id            INTEGER PRIMARY KEY,
    disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
    request_id    INTEGER REFERENCES data_requests (id),
    item          TEXT NOT NULL,
    section       TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason IN ('others_rights', 'coach_reflections',
                                                  'legal_claims'))
);
CREATE INDEX access_withheld_by_disclosure ON access_withheld (disclosure_id);
