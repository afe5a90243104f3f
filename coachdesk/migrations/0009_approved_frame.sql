-- What reaches a sponsor is approved whole, terms are choices, disposal leaves no names.

-- What the sponsor may receive, as the parties chose it: a comma list of attendance,
-- dates, hours, progress; '' for nothing. NULL: nobody has confirmed the terms yet
-- (agreements made before this version), so nothing goes until someone does.
ALTER TABLE agreements ADD COLUMN sponsor_may_receive TEXT;

-- An approval keeps the recipient's name as the client saw it, and for a report the
-- whole frame printed around the passages (recipient, purpose, period, facts: JSON)
-- with its SHA-256, so a later change of any of them voids the approval.
ALTER TABLE approval_rounds ADD COLUMN recipient_name TEXT NOT NULL DEFAULT '';
ALTER TABLE approval_rounds ADD COLUMN frame TEXT NOT NULL DEFAULT '';
ALTER TABLE approval_rounds ADD COLUMN frame_sha256 TEXT NOT NULL DEFAULT '';
-- The client may withdraw the whole round (a report of facts alone has nothing else to
-- withdraw); withdrawing every passage of a round withdraws the round too.
ALTER TABLE approval_rounds ADD COLUMN revoked_at TEXT;
UPDATE approval_rounds SET recipient_name = COALESCE(
    CASE recipient_kind
        WHEN 'sponsor' THEN (SELECT organisation FROM sponsors WHERE id = recipient_id)
        ELSE (SELECT c.name || ', ' || s.organisation FROM sponsor_contacts c
              JOIN sponsors s ON s.id = c.sponsor_id WHERE c.id = recipient_id)
    END, '');

-- The words each approval covered, kept with it: a disputed release can be shown later
-- even after the passage was edited. Older approvals get them where the words still match.
ALTER TABLE consents ADD COLUMN text TEXT;
UPDATE consents SET text = (SELECT e.text FROM excerpts e WHERE e.id = consents.excerpt_id
                            AND e.text_sha256 = consents.text_sha256);

-- The frame as last printed on a release form: a written approval covers that frame.
ALTER TABLE reports ADD COLUMN printed_frame_sha256 TEXT;

-- A disposal's basis is a fixed choice; free words typed before this version may name
-- the client, so they become "other".
UPDATE disposals SET basis = 'other'
WHERE basis NOT IN ('retention_ended', 'client_request', 'other');

-- A disclosure never changes. The one exception is disposal (of a client with a disposal
-- record), which replaces every free text that may concern the client (the purpose, the
-- legal basis, and the recipient's name unless the recipient is the sponsor or one of
-- its people) with fixed words, and changes nothing else.
DROP TRIGGER disclosures_never_change;
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
          AND new.facts IS old.facts)
BEGIN
    SELECT RAISE(ABORT, 'disclosures are never changed');
END;

-- Clients disposed of before this version: their log entries lose those words now.
UPDATE disclosures SET purpose = 'Removed at disposal', legal_basis = '',
    recipient_name = CASE recipient_kind
        WHEN 'client' THEN 'Disposed client ' || client_id
        WHEN 'other' THEN 'Removed at disposal'
        ELSE recipient_name END
WHERE client_id IN (SELECT client_id FROM disposals);
