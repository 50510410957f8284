-- SPEC §11: indicators reported by hand join the computed ones in indicator_values, so the indicators export, the
-- matrix, the trend charts and the report evaluate them alike. A reported value may have no numerator and
-- denominator (a count, or a percent given as it is), so value stands on its own; unit says what it counts
-- («%» for every computed code). Self-contained, so it can be renumbered when migrations of parallel branches meet.
ALTER TABLE indicator_values ALTER COLUMN numerator DROP NOT NULL;
ALTER TABLE indicator_values ALTER COLUMN denominator DROP NOT NULL;
ALTER TABLE indicator_values ADD COLUMN unit VARCHAR;
