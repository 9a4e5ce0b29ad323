-- Documents (issue 10): an encrypted file in the blob store, and this row. Every document belongs
-- to a booking; the patient reaches it only with that booking's cancel secret, so no column links
-- it to an account. No creation time either: the date sits in the encrypted metadata.
CREATE TABLE documents (
    id            uuid PRIMARY KEY,                     -- chosen by the client: retries are idempotent
    practice_id   uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    booking_id    uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    direction     text NOT NULL CHECK (direction IN ('TO_PRACTICE', 'TO_PATIENT')),
    key_version   integer NOT NULL CHECK (key_version >= 1),   -- which practice key wrapped_key is for
    wrapped_key   bytea NOT NULL,                       -- ciphertext: the document key, HPKE to the practice
    booking_key   bytea NOT NULL,                       -- ciphertext: the document key under the booking's data key
    metadata      bytea NOT NULL,                       -- ciphertext: record "document-meta" (name, type, size, date)
    blob_id       text NOT NULL UNIQUE,                 -- operational: the blob's random name
    blob_size     bigint NOT NULL CHECK (blob_size >= 0),      -- operational: the ciphertext's length
    request_hash  bytea NOT NULL,                       -- hash of the request, to tell a retry from a clash
    uploaded      boolean NOT NULL DEFAULT false        -- operational: the blob is complete
);
CREATE INDEX documents_practice ON documents (practice_id);
CREATE INDEX documents_booking ON documents (booking_id);
