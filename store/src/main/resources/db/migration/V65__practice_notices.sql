-- Practice-originated notices (docs/protocol.md, "Practice notices"): a sealed job like a
-- reminder, but sent by a practice member after the practice cancelled the booking. Cancelling
-- deletes a booking's reminders, never its notice, which must go out precisely because of it.
ALTER TABLE reminder_jobs
    ADD COLUMN kind text NOT NULL DEFAULT 'REMINDER' CHECK (kind IN ('REMINDER', 'NOTICE'));

-- At most one notice per booking, ever: once sent, the job row is gone, so the booking keeps
-- the mark (a replayed request must not message the patient again).
ALTER TABLE bookings ADD COLUMN notice_sent boolean NOT NULL DEFAULT false;
