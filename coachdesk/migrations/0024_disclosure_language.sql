-- A report disclosure's language on the disclosure row itself (docs/sync.md): it travels
-- with the disclosure to the practice's other computers, instead of being copied on each
-- computer by a trigger from the report's language when the disclosure arrives (which
-- two computers could read differently if the report's language changed meanwhile).
-- NULL for disclosures that are not a report. Past disclosures keep their language.
ALTER TABLE disclosures ADD COLUMN language TEXT
    CHECK (language IS NULL OR language IN ('en', 'de', 'fr', 'es', 'pt_BR'));

DROP TRIGGER disclosures_never_change;
UPDATE disclosures SET language = (SELECT language FROM disclosure_languages
                                   WHERE disclosure_id = disclosures.id);
DROP TRIGGER disclosure_language_recorded;
DROP TRIGGER disclosure_language_never_changes;
DROP TRIGGER disclosure_language_never_goes;
DROP TABLE disclosure_languages;

-- As in migration 9, with the language among what never changes.
CREATE TRIGGER disclosures_never_change BEFORE UPDATE ON disclosures
WHEN NOT (EXISTS (SELECT 1 FROM disposals WHERE client_id = old.client_id)
          AND new.purpose = 'Removed at disposal' AND new.legal_basis = ''
          AND ((old.recipient_kind IN ('sponsor', 'contact')
                AND new.recipient_name = old.recipient_name)
               OR (old.recipient_kind = 'client'
                   AND new.recipient_name = 'Disposed client ' || old.client_id)
               OR (old.recipient_kind = 'other'
                   AND new.recipient_name = 'Removed at disposal'))
          AND new.id = old.id AND new.kind = old.kind AND new.client_id = old.client_id
          AND new.sponsor_id IS old.sponsor_id AND new.recipient_kind = old.recipient_kind
          AND new.recipient_id IS old.recipient_id AND new.report_id IS old.report_id
          AND new.file_sha256 = old.file_sha256 AND new.disclosed_at = old.disclosed_at
          AND new.facts IS old.facts AND new.language IS old.language)
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never changed');
END;
