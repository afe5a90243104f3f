-- The words of each item as last printed on a release form (their SHA-256): a
-- written approval covers the words the client signed, so it is refused for an
-- item changed since its form was printed.
ALTER TABLE report_items ADD COLUMN printed_sha256 TEXT;
