-- «Школа Минпросвещения России» self-diagnostics (SPEC §12): one row per school × round, the round named by its date.
-- level holds the level's label («ниже базового», «базовый», «средний», «высокий»), whatever spelling the file used.
-- Points per magistral direction are optional columns of the file, so they live in their own table, one row per
-- direction the file gave; a direction the file left blank or wrote as a missing-value code has no row.
-- Self-contained, so it can be renumbered when parallel branches meet.
CREATE TABLE self_diagnostics (
    round_date      DATE NOT NULL,
    login           VARCHAR NOT NULL,
    level           VARCHAR NOT NULL,
    total_points    DOUBLE NOT NULL,
    load_id         BIGINT NOT NULL
);

CREATE TABLE self_diagnostics_directions (
    round_date      DATE NOT NULL,
    login           VARCHAR NOT NULL,
    direction       VARCHAR NOT NULL,
    points          DOUBLE NOT NULL,
    load_id         BIGINT NOT NULL
);
