-- The language an agreement is written in (issue 16): chosen when it is made, from the
-- templates CoachDesk has in each language, and never changed afterwards, because its
-- words are stored as the parties sign them. Agreements made before it are English.
ALTER TABLE agreements ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'de', 'fr', 'es', 'pt_BR'));
CREATE TRIGGER agreements_keep_language BEFORE UPDATE OF language ON agreements
WHEN new.language IS NOT old.language
BEGIN
    SELECT RAISE(ABORT, 'an agreement keeps the language it was written in');
END;
