-- Who loaded, exported and viewed what (SPEC §9). Self-contained so that it can be renumbered when
-- migrations of parallel branches meet. Rows are only ever appended.
CREATE SEQUENCE IF NOT EXISTS audit_log_seq;

CREATE TABLE IF NOT EXISTS audit_log (
    audit_id    BIGINT NOT NULL DEFAULT nextval('audit_log_seq'),
    occurred_at TIMESTAMP NOT NULL,     -- UTC
    user_login  VARCHAR NOT NULL,
    action      VARCHAR NOT NULL,       -- load | upload-refused | export | error-report | school-view
    target      VARCHAR,                -- file name, table name or school login
    details     VARCHAR                 -- outcome, filters applied, …
);
