-- Settings that travel with the practice (docs/sync.md, coachdesk/settings.py): the
-- coach's name, defaults for sessions and fees, invoice details and the coach's own
-- agreement templates are the practice's, kept in a shared table of their own (captured
-- like any record, last writer wins); this computer's own (backup folder, locks, what its
-- calendar shows) stay in vault_info. A key is one row: set on two computers before they
-- met, the two rows are folded into one by the UNIQUE key.
CREATE TABLE practice_settings (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
    value TEXT NOT NULL
);
INSERT INTO practice_settings (key, value)
SELECT substr(key, length('setting.') + 1), value FROM vault_info
WHERE key IN ('setting.coach_name', 'setting.default_session_minutes',
              'setting.default_fee_cents', 'setting.currency', 'setting.coach_details',
              'setting.coach_tax_number', 'setting.invoice_tax_label',
              'setting.invoice_tax_rate_bp', 'setting.invoice_days_to_pay',
              'setting.invoice_payment_details')
ORDER BY key;
INSERT INTO practice_settings (key, value)
SELECT key, value FROM vault_info WHERE key LIKE 'agreement_template.%' ORDER BY key;
DELETE FROM vault_info
WHERE key IN ('setting.coach_name', 'setting.default_session_minutes',
              'setting.default_fee_cents', 'setting.currency', 'setting.coach_details',
              'setting.coach_tax_number', 'setting.invoice_tax_label',
              'setting.invoice_tax_rate_bp', 'setting.invoice_days_to_pay',
              'setting.invoice_payment_details')
   OR key LIKE 'agreement_template.%';

-- A practice that already syncs: the moved values travel as they are now (on the next
-- opening the capture triggers are built for the new table; a key set on both computers
-- is folded into one by its UNIQUE key, the later writer's value kept).
UPDATE sync_clock SET hlc = hlc + 1 WHERE EXISTS (SELECT 1 FROM sync_practice);
INSERT INTO sync_changes (tbl, pk, op, col, hlc)
SELECT 'practice_settings', json_array(id), 'insert', '*', (SELECT hlc FROM sync_clock)
FROM practice_settings WHERE EXISTS (SELECT 1 FROM sync_practice);
