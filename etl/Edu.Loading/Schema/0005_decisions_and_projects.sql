-- SPEC §11: what the committee decided, the indicators it reports by hand, and who takes part in its projects.
-- Self-contained (new tables only), so it can be renumbered when migrations of parallel branches meet.

-- Значения показателей: a code the product does not compute, per municipality (or the region) and date. A row holds
-- either value (as written: a count, a percent…) or numerator and denominator (value = numerator / denominator × 100).
CREATE TABLE reported_values (
    indicator_code  VARCHAR NOT NULL,
    indicator_name  VARCHAR,
    municipality    VARCHAR NOT NULL,
    value_date      DATE NOT NULL,
    value           DOUBLE,
    numerator       DOUBLE,
    denominator     DOUBLE,
    unit            VARCHAR,
    load_id         BIGINT NOT NULL
);

-- Участники проектов: project × year × school. project_key is the name compared ignoring case, quotes and spaces
-- (a corrected file replaces its project × year; the stable-high export looks its roster up by it).
CREATE TABLE project_rosters (
    project         VARCHAR NOT NULL,
    project_key     VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    login           VARCHAR NOT NULL,
    role            VARCHAR,
    partner_login   VARCHAR,
    load_id         BIGINT NOT NULL
);

-- Решения и поручения: one item of a document. What the loader reads from the text is stored beside it: the
-- deadline from «Срок» (latest date named; recurring when it names none but «постоянно»…), and from «Ответственные»
-- the scope (regional, every municipality, or the municipalities named) and the bodies named.
CREATE TABLE decisions (
    document            VARCHAR NOT NULL,
    document_key        VARCHAR NOT NULL,
    document_date       DATE NOT NULL,
    item                VARCHAR NOT NULL,
    item_order          INTEGER NOT NULL,
    content             VARCHAR NOT NULL,
    deadline_text       VARCHAR,
    deadline            DATE,
    recurring           BOOLEAN NOT NULL,
    responsible         VARCHAR,
    scope               VARCHAR NOT NULL,
    municipalities      VARCHAR[] NOT NULL,
    parties             VARCHAR[] NOT NULL,
    indicator_codes     VARCHAR[] NOT NULL,
    done_date           DATE,
    done_note           VARCHAR,
    load_id             BIGINT NOT NULL
);
