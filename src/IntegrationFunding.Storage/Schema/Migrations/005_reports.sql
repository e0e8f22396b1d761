-- Reports of wrong programme data sent by users from the web UI ("Daten fehlerhaft melden"), for the operator.
CREATE TABLE data_reports (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id  TEXT NOT NULL,
    field         TEXT NOT NULL,
    message       TEXT NOT NULL,
    email         TEXT NULL,
    created_at    TEXT NOT NULL,
    handled_at    TEXT NULL
);
CREATE INDEX ix_data_reports_programme ON data_reports (programme_id);
CREATE INDEX ix_data_reports_open ON data_reports (handled_at, created_at);
