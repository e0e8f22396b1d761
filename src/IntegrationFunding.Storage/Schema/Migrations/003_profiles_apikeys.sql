-- API keys of advisory offices (tenants). Only the SHA-256 of the key is stored.
CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    key_hash    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT NULL
);

-- Municipality profiles, private to the tenant that created them ("key:<api key id>" or "web").
CREATE TABLE profiles (
    id          TEXT PRIMARY KEY,
    tenant      TEXT NOT NULL,
    doc         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX ix_profiles_tenant ON profiles (tenant);
