-- Results of the last analytics computation (SPEC §4). Every table is replaced as a whole, in one
-- transaction, by each recompute; exports, the dashboard and the monthly report read only these.
-- School-level tables carry the school's name, municipality and district as the registry had them at
-- computation time: every read filters by municipality (municipal scoping) and year, and a snapshot
-- keeps a list consistent with the data it was computed from. Rows are written ordered by year,
-- municipality and login, so DuckDB's zone maps serve those filters without secondary indexes.

-- One row per recompute (kept as history); the result tables belong to the latest one.
CREATE TABLE analytics_computations (
    computation_id      BIGINT PRIMARY KEY,
    computed_at         TIMESTAMP NOT NULL,
    as_of               DATE NOT NULL,
    years               INTEGER[] NOT NULL,
    schools             INTEGER NOT NULL,
    individual_works    BIGINT NOT NULL,
    read_ms             BIGINT NOT NULL,
    engine_ms           BIGINT NOT NULL,
    options_json        VARCHAR NOT NULL
);

CREATE TABLE computation_messages (
    computation_id  BIGINT NOT NULL,
    seq             INTEGER NOT NULL,
    message         VARCHAR NOT NULL
);

-- School × procedure × year; is_counted = false is «недостаточно данных».
CREATE TABLE procedure_results (
    year                INTEGER NOT NULL,
    login               VARCHAR NOT NULL,
    school_name         VARCHAR,
    municipality        VARCHAR,
    district            VARCHAR,
    kind                VARCHAR NOT NULL,
    subject             VARCHAR NOT NULL,
    grade               INTEGER NOT NULL,
    procedure_label     VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    participants        INTEGER NOT NULL,
    is_counted          BOOLEAN NOT NULL,
    mean                DOUBLE,
    low_share_pct       DOUBLE,
    mean_primary_score  DOUBLE,
    marks2              INTEGER,
    marks3              INTEGER,
    marks4              INTEGER,
    marks5              INTEGER
);

CREATE TABLE result_index (
    year            INTEGER NOT NULL,
    login           VARCHAR NOT NULL,
    school_name     VARCHAR,
    municipality    VARCHAR,
    district        VARCHAR,
    result_index    DOUBLE NOT NULL,
    procedures      INTEGER NOT NULL,
    participants    INTEGER NOT NULL
);

-- «ШНОР» and «группа риска»; procedures lists the procedures that triggered a ground («; »).
CREATE TABLE shnor (
    year            INTEGER NOT NULL,
    login           VARCHAR NOT NULL,
    school_name     VARCHAR,
    municipality    VARCHAR,
    district        VARCHAR,
    status          VARCHAR NOT NULL,
    ground_a        BOOLEAN NOT NULL,
    ground_b        BOOLEAN NOT NULL,
    procedures      VARCHAR NOT NULL,
    years_listed    INTEGER NOT NULL
);

-- Schools with any context data; context_index is null with fewer than the required shares.
CREATE TABLE context_index (
    year                INTEGER NOT NULL,
    login               VARCHAR NOT NULL,
    school_name         VARCHAR,
    municipality        VARCHAR,
    district            VARCHAR,
    context_index       DOUBLE,
    shares_used         INTEGER NOT NULL,
    is_disadvantaged    BOOLEAN NOT NULL,
    result_index        DOUBLE
);

-- ШФНСУ schools (and stably resilient schools that are not ШФНСУ this year).
CREATE TABLE resilience (
    year                        INTEGER NOT NULL,
    login                       VARCHAR NOT NULL,
    school_name                 VARCHAR,
    municipality                VARCHAR,
    district                    VARCHAR,
    is_disadvantaged            BOOLEAN NOT NULL,
    context_index               DOUBLE,
    result_index                DOUBLE,
    residual                    DOUBLE,
    resilient_by_quartile       BOOLEAN NOT NULL,
    resilient_by_value_added    BOOLEAN NOT NULL,
    stably_resilient            BOOLEAN NOT NULL,
    objectivity_flag            BOOLEAN NOT NULL,
    excluded_for_objectivity    BOOLEAN NOT NULL
);

-- The value-added regression of each year; predictors and coefficients are aligned lists.
CREATE TABLE value_added_models (
    year            INTEGER NOT NULL,
    predictors      VARCHAR[] NOT NULL,
    coefficients    DOUBLE[] NOT NULL,
    intercept       DOUBLE NOT NULL,
    schools         INTEGER NOT NULL,
    r_squared       DOUBLE NOT NULL
);

CREATE TABLE stable_high (
    year                        INTEGER NOT NULL,
    login                       VARCHAR NOT NULL,
    school_name                 VARCHAR,
    municipality                VARCHAR,
    district                    VARCHAR,
    mean_index                  DOUBLE NOT NULL,
    rank                        INTEGER,
    selected                    BOOLEAN NOT NULL,
    selected_as_municipal_best  BOOLEAN NOT NULL,
    excluded_for_objectivity    BOOLEAN NOT NULL
);

-- Counted ВПР school × procedure × year with individual works.
CREATE TABLE objectivity (
    year                INTEGER NOT NULL,
    login               VARCHAR NOT NULL,
    school_name         VARCHAR,
    municipality        VARCHAR,
    district            VARCHAR,
    kind                VARCHAR NOT NULL,
    subject             VARCHAR NOT NULL,
    grade               INTEGER NOT NULL,
    procedure_label     VARCHAR NOT NULL,
    participants        INTEGER NOT NULL,
    school_lower_bound  DOUBLE,
    region_upper_bound  DOUBLE,
    exempt_by_type      BOOLEAN NOT NULL,
    other_results_z     DOUBLE,
    inflated_mean       BOOLEAN NOT NULL,
    spearman            DOUBLE,
    spearman_pairs      INTEGER NOT NULL,
    journal_mismatch    BOOLEAN NOT NULL,
    lowered_pct         DOUBLE,
    confirmed_pct       DOUBLE,
    raised_pct          DOUBLE,
    marks_vs_journal    BOOLEAN NOT NULL,
    flagged             BOOLEAN NOT NULL
);

-- Per municipality and for the region («Ленинградская область»).
CREATE TABLE objectivity_levels (
    year                INTEGER NOT NULL,
    scope               VARCHAR NOT NULL,
    schools_with_data   INTEGER NOT NULL,
    flagged_schools     INTEGER NOT NULL,
    level               DOUBLE NOT NULL
);

-- «ШНОР» schools and their mentors; mentor columns are null when «не найден».
CREATE TABLE mentors (
    year                    INTEGER NOT NULL,
    login                   VARCHAR NOT NULL,
    school_name             VARCHAR,
    municipality            VARCHAR,
    district                VARCHAR,
    mentor_login            VARCHAR,
    mentor_name             VARCHAR,
    mentor_municipality     VARCHAR,
    match                   VARCHAR NOT NULL
);

-- Indicator values per municipality and for the region (municipality = «Ленинградская область»).
-- Target statuses are not stored: they depend on the as-of date and are computed on read.
CREATE TABLE indicator_values (
    code            VARCHAR NOT NULL,
    municipality    VARCHAR NOT NULL,
    value_date      DATE NOT NULL,
    numerator       DOUBLE NOT NULL,
    denominator     DOUBLE NOT NULL,
    value           DOUBLE NOT NULL
);
