-- Anonymous booking tokens (RFC 9474 blind RSA, issue 4). Three tables, and on purpose none of them
-- has a column that could join an account to a token, a booking or a slot:
--   * issuer keys are the server's own (one per epoch);
--   * issuance is counted per (account, epoch): how many, never which;
--   * a spent token leaves only a hash of its nonce and its epoch, no booking id.

-- One RSA key per epoch. The private key is sealed (AES-256-GCM) under a server secret, so a copy of
-- this table alone does not let anyone mint tokens (see docs/threat-model.md for what it does not
-- protect against).
CREATE TABLE token_issuer_keys (
    epoch               bigint PRIMARY KEY CHECK (epoch >= 0),    -- operational
    public_key          bytea NOT NULL,                           -- public: DER SubjectPublicKeyInfo
    sealed_private_key  bytea NOT NULL,                           -- ciphertext: PKCS#8 under a server secret
    created_at          timestamptz NOT NULL
);

-- Tokens signed per account and epoch: the anti-hoarding limit. Counts only.
CREATE TABLE token_issuance (
    account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    epoch       bigint NOT NULL,
    issued      integer NOT NULL CHECK (issued >= 0),
    PRIMARY KEY (account_id, epoch)
);

-- Spent tokens: SHA-256 of the nonce, so a token cannot book twice. Rows of an epoch are deleted
-- with its key, once no token of that epoch can verify any more.
CREATE TABLE spent_tokens (
    nonce_hash  bytea PRIMARY KEY,                                -- hash
    epoch       bigint NOT NULL                                   -- operational
);
CREATE INDEX spent_tokens_epoch ON spent_tokens (epoch);
