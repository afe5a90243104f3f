-- The session facts a report sent beside the approved words (attendance, dates,
-- hours: "label: value" lines), so the log and the client's packet show everything
-- that left, not only the passages.
ALTER TABLE disclosures ADD COLUMN facts TEXT NOT NULL DEFAULT '';

-- The facts are never changed either (disposal may still replace the client's name).
DROP TRIGGER disclosures_never_change;
CREATE TRIGGER disclosures_never_change BEFORE UPDATE ON disclosures
WHEN NOT (new.recipient_name = 'Disposed client ' || old.client_id
          AND new.id = old.id AND new.kind = old.kind AND new.client_id = old.client_id
          AND new.purpose IS old.purpose AND new.legal_basis IS old.legal_basis
          AND new.file_sha256 = old.file_sha256 AND new.disclosed_at = old.disclosed_at
          AND new.facts = old.facts)
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never changed');
END;
