-- Placeholder on the 'packages' branch only: version 12 belongs to another branch's
-- migration. Delete this file when merging (that branch's 0012 takes its place).
SELECT 1;
