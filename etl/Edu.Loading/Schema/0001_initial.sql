-- Reference data and results. Every loaded row carries the load that brought it, so a corrected
-- file can replace exactly the rows of its scope and the history can say where a number came from.

-- Data tables have no key constraints: the loader appends a corrected file before it removes the
-- rows it supersedes (one transaction), and checks uniqueness itself with row-level messages.
CREATE TABLE loads (
    load_id         BIGINT PRIMARY KEY,
    loaded_at       TIMESTAMP NOT NULL,
    file_name       VARCHAR NOT NULL,
    kind            VARCHAR,
    file_hash       VARCHAR NOT NULL,
    scope           VARCHAR,
    row_count       INTEGER NOT NULL,
    outcome         VARCHAR NOT NULL,
    error_count     INTEGER NOT NULL,
    user_name       VARCHAR NOT NULL,
    archive_path    VARCHAR,
    error_report    VARCHAR
);

CREATE TABLE schools (
    login           VARCHAR NOT NULL,
    code            VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    municipality    VARCHAR NOT NULL,
    district        VARCHAR NOT NULL,
    school_type     VARCHAR NOT NULL,
    is_rural        BOOLEAN NOT NULL,
    enrolment       INTEGER,
    load_id         BIGINT NOT NULL
);

CREATE TABLE school_context (
    year                    INTEGER NOT NULL,
    login                   VARCHAR NOT NULL,
    low_income_pct          DOUBLE,
    ovz_pct                 DOUBLE,
    non_native_pct          DOUBLE,
    parents_higher_ed_pct   DOUBLE,
    single_parent_pct       DOUBLE,
    staffing_pct            DOUBLE,
    load_id                 BIGINT NOT NULL
);

-- One row per participant's work. Task scores are a list aligned with vpr_tasks.task_no of the
-- procedure (task_scores[1] is task 1): the set of tasks differs per subject and grade, per-task
-- solve rates are an UNNEST away, and a work's scores can never be orphaned from it. A long table
-- (work × task) was measured 2× slower to load and 150 MB heavier for 200,000 works.
CREATE TABLE vpr_works (
    work_id             BIGINT NOT NULL,
    year                INTEGER NOT NULL,
    subject             VARCHAR NOT NULL,
    grade               INTEGER NOT NULL,
    login               VARCHAR NOT NULL,
    participant_code    VARCHAR NOT NULL,
    class_label         VARCHAR,
    variant             VARCHAR,
    primary_score       DOUBLE,
    mark                INTEGER,
    journal_mark        INTEGER,
    task_scores         DOUBLE[] NOT NULL,
    load_id             BIGINT NOT NULL
);

CREATE TABLE vpr_tasks (
    year        INTEGER NOT NULL,
    subject     VARCHAR NOT NULL,
    grade       INTEGER NOT NULL,
    task_no     INTEGER NOT NULL,
    task_label  VARCHAR NOT NULL,
    max_score   DOUBLE NOT NULL,
    load_id     BIGINT NOT NULL
);

-- Shares are stored as percents (0..100) whatever the file wrote.
CREATE TABLE vpr_marks (
    year            INTEGER NOT NULL,
    subject         VARCHAR NOT NULL,
    grade           INTEGER NOT NULL,
    login           VARCHAR NOT NULL,
    participants    INTEGER NOT NULL,
    share2          DOUBLE,
    share3          DOUBLE,
    share4          DOUBLE,
    share5          DOUBLE,
    load_id         BIGINT NOT NULL
);

-- No names or passport data: participant_key is a salted hash of them.
CREATE TABLE oge_results (
    year                INTEGER NOT NULL,
    subject             VARCHAR NOT NULL,
    exam_date           DATE,
    municipality_code   VARCHAR,
    login               VARCHAR NOT NULL,
    class_label         VARCHAR,
    ppe_code            VARCHAR,
    auditorium          VARCHAR,
    participant_key     VARCHAR NOT NULL,
    primary_score       DOUBLE,
    mark                INTEGER,
    load_id             BIGINT NOT NULL
);

CREATE TABLE ege_results (
    year            INTEGER NOT NULL,
    login           VARCHAR NOT NULL,
    subject         VARCHAR NOT NULL,
    participants    INTEGER NOT NULL,
    mean_score      DOUBLE,
    below_min       INTEGER,
    high_81_100     INTEGER,
    score_100       INTEGER,
    load_id         BIGINT NOT NULL
);

CREATE TABLE coverage (
    report_date         DATE NOT NULL,
    municipality        VARCHAR NOT NULL,
    children_5_18       INTEGER NOT NULL,
    covered             INTEGER,
    covered_tech        INTEGER,
    children_ovz        INTEGER,
    covered_ovz         INTEGER,
    load_id             BIGINT NOT NULL
);

CREATE TABLE targets (
    indicator_code  VARCHAR NOT NULL,
    indicator_name  VARCHAR NOT NULL,
    municipality    VARCHAR,
    deadline        DATE NOT NULL,
    target_value    DOUBLE NOT NULL,
    at_least        BOOLEAN NOT NULL,
    load_id         BIGINT NOT NULL
);
