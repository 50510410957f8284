-- procedure_results runs to millions of rows at country scale, and the recompute's save was mostly the copying of each
-- school's name and district into every one of them. Nothing reads them from this table (pages, charts and exports
-- take names from the school-level tables), so only the municipality, which scopes every read, is kept.
ALTER TABLE procedure_results DROP COLUMN school_name;
ALTER TABLE procedure_results DROP COLUMN district;
