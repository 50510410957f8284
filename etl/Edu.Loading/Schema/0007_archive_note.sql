-- Why a load has no archived copy (a file that could not be read cannot be proven free of personal data, so none
-- of its content is kept); the hash beside it still identifies the file.
ALTER TABLE loads ADD COLUMN archive_note VARCHAR;
