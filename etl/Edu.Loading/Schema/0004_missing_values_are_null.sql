-- A row of missing values is data (SPEC §3: missing-value codes become NULL, never 0). A file row that
-- names its key but writes «н/д» for a value loads that value as NULL, so the value columns that 0001
-- declared NOT NULL accept NULL: a school's type and locality, the participants of a ВПР marks or ЕГЭ row,
-- and the children of a coverage row. Keys stay NOT NULL. Self-contained, so it can be renumbered when
-- migrations of parallel branches meet.
ALTER TABLE schools ALTER COLUMN school_type DROP NOT NULL;
ALTER TABLE schools ALTER COLUMN is_rural DROP NOT NULL;
ALTER TABLE vpr_marks ALTER COLUMN participants DROP NOT NULL;
ALTER TABLE ege_results ALTER COLUMN participants DROP NOT NULL;
ALTER TABLE coverage ALTER COLUMN children_5_18 DROP NOT NULL;
