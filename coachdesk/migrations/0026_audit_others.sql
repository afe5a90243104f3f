-- The audit entries of the practice's other computers (docs/sync.md, *The audit chain*):
-- each computer's log stays its own hash chain; its entries travel in its bundles and
-- are kept here with the computer that wrote them, so the merged log shows which
-- computer did what and each computer's chain can be verified here too. Ids and actions
-- only, as in audit_log: never a client's words.
CREATE TABLE sync_audit (
    device      TEXT NOT NULL,
    id          INTEGER NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   INTEGER,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    PRIMARY KEY (device, id)
) WITHOUT ROWID;
CREATE INDEX sync_audit_by_time ON sync_audit (at);
CREATE TRIGGER sync_audit_no_update BEFORE UPDATE ON sync_audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER sync_audit_no_delete BEFORE DELETE ON sync_audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Each other computer's audit head as its newest applied bundle said it (entries and the
-- newest hash): cutting entries off the end of its chain here is caught too.
CREATE TABLE sync_audit_heads (
    device TEXT PRIMARY KEY,
    count  INTEGER NOT NULL,
    head   TEXT NOT NULL
) WITHOUT ROWID;

-- How far this computer's own audit log has gone out in its bundles.
ALTER TABLE sync_practice ADD COLUMN audit_sent_up_to INTEGER NOT NULL DEFAULT 0;
