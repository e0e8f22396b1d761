-- Crawler bookkeeping: one row per crawl run, its failures, and a per-URL page cache (validators + hash)
-- so unchanged pages are neither downloaded again (conditional GET) nor re-extracted.
CREATE TABLE crawl_runs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id        TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    finished_at      TEXT NOT NULL,
    status           TEXT NOT NULL,
    pages_fetched    INTEGER NOT NULL,
    pages_new        INTEGER NOT NULL,
    pages_changed    INTEGER NOT NULL,
    pages_unchanged  INTEGER NOT NULL,
    pages_failed     INTEGER NOT NULL,
    programmes_new       INTEGER NOT NULL,
    programmes_changed   INTEGER NOT NULL,
    programmes_unchanged INTEGER NOT NULL,
    programmes_removed   INTEGER NOT NULL,
    message          TEXT NULL
);
CREATE INDEX ix_crawl_runs_source ON crawl_runs (source_id, started_at);

CREATE TABLE crawl_failures (
    run_id   INTEGER NOT NULL REFERENCES crawl_runs (id) ON DELETE CASCADE,
    url      TEXT NOT NULL,
    kind     TEXT NOT NULL,
    reason   TEXT NOT NULL
);
CREATE INDEX ix_crawl_failures_run ON crawl_failures (run_id);

CREATE TABLE crawl_pages (
    source_id      TEXT NOT NULL,
    url            TEXT NOT NULL,
    role           TEXT NOT NULL,
    etag           TEXT NULL,
    last_modified  TEXT NULL,
    content_hash   TEXT NOT NULL,
    config_hash    TEXT NOT NULL,
    -- detail/export: programme ids produced from the page; list: detail links and next page (JSON)
    payload        TEXT NOT NULL,
    fetched_at     TEXT NOT NULL,
    PRIMARY KEY (source_id, url)
);
