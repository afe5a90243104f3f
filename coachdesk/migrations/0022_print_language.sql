-- A report is printed in its recipient's language, chosen per report (issue 16): the
-- words CoachDesk prints around the client's approved passages (headings, labels, the
-- session facts, the release form's sentences) and its dates. The language is part of
-- the frame the client approves. Reports made before print in English, as they did.
ALTER TABLE reports ADD COLUMN print_language TEXT NOT NULL DEFAULT 'en'
    CHECK (print_language IN ('en', 'de', 'fr', 'es', 'pt_BR'));

-- The language each report disclosure was printed in, recorded with it in the same
-- transaction (copied from the report as its disclosure is written) and never changed.
CREATE TABLE disclosure_languages (
    disclosure_id INTEGER PRIMARY KEY REFERENCES disclosures (id),
    language      TEXT NOT NULL
);
CREATE TRIGGER disclosure_language_recorded AFTER INSERT ON disclosures
WHEN new.report_id IS NOT NULL
BEGIN
    INSERT INTO disclosure_languages (disclosure_id, language)
    SELECT new.id, print_language FROM reports WHERE id = new.report_id;
END;
CREATE TRIGGER disclosure_language_never_changes BEFORE UPDATE ON disclosure_languages
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never changed');
END;
CREATE TRIGGER disclosure_language_never_goes BEFORE DELETE ON disclosure_languages
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never changed');
END;
