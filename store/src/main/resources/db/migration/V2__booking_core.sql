-- Booking core. Every column is one of: public (practice profiles, agendas' shape), operational
-- (ids, versions, times the server needs), hash/verifier, or ciphertext. No column holds patient
-- plaintext, and no table links an account to a booking. The operator view (issue 8) will classify
-- each column; keep the comments in step.

-- Accounts: the login identifier is known to the operator (inherent); everything else is a key,
-- a verifier or ciphertext made on the client.
CREATE TABLE accounts (
    id                    uuid PRIMARY KEY,               -- chosen by the client
    login                 text NOT NULL UNIQUE,           -- operational: normalised e-mail
    role                  text NOT NULL CHECK (role IN ('PATIENT', 'PRACTITIONER', 'SECRETARY')),
    kdf_setup             bytea NOT NULL,                 -- public-ish: Argon2id costs + salt
    auth_verifier         bytea NOT NULL,                 -- hash of the password-derived auth key
    recovery_verifier     bytea NOT NULL,                 -- hash of the recovery-code auth key
    key_bundle            bytea NOT NULL,                 -- ciphertext: private keys under the password
    recovery_key_bundle   bytea NOT NULL,                 -- ciphertext: private keys under the recovery code
    encryption_public_key bytea NOT NULL,                 -- public: X-Wing
    signing_public_key    bytea NOT NULL,                 -- public: Ed25519
    created_at            timestamptz NOT NULL
);

-- Sessions are random tokens; only their SHA-256 is stored.
CREATE TABLE sessions (
    token_hash  bytea PRIMARY KEY,
    account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- The patient's vault: profile, relatives, appointment list (booking ids, data keys, cancel
-- secrets). One ciphertext, versioned for optimistic concurrency.
CREATE TABLE vaults (
    account_id  uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    version     bigint NOT NULL,
    ciphertext  bytea NOT NULL
);

-- Practices: public profiles.
CREATE TABLE practices (
    id             uuid PRIMARY KEY,
    name           text NOT NULL,
    practitioners  text[] NOT NULL,
    specialty      text NOT NULL,
    address        text NOT NULL,
    postcode       text NOT NULL,
    city           text NOT NULL,
    latitude       double precision NOT NULL,
    longitude      double precision NOT NULL,
    languages      text[] NOT NULL,
    phone          text NOT NULL,
    time_zone      text NOT NULL,
    created_at     timestamptz NOT NULL
);
CREATE INDEX practices_specialty_geo ON practices (specialty, latitude, longitude);
CREATE INDEX practices_geo ON practices (latitude, longitude);

-- Every version of a practice's public key (X-Wing). The newest is the one to encrypt to.
CREATE TABLE practice_keys (
    practice_id  uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    version      integer NOT NULL CHECK (version >= 1),
    public_key   bytea NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (practice_id, version)
);

-- Membership is not sensitive (practitioners and secretaries are the practice's staff).
CREATE TABLE practice_members (
    practice_id  uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    account_id   uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role         text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
    PRIMARY KEY (practice_id, account_id)
);
CREATE INDEX practice_members_account ON practice_members (account_id);

-- The practice private key of each version, HPKE-wrapped to each member's X-Wing key.
CREATE TABLE practice_member_keys (
    practice_id  uuid NOT NULL,
    version      integer NOT NULL,
    account_id   uuid NOT NULL,
    wrapped_key  bytea NOT NULL,                          -- ciphertext
    PRIMARY KEY (practice_id, version, account_id),
    FOREIGN KEY (practice_id, version) REFERENCES practice_keys (practice_id, version) ON DELETE CASCADE,
    FOREIGN KEY (practice_id, account_id) REFERENCES practice_members (practice_id, account_id) ON DELETE CASCADE
);

-- Availability: public.
CREATE TABLE visit_types (
    id                     uuid PRIMARY KEY,
    practice_id            uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    name                   text NOT NULL,
    duration_minutes       integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    bookable_online        boolean NOT NULL,
    capacity               integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    follow_up_visit_type   uuid REFERENCES visit_types (id) ON DELETE SET NULL,
    follow_up_min_days     integer,
    follow_up_max_days     integer,
    active                 boolean NOT NULL DEFAULT true
);
CREATE INDEX visit_types_practice ON visit_types (practice_id);

CREATE TABLE opening_rules (
    id             uuid PRIMARY KEY,
    visit_type_id  uuid NOT NULL REFERENCES visit_types (id) ON DELETE CASCADE,
    day_of_week    smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),   -- ISO: 1 = Monday
    start_time     time NOT NULL,
    end_time       time NOT NULL CHECK (end_time > start_time),
    valid_from     date,
    valid_until    date
);
CREATE INDEX opening_rules_visit_type ON opening_rules (visit_type_id);

CREATE TABLE closures (
    id             uuid PRIMARY KEY,
    practice_id    uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    visit_type_id  uuid REFERENCES visit_types (id) ON DELETE CASCADE,    -- null: whole practice
    from_date      date NOT NULL,
    until_date     date NOT NULL CHECK (until_date >= from_date)
);
CREATE INDEX closures_practice ON closures (practice_id);

-- How many parallel lines of a slot are taken. Claimed atomically with
--   INSERT ... ON CONFLICT DO UPDATE SET taken = taken + 1 WHERE taken < capacity.
-- Operational: "a slot of practice X at time T is taken" is inherent to a public agenda.
CREATE TABLE slot_claims (
    visit_type_id  uuid NOT NULL REFERENCES visit_types (id) ON DELETE CASCADE,
    starts_at      timestamptz NOT NULL,
    taken          integer NOT NULL CHECK (taken >= 0),
    PRIMARY KEY (visit_type_id, starts_at)
);

-- Bookings: no account column, no creation time, no client address. The patient reaches a booking
-- through its cancel secret (only its verifier is here); the practice through its membership.
CREATE TABLE bookings (
    id               uuid PRIMARY KEY,                    -- chosen by the client: retries are idempotent
    practice_id      uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    status           text NOT NULL CHECK (status IN
                       ('CONFIRMED', 'CANCELLED_BY_PATIENT', 'CANCELLED_BY_PRACTICE', 'ARRIVED', 'NO_SHOW')),
    key_version      integer NOT NULL,                    -- which practice key the data key is wrapped to
    ciphertext       bytea NOT NULL,                      -- ciphertext: the appointment
    wrapped_key      bytea NOT NULL,                      -- ciphertext: its data key, for the practice
    cancel_verifier  bytea NOT NULL,                      -- hash of the patient's cancel secret
    request_hash     bytea NOT NULL,                      -- hash of the request, to tell a retry from a clash
    origin           text NOT NULL CHECK (origin IN ('PATIENT', 'PRACTICE'))
);
CREATE INDEX bookings_practice ON bookings (practice_id);

-- The one or two slots (dose 1 + dose 2) a booking holds.
CREATE TABLE booking_slots (
    booking_id     uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    visit_type_id  uuid NOT NULL REFERENCES visit_types (id) ON DELETE CASCADE,
    starts_at      timestamptz NOT NULL,
    PRIMARY KEY (booking_id, visit_type_id, starts_at)
);
CREATE INDEX booking_slots_agenda ON booking_slots (visit_type_id, starts_at);
