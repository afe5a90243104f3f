-- What an engagement's fee is for, stated by the coach: 'per_session' (each session
-- costs the fee) or 'engagement_total' (the fee covers the whole engagement). A
-- package price (so many sessions for a price) will add its own basis: the rule is
-- a pair of triggers, not a CHECK, so a later migration can widen it without
-- rebuilding the table.
--
-- Before this version the form had a bare "Fee" while the agreement template printed
-- it as the price of the whole engagement and Settings called it a fee per session:
-- what a fee meant cannot be known from the vault. A fee of 0 means the same on
-- either basis (per session); any other fee stays NULL, "to confirm": the engagement
-- form asks the coach, and nothing new is planned or drafted from it until then. No
-- agreement's words change here: they are stored as printed (agreement_clauses).
ALTER TABLE engagements ADD COLUMN fee_basis TEXT;
UPDATE engagements SET fee_basis = 'per_session' WHERE fee_cents = 0;

CREATE TRIGGER engagements_fee_basis_on_insert BEFORE INSERT ON engagements
WHEN NEW.fee_basis IS NOT NULL AND NEW.fee_basis NOT IN ('per_session', 'engagement_total')
BEGIN
    SELECT RAISE(ABORT, 'unknown fee basis');
END;
CREATE TRIGGER engagements_fee_basis_on_update BEFORE UPDATE OF fee_basis ON engagements
WHEN NEW.fee_basis IS NOT NULL AND NEW.fee_basis NOT IN ('per_session', 'engagement_total')
BEGIN
    SELECT RAISE(ABORT, 'unknown fee basis');
END;
