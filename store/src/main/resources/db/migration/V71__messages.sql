-- Messages (issue 10): short encrypted messages between a patient and a practice, in a thread tied
-- to one booking. The thread id is derived by both ends from the booking's data key, which the
-- server never holds: no column names the booking or an account, and the patient posts with the
-- booking's cancel secret, without a session. No creation time: the sent time is in the ciphertext.
CREATE TABLE messages (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- operational: the order of messages
    id           uuid NOT NULL UNIQUE,                 -- chosen by the client: a retried post is stored once
    thread_id    bytea NOT NULL CHECK (octet_length(thread_id) = 32),
    practice_id  uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    sender       text NOT NULL CHECK (sender IN ('PATIENT', 'PRACTICE')),
    ciphertext   bytea NOT NULL                        -- ciphertext: record "message" under the thread key
);
CREATE INDEX messages_thread ON messages (thread_id, seq);
