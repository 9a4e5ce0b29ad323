-- Platform tables: what the server needs before any booking exists. Each column is classified
-- as public, operational, hash/verifier, secret (server-side key material) or ciphertext.
-- Nothing here identifies a user.

-- Random secrets the server creates once and keeps, e.g. the key behind the fake KDF salts
-- given for logins that do not exist, so unknown and known logins look alike.
CREATE TABLE server_secrets (
    name       text        PRIMARY KEY                              -- operational: purpose
               CHECK (name ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    secret     bytea       NOT NULL CHECK (octet_length(secret) >= 32),  -- secret: random bytes
    created_at timestamptz NOT NULL DEFAULT now()                   -- operational
);

-- Fixed-window rate limits shared by every server instance. A row is one key of one limiter.
-- key_hash = SHA-256("aparte-rate-limit-v1" 0x00 limiter-name 0x00 key): keys are never stored.
CREATE TABLE rate_limit_buckets (
    key_hash      bytea       PRIMARY KEY CHECK (octet_length(key_hash) = 32),  -- hash
    window_start  timestamptz NOT NULL,                                         -- operational
    expires_at    timestamptz NOT NULL,                                         -- operational
    request_count integer     NOT NULL CHECK (request_count > 0)                -- operational
);
CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
