-- The calendar file and invoices (issue 15, parts 4 and 5).
--
-- A session's calendar sequence (RFC 5545 SEQUENCE): raised by one whenever what a
-- calendar shows of it changes (time, length, place, status), so a calendar that
-- imports the file again takes the newer event over the older one.
ALTER TABLE sessions ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER sessions_calendar_sequence AFTER UPDATE OF starts_at, duration_minutes,
    place, status ON sessions
WHEN old.starts_at IS NOT new.starts_at OR old.duration_minutes IS NOT new.duration_minutes
     OR old.place IS NOT new.place OR old.status IS NOT new.status
BEGIN
    UPDATE sessions SET calendar_sequence = calendar_sequence + 1 WHERE id = new.id;
END;

-- An invoice as it was issued: its number (gap-free within its year, never reused), who
-- it is addressed to and the coach's details as printed, and its sums. Only its paid
-- date and its voiding change afterwards; a voided invoice stays, voided, under its
-- number. Dates, hours and sums only: nothing of the coaching itself.
CREATE TABLE invoices (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL,
    number_in_year    INTEGER NOT NULL CHECK (number_in_year > 0),
    number            TEXT NOT NULL UNIQUE,
    client_id         INTEGER NOT NULL REFERENCES clients (id),
    engagement_id     INTEGER REFERENCES engagements (id),
    bill_to           TEXT NOT NULL CHECK (bill_to IN ('client', 'sponsor')),
    bill_to_name      TEXT NOT NULL CHECK (length(bill_to_name) > 0),
    bill_to_address   TEXT NOT NULL DEFAULT '',
    bill_to_email     TEXT NOT NULL DEFAULT '',
    bill_to_attention TEXT NOT NULL DEFAULT '',
    coach_name        TEXT NOT NULL DEFAULT '',
    coach_details     TEXT NOT NULL DEFAULT '',
    coach_tax_number  TEXT NOT NULL DEFAULT '',
    payment_details   TEXT NOT NULL DEFAULT '',
    currency          TEXT NOT NULL,
    issued_on         TEXT NOT NULL,
    due_on            TEXT NOT NULL,
    tax_label         TEXT NOT NULL DEFAULT '',
    tax_rate_bp       INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp >= 0),
    subtotal_cents    INTEGER NOT NULL CHECK (subtotal_cents >= 0),
    tax_cents         INTEGER NOT NULL CHECK (tax_cents >= 0),
    total_cents       INTEGER NOT NULL CHECK (total_cents >= 0),
    paid_on           TEXT,
    voided_on         TEXT,
    void_reason       TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    UNIQUE (year, number_in_year),
    CHECK (due_on >= issued_on),
    CHECK (paid_on IS NULL OR voided_on IS NULL)
);
CREATE INDEX invoices_by_client ON invoices (client_id, issued_on);
CREATE INDEX invoices_by_issue ON invoices (issued_on, id);

-- One line per thing billed: a held session today ('session', its id); a package later
-- ('package', its id), with no column to add.
CREATE TABLE invoice_lines (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices (id),
    position     INTEGER NOT NULL,
    record_kind  TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    on_date      TEXT NOT NULL,
    description  TEXT NOT NULL,
    minutes      INTEGER CHECK (minutes IS NULL OR minutes > 0),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0)
);
CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position);
CREATE INDEX invoice_lines_by_record ON invoice_lines (record_kind, record_id);

CREATE TRIGGER invoices_keep_number BEFORE UPDATE OF year, number_in_year, number, client_id,
    bill_to, bill_to_name, bill_to_address, bill_to_email, bill_to_attention, coach_name, coach_details, coach_tax_number,
    payment_details, currency, issued_on, due_on, tax_label, tax_rate_bp, subtotal_cents, tax_cents,
    total_cents ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is not changed: void it and issue another');
END;
CREATE TRIGGER invoices_stay_voided BEFORE UPDATE OF voided_on, paid_on ON invoices
WHEN old.voided_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a voided invoice stays voided');
END;
CREATE TRIGGER invoices_never_deleted BEFORE DELETE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an invoice is never deleted: void it');
END;
CREATE TRIGGER invoice_lines_never_changed BEFORE UPDATE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is not changed: void it and issue another');
END;
CREATE TRIGGER invoice_lines_never_deleted BEFORE DELETE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'an invoice is never deleted: void it');
END;
