-- A placeholder on the templates branch only: number 12 belongs to another part of
-- issue 15 and arrives with it. Drop this file when merging (migrations must be 1..n).
SELECT 1;
