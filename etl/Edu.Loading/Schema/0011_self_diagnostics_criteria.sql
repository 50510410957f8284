-- The self-diagnostics by criterion (SPEC §12): one row per school × round × criterion. criterion_no is the number as
-- the federal list writes it («1.10»), kept as text so that «1.10» stays apart from «1.1»; a criterion with 0 points is
-- a deficit. max_points is null where the file has no «Максимальный балл».
CREATE TABLE self_diagnostics_criteria (
    round_date      DATE NOT NULL,
    login           VARCHAR NOT NULL,
    direction       VARCHAR NOT NULL,
    criterion_no    VARCHAR NOT NULL,
    criterion       VARCHAR NOT NULL,
    points          DOUBLE NOT NULL,
    max_points      DOUBLE,
    load_id         BIGINT NOT NULL
);
