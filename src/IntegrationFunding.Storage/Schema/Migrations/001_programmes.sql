-- Programmes as JSON documents (the domain record), with the bookkeeping the crawler needs beside them.
CREATE TABLE programmes (
    id              TEXT PRIMARY KEY,
    doc             TEXT NOT NULL,
    first_seen      TEXT NOT NULL,
    last_changed    TEXT NOT NULL,
    removed_at      TEXT NULL,
    missing_crawls  INTEGER NOT NULL DEFAULT 0
);

-- Field-level change events (new / changed / closed / removed), in commit order.
CREATE TABLE change_events (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id    TEXT NOT NULL,
    programme_name  TEXT NOT NULL,
    kind            TEXT NOT NULL,
    fields          TEXT NOT NULL,
    occurred_at     TEXT NOT NULL,
    origin          TEXT NOT NULL
);
CREATE INDEX ix_change_events_occurred_at ON change_events (occurred_at);
CREATE INDEX ix_change_events_programme ON change_events (programme_id);

-- Small key/value facts, e.g. the generation counter that tells readers the programme set changed.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('programmes_generation', '0');
