-- A practice member may offer bookings of their practice to a ticket (RefKind.PRACTICE_BOOKING):
-- the practice discloses its own data the same way a patient does.
ALTER TABLE support_ticket_refs DROP CONSTRAINT support_ticket_refs_kind_check;
ALTER TABLE support_ticket_refs
    ADD CONSTRAINT support_ticket_refs_kind_check
    CHECK (kind IN ('BOOKING', 'PRACTICE_BOOKING', 'PROFILE'));
