-- Digest subscriptions: only what sending needs (address, what to watch, how often, where the last digest ended).
CREATE TABLE digest_subscriptions (
    id              TEXT PRIMARY KEY,
    email           TEXT NOT NULL,
    profile_id      TEXT NULL,
    search          TEXT NULL,
    frequency       TEXT NOT NULL,
    state           TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    confirmed_at    TEXT NULL,
    covered_until   TEXT NULL,
    bounces         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_digest_subscriptions_state ON digest_subscriptions (state);

-- Outgoing mail. The idempotency key (subscription + period, or subscription + 'confirm') makes every
-- digest exist once, whatever crashes or double runs happen; rows go with their subscription.
CREATE TABLE digest_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT NOT NULL REFERENCES digest_subscriptions (id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    message         TEXT NOT NULL,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_until     TEXT NULL,
    last_error      TEXT NULL,
    created_at      TEXT NOT NULL,
    sent_at         TEXT NULL
);
CREATE INDEX ix_digest_outbox_due ON digest_outbox (state, next_attempt_at);
