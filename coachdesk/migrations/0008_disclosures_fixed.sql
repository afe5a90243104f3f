-- A disclosure never changes. The one exception, for disposal, replaces the client's
-- own name where the client was the recipient (a packet, a legal export at their
-- request), and nothing else: every other column must stay as it was.
DROP TRIGGER disclosures_never_change;
CREATE TRIGGER disclosures_never_change BEFORE UPDATE ON disclosures
WHEN NOT (old.recipient_kind = 'client'
          AND new.recipient_name = 'Disposed client ' || old.client_id
          AND new.id = old.id AND new.kind = old.kind AND new.client_id = old.client_id
          AND new.sponsor_id IS old.sponsor_id AND new.recipient_kind = old.recipient_kind
          AND new.recipient_id IS old.recipient_id AND new.report_id IS old.report_id
          AND new.purpose IS old.purpose AND new.legal_basis IS old.legal_basis
          AND new.file_sha256 = old.file_sha256 AND new.disclosed_at = old.disclosed_at
          AND new.facts IS old.facts)
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never changed');
END;
