-- The ВПР codifier («проверяемые требования (умения)»): what each task of a procedure checks, so that task results
-- name the skill pupils fail, not only the task number. One row per year × subject × grade × task; task_label is the
-- task's number as the task columns of individual results write it («9.1»), so the two join on it. requirement is
-- null where the file wrote a missing-value code (the task then shows its number only); max_score is null where the
-- file has no «Максимальный балл» column. Self-contained, so it can be renumbered when parallel branches meet.
CREATE TABLE vpr_task_requirements (
    year            INTEGER NOT NULL,
    subject         VARCHAR NOT NULL,
    grade           INTEGER NOT NULL,
    task_label      VARCHAR NOT NULL,
    requirement     VARCHAR,
    max_score       DOUBLE,
    load_id         BIGINT NOT NULL
);
