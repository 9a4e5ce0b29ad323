-- A practice can report a booking as fake (issue 4, anti-abuse): the booking is cancelled and the
-- report counted per practice and day. The count says how much abuse a practice sees, never who
-- made the booking (the server does not know).
ALTER TABLE bookings ADD COLUMN reported_fake boolean NOT NULL DEFAULT false;   -- operational

CREATE TABLE fake_booking_reports (
    practice_id  uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
    day          date NOT NULL,                                     -- operational (UTC)
    reports      integer NOT NULL CHECK (reports >= 1),
    PRIMARY KEY (practice_id, day)
);
