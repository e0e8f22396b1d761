-- The municipality register (Destatis Gemeindeverzeichnis GV100AD): Länder, Kreise, Gemeindeverbände, Gemeinden.
-- Replaced as a whole by each import (one transaction); municipality_register holds the edition in use.
CREATE TABLE municipalities (
    key            TEXT PRIMARY KEY,
    level          TEXT NOT NULL,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    seat           TEXT NULL,
    state          TEXT NOT NULL,
    ars            TEXT NOT NULL,
    kreis_key      TEXT NULL,
    kreis_name     TEXT NULL,
    verband_key    TEXT NULL,
    verband_name   TEXT NULL,
    verband_kind   TEXT NULL,
    population     INTEGER NULL,
    area_ha        INTEGER NULL,
    plz            TEXT NULL,
    plz_unique     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE municipality_register (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    gebietsstand   TEXT NOT NULL,
    source         TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    generation     INTEGER NOT NULL
);
