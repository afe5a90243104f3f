-- An invoice to a sponsor names the company, then its billing name or department (issue
-- 15, the new-coach trial): the organisation goes in bill_to_name, the billing name (when
-- it is not the organisation's) here. Kept as issued, like every other column.
ALTER TABLE invoices ADD COLUMN bill_to_department TEXT NOT NULL DEFAULT '';
DROP TRIGGER invoices_keep_number;
CREATE TRIGGER invoices_keep_number BEFORE UPDATE OF year, number_in_year, number, client_id,
    engagement_id, bill_to, bill_to_name, bill_to_department, bill_to_address,
    bill_to_attention, coach_name, coach_details, coach_tax_number, payment_details, currency,
    issued_on, due_on, tax_label, tax_rate_bp, subtotal_cents, tax_cents, total_cents,
    created_at ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is not changed: void it and issue another');
END;

-- A session the coach marks pro bono is not billed: it cannot become pro bono while it
-- is on a live invoice, on its own or in its package billed whole (void that invoice
-- first), and invoices.issue leaves pro bono sessions out.
CREATE TRIGGER pro_bono_not_invoiced_insert BEFORE INSERT ON credential_sessions
WHEN new.paid = 'pro_bono' AND EXISTS (
    SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
    WHERE i.voided_on IS NULL AND ((l.record_kind = 'session' AND l.record_id = new.session_id)
    OR (l.record_kind = 'package' AND l.record_id =
        (SELECT engagement_id FROM sessions WHERE id = new.session_id))))
BEGIN
    SELECT RAISE(ABORT, 'this session is on an invoice: void the invoice first');
END;
CREATE TRIGGER pro_bono_not_invoiced_update BEFORE UPDATE OF paid ON credential_sessions
WHEN new.paid = 'pro_bono' AND EXISTS (
    SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
    WHERE i.voided_on IS NULL AND ((l.record_kind = 'session' AND l.record_id = new.session_id)
    OR (l.record_kind = 'package' AND l.record_id =
        (SELECT engagement_id FROM sessions WHERE id = new.session_id))))
BEGIN
    SELECT RAISE(ABORT, 'this session is on an invoice: void the invoice first');
END;
