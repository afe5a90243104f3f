-- A payment set aside (docs/sync.md, *Mended after review*: voided wins): an invoice
-- marked paid on one computer while another voided it stays voided on every computer,
-- and the payment is kept here, so the screens can say that money came in against a
-- voided invoice (refund it, or put it on a new invoice). Shared like any record, so
-- every computer shows the same: the date the coach entered, and the payment's version
-- (its clock and the computer that recorded it; its letter is read when shown). Each
-- computer that sets a payment aside records it itself; two records of one payment fold
-- into one (the UNIQUE constraint). Append-only: what was set aside never changes (when
-- it was set aside takes the later computer's time as the two fold).
CREATE TABLE payments_set_aside (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices (id),
    paid_on      TEXT NOT NULL,
    paid_hlc     INTEGER NOT NULL,
    paid_device  TEXT NOT NULL,
    set_aside_at TEXT NOT NULL,
    UNIQUE (invoice_id, paid_hlc, paid_device)
);
CREATE TRIGGER payments_set_aside_kept BEFORE UPDATE OF invoice_id, paid_on, paid_hlc,
    paid_device ON payments_set_aside
BEGIN
    SELECT RAISE(ABORT, 'a payment set aside is not changed');
END;
CREATE TRIGGER payments_set_aside_never_deleted BEFORE DELETE ON payments_set_aside
BEGIN
    SELECT RAISE(ABORT, 'a payment set aside is never deleted');
END;
