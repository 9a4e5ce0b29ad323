-- Contact verification through the notifier (docs/protocol.md, "Contact verification"): the
-- client seals its address to the notifier, the server seals the code it drew, and keeps only
-- the code's salted hash. No address is written anywhere on the server, not even in a job row.

-- A verification job belongs to an account's pending verification, not to a booking.
ALTER TABLE reminder_jobs ALTER COLUMN booking_id DROP NOT NULL;
ALTER TABLE reminder_jobs DROP CONSTRAINT reminder_jobs_kind_check;
ALTER TABLE reminder_jobs ADD CONSTRAINT reminder_jobs_kind_check
    CHECK (kind IN ('REMINDER', 'NOTICE', 'VERIFICATION'));
-- The code the server drew, sealed by the server to the notifier's key (a public-key seal).
ALTER TABLE reminder_jobs ADD COLUMN sealed_code bytea;
ALTER TABLE reminder_jobs ADD CONSTRAINT reminder_jobs_verification_shape CHECK (
    (kind = 'VERIFICATION') = (booking_id IS NULL)
    AND (kind = 'VERIFICATION') = (sealed_code IS NOT NULL));

-- A pending verification: the code's hash, its expiry and the wrong guesses so far. The row is
-- deleted when the code is confirmed, exhausted or expired; the job row goes once it is sent.
CREATE TABLE contact_verifications (
    id          uuid PRIMARY KEY,               -- the job id, chosen by the client
    account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_salt   bytea NOT NULL CHECK (octet_length(code_salt) = 16),
    code_hash   bytea NOT NULL CHECK (octet_length(code_hash) = 32),
    expires_at  timestamptz NOT NULL,
    attempts    integer NOT NULL DEFAULT 0 CHECK (attempts >= 0)
);
CREATE INDEX contact_verifications_account ON contact_verifications (account_id);

-- The account's flag: when a code sent to the address it sealed came back. Not which address.
ALTER TABLE accounts ADD COLUMN contact_verified_at timestamptz;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aparte_notifier') THEN
    GRANT SELECT (kind, sealed_code) ON reminder_jobs TO aparte_notifier;
  END IF;
END
$$;
