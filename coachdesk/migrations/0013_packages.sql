-- A package: so many sessions for a price, perhaps to be used by a date. It is a third
-- fee basis ('package'): fee_cents is the package's price (0 when no price is kept),
-- package_sessions the number of sessions it holds, package_expires_on the last day
-- they may be used (NULL: no expiry) and package_missed_counts the agreement's choice
-- for a missed session (1: it counts as used; 0: it does not). The package columns are
-- NULL on every other basis. planned_sessions of a package is its number of sessions
-- (the core keeps them equal), so what reads the plan reads the package.
--
-- The basis rule of 0010 is a pair of triggers; they are replaced here, widened by
-- 'package' and joined by the package's own rule. No existing row changes.
ALTER TABLE engagements ADD COLUMN package_sessions INTEGER;
ALTER TABLE engagements ADD COLUMN package_expires_on TEXT;
ALTER TABLE engagements ADD COLUMN package_missed_counts INTEGER;

DROP TRIGGER engagements_fee_basis_on_insert;
DROP TRIGGER engagements_fee_basis_on_update;

CREATE TRIGGER engagements_fee_basis_on_insert BEFORE INSERT ON engagements
WHEN NEW.fee_basis IS NOT NULL
     AND NEW.fee_basis NOT IN ('per_session', 'engagement_total', 'package')
BEGIN
    SELECT RAISE(ABORT, 'unknown fee basis');
END;
CREATE TRIGGER engagements_fee_basis_on_update BEFORE UPDATE OF fee_basis ON engagements
WHEN NEW.fee_basis IS NOT NULL
     AND NEW.fee_basis NOT IN ('per_session', 'engagement_total', 'package')
BEGIN
    SELECT RAISE(ABORT, 'unknown fee basis');
END;

CREATE TRIGGER engagements_package_on_insert BEFORE INSERT ON engagements
WHEN CASE WHEN NEW.fee_basis IS 'package'
          THEN NOT (coalesce(NEW.package_sessions, 0) >= 1
                    AND coalesce(NEW.package_missed_counts, -1) IN (0, 1))
          ELSE NEW.package_sessions IS NOT NULL OR NEW.package_expires_on IS NOT NULL
               OR NEW.package_missed_counts IS NOT NULL END
BEGIN
    SELECT RAISE(ABORT, 'a package needs its sessions and its rule for missed sessions');
END;
CREATE TRIGGER engagements_package_on_update BEFORE UPDATE OF fee_basis, package_sessions,
    package_expires_on, package_missed_counts ON engagements
WHEN CASE WHEN NEW.fee_basis IS 'package'
          THEN NOT (coalesce(NEW.package_sessions, 0) >= 1
                    AND coalesce(NEW.package_missed_counts, -1) IN (0, 1))
          ELSE NEW.package_sessions IS NOT NULL OR NEW.package_expires_on IS NOT NULL
               OR NEW.package_missed_counts IS NOT NULL END
BEGIN
    SELECT RAISE(ABORT, 'a package needs its sessions and its rule for missed sessions');
END;
