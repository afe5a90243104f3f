-- A client's postal address (issue 15): optional, a few lines as the coach types them
-- (street, town, postcode, country), printed on an invoice addressed to the client.
-- It is the client's details like her name and email: disposal empties it, and the
-- legal export and the data she provided carry it.
ALTER TABLE clients ADD COLUMN address TEXT NOT NULL DEFAULT '';
