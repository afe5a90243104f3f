-- What an issued invoice states stays true (issue 15's review).
--
-- A session billed on a live (not voided) invoice keeps its date, length, fee and status:
-- the invoice and the tax export state them. Void the invoice first to change them.
-- (Its time within the day and its place are not on the invoice, and may change.)
CREATE TRIGGER sessions_keep_invoiced BEFORE UPDATE OF starts_at, duration_minutes,
    fee_cents, status ON sessions
WHEN (substr(old.starts_at, 1, 10) IS NOT substr(new.starts_at, 1, 10)
      OR old.duration_minutes IS NOT new.duration_minutes
      OR old.fee_cents IS NOT new.fee_cents OR old.status IS NOT new.status)
     AND EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
                 WHERE l.record_kind = 'session' AND l.record_id = old.id
                 AND i.voided_on IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'this session is on an invoice: void the invoice first');
END;

-- An issued invoice's every column but its paid date, its voiding and (at a client's
-- disposal) its email address is fixed: the engagement and creation time too now. The
-- email is the one thing a disposal clears (the name and address stay, as tax law keeps
-- them), so it may only become empty.
DROP TRIGGER invoices_keep_number;
CREATE TRIGGER invoices_keep_number BEFORE UPDATE OF year, number_in_year, number, client_id,
    engagement_id, bill_to, bill_to_name, bill_to_address, bill_to_attention, coach_name,
    coach_details, coach_tax_number, payment_details, currency, issued_on, due_on, tax_label,
    tax_rate_bp, subtotal_cents, tax_cents, total_cents, created_at ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is not changed: void it and issue another');
END;
CREATE TRIGGER invoices_email_only_cleared BEFORE UPDATE OF bill_to_email ON invoices
WHEN new.bill_to_email IS NOT '' AND new.bill_to_email IS NOT old.bill_to_email
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is not changed: void it and issue another');
END;
-- The reason is written once, when the invoice is voided.
CREATE TRIGGER invoices_keep_void_reason BEFORE UPDATE OF void_reason ON invoices
WHEN new.void_reason IS NOT old.void_reason
     AND (old.voided_on IS NOT NULL OR new.voided_on IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'a voided invoice stays voided');
END;

-- "Confidential Client N" in the credential log: a number given once to a client who is
-- not named (when their first session is held, or when they withdraw their consent to be
-- named), and kept for good: a log sent to ICF reads the same as the next one, whoever
-- agrees to be named or whatever is backdated later. Numbers are never reused.
CREATE TABLE credential_aliases (
    number    INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL UNIQUE REFERENCES clients (id)
);
INSERT INTO credential_aliases (client_id)
    SELECT e.client_id FROM sessions s JOIN engagements e ON e.id = s.engagement_id
    WHERE s.status = 'held'
    AND e.client_id NOT IN (SELECT client_id FROM credential_naming)
    GROUP BY e.client_id ORDER BY min(s.starts_at), min(s.id);
CREATE TRIGGER credential_alias_on_insert AFTER INSERT ON sessions
WHEN new.status = 'held'
BEGIN
    INSERT OR IGNORE INTO credential_aliases (client_id)
        SELECT client_id FROM engagements WHERE id = new.engagement_id
        AND client_id NOT IN (SELECT client_id FROM credential_naming);
END;
CREATE TRIGGER credential_alias_on_update AFTER UPDATE OF status ON sessions
WHEN new.status = 'held'
BEGIN
    INSERT OR IGNORE INTO credential_aliases (client_id)
        SELECT client_id FROM engagements WHERE id = new.engagement_id
        AND client_id NOT IN (SELECT client_id FROM credential_naming);
END;
CREATE TRIGGER credential_alias_on_withdrawal AFTER DELETE ON credential_naming
BEGIN
    INSERT OR IGNORE INTO credential_aliases (client_id) VALUES (old.client_id);
END;

-- Hours count toward a credential from the start of coach-specific training (ICF).
ALTER TABLE credential_profile ADD COLUMN training_started_on TEXT;

-- Coaching ethics: a core-competency course ICF asks at least 3 units of per renewal.
ALTER TABLE cce_entries ADD COLUMN ethics INTEGER NOT NULL DEFAULT 0 CHECK (ethics IN (0, 1));

-- What the last calendar file said of each session's title and place (a digest, never
-- the words), so a file whose title or place changed (names switched off, a client
-- renamed) raises the event's SEQUENCE and LAST-MODIFIED and calendars take it.
CREATE TABLE calendar_sent (
    session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    digest     TEXT NOT NULL,
    bumps      INTEGER NOT NULL DEFAULT 0,
    changed_at TEXT NOT NULL
);

-- Clients already disposed of: their invoices keep name and address but not the email,
-- and they are no longer named in the credential log (disposal does both from now on).
UPDATE invoices SET bill_to_email = '' WHERE bill_to = 'client' AND bill_to_email != ''
    AND client_id IN (SELECT client_id FROM disposals);
DELETE FROM credential_naming WHERE client_id IN (SELECT client_id FROM disposals);
