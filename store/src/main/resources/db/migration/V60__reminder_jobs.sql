-- Reminders the operator cannot read (docs/protocol.md, "Reminder jobs").

-- The notifier's public keys, written by the notifier itself when it starts. Public data.
CREATE TABLE notifier_keys (
    key_id      bytea PRIMARY KEY,            -- KeyId of public_key (16 bytes)
    public_key  bytea NOT NULL,
    created_at  timestamptz NOT NULL,
    current     boolean NOT NULL              -- clients seal new jobs to the current key only
);

-- Sealed reminder jobs. The server writes them (for a booking, with its cancel secret) and
-- deletes them (cancel, reschedule); the notifier claims, sends and deletes them.
CREATE TABLE reminder_jobs (
    id               uuid PRIMARY KEY,        -- random, chosen by the client; the record id
    booking_id       uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    due_at           timestamptz NOT NULL,    -- coarse: a multiple of 15 minutes
    sealed           bytea NOT NULL,          -- ciphertext: channel, destination, time, text
    state            text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DEAD')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,             -- back-off after a failed attempt
    lease_until      timestamptz,             -- a notifier holds the job until then
    lease_token      uuid,                    -- which claim holds it
    CHECK (extract(epoch FROM due_at)::bigint % 900 = 0)
);
CREATE INDEX reminder_jobs_due ON reminder_jobs (due_at) WHERE state = 'PENDING';
CREATE INDEX reminder_jobs_booking ON reminder_jobs (booking_id);

-- The notifier's own role: the jobs table without the booking reference, and its key table;
-- nothing else. A deployment grants it to the notifier's login role. Creating a role needs
-- CREATEROLE: without it the migration still applies and docs/operations.md says what to run.
DO $$
BEGIN
  BEGIN
    CREATE ROLE aparte_notifier NOLOGIN;
  EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
    WHEN insufficient_privilege THEN
      RAISE NOTICE 'no CREATEROLE: create the aparte_notifier role by hand';
  END;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aparte_notifier') THEN
    GRANT SELECT (id, due_at, sealed, state, attempts, next_attempt_at, lease_until, lease_token)
      ON reminder_jobs TO aparte_notifier;
    GRANT UPDATE (due_at, state, attempts, next_attempt_at, lease_until, lease_token)
      ON reminder_jobs TO aparte_notifier;
    GRANT DELETE ON reminder_jobs TO aparte_notifier;
    GRANT SELECT, INSERT, UPDATE ON notifier_keys TO aparte_notifier;
  END IF;
END
$$;
