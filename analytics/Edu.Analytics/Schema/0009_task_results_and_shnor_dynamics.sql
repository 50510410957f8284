-- SPEC §13 results, replaced as a whole by every recompute like the tables of 0002 (same conventions: the
-- registry's name, municipality and district at computation time; labels stored as their Russian text).
-- Self-contained, so it can be renumbered when migrations of parallel branches meet.

-- Solve rate of each ВПР task per group of works: «ОО» (counted school-procedures only), «муниципалитет» (all its
-- works) and «регион» (all works). login, school_name and district are null above school level, municipality for the
-- region. works = the group's works with a primary score; rate and region_rate in %; lags is null above school level.
CREATE TABLE task_results (
    year                INTEGER NOT NULL,
    kind                VARCHAR NOT NULL,
    subject             VARCHAR NOT NULL,
    grade               INTEGER NOT NULL,
    procedure_label     VARCHAR NOT NULL,
    level               VARCHAR NOT NULL,
    login               VARCHAR,
    school_name         VARCHAR,
    municipality        VARCHAR,
    district            VARCHAR,
    task_no             INTEGER NOT NULL,
    task_label          VARCHAR NOT NULL,
    requirement         VARCHAR,
    max_score           DOUBLE NOT NULL,
    works               INTEGER NOT NULL,
    rate                DOUBLE NOT NULL,
    region_rate         DOUBLE NOT NULL,
    below_mastery       BOOLEAN NOT NULL,
    lags                BOOLEAN
);

-- Every school with a status («ШНОР», «группа риска») in Y−1 or Y, for the years Y whose both statuses can be «ШНОР».
-- Statuses are null for none; low rates (Σ low results / Σ participants × 100) are null without a counted procedure.
CREATE TABLE shnor_dynamics (
    year                INTEGER NOT NULL,
    login               VARCHAR NOT NULL,
    school_name         VARCHAR,
    municipality        VARCHAR,
    district            VARCHAR,
    previous_status     VARCHAR,
    status              VARCHAR,
    change              VARCHAR NOT NULL,
    previous_low_rate   DOUBLE,
    low_rate            DOUBLE
);
