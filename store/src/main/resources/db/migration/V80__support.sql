-- Support without a back door (docs/protocol.md, "Support access"). The server stores ciphertext,
-- opaque handles, field names and times; the user decides what an agent may read, and every step
-- is also a transparency log entry.

-- Agents are ordinary accounts promoted by the operator's admin command. Its key version is the
-- version of the agent's 0x06 log entry (a removed and re-added agent gets a new one).
CREATE TABLE support_agents (
    account_id   uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    key_version  integer NOT NULL CHECK (key_version >= 1),
    added_at     timestamptz NOT NULL
);

-- The support team's key versions (X-Wing), and each version's private key wrapped to the agents
-- of that time. Any change in the team makes the current version stale until an agent rotates.
CREATE TABLE support_team_keys (
    version     integer PRIMARY KEY CHECK (version >= 1),
    public_key  bytea NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE TABLE support_team_key_wraps (
    version      integer NOT NULL REFERENCES support_team_keys (version),
    agent_id     uuid NOT NULL,
    wrapped_key  bytea NOT NULL,
    PRIMARY KEY (version, agent_id)
);

-- A ticket: its id is random (never the account id); the owner is known to the operator.
CREATE TABLE support_tickets (
    id                uuid PRIMARY KEY,
    owner_id          uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    team_key_version  integer NOT NULL,
    subject           bytea NOT NULL,
    subject_team_key  bytea NOT NULL,
    subject_owner_key bytea NOT NULL,
    created_at        timestamptz NOT NULL
);
CREATE INDEX support_tickets_owner ON support_tickets (owner_id);

-- Records the owner offers to the ticket: opaque handles (HMAC under an owner-only key) and kinds.
CREATE TABLE support_ticket_refs (
    ticket_id  uuid NOT NULL REFERENCES support_tickets (id) ON DELETE CASCADE,
    handle     bytea NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('BOOKING', 'PROFILE')),
    PRIMARY KEY (ticket_id, handle)
);

CREATE TABLE support_messages (
    id                uuid PRIMARY KEY,
    seq               bigserial NOT NULL,
    ticket_id         uuid NOT NULL REFERENCES support_tickets (id) ON DELETE CASCADE,
    agent_id          uuid,
    team_key_version  integer NOT NULL,
    body              bytea NOT NULL,
    body_team_key     bytea NOT NULL,
    body_owner_key    bytea NOT NULL,
    created_at        timestamptz NOT NULL
);
CREATE INDEX support_messages_ticket ON support_messages (ticket_id, seq);

-- An access request and, once approved, its disclosure (one per request; the disclosure id is
-- the request id). The disclosure ciphertext is deleted on revocation and by the expiry job.
CREATE TABLE support_access_requests (
    id                 uuid PRIMARY KEY,
    ticket_id          uuid NOT NULL REFERENCES support_tickets (id) ON DELETE CASCADE,
    agent_id           uuid NOT NULL,
    agent_key_version  integer NOT NULL,
    scope              text NOT NULL,
    team_key_version   integer NOT NULL,
    reason             bytea NOT NULL,
    reason_team_key    bytea NOT NULL,
    reason_owner_key   bytea NOT NULL,
    duration_seconds   bigint NOT NULL CHECK (duration_seconds > 0),
    status             text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'REVOKED',
                                                       'EXPIRED')),
    requested_at       timestamptz NOT NULL,
    decided_at         timestamptz,
    approved_scope     text,
    expires_at         timestamptz,
    disclosure         bytea,
    disclosure_key     bytea
);
CREATE INDEX support_access_requests_ticket ON support_access_requests (ticket_id, requested_at);
CREATE INDEX support_access_requests_expiry ON support_access_requests (expires_at)
    WHERE disclosure IS NOT NULL;

-- The log entries about each ticket, so its owner can list and verify them (the entries are
-- public in the log anyway; this only indexes them by ticket).
CREATE TABLE support_events (
    id          bigserial PRIMARY KEY,
    leaf_hash   bytea NOT NULL,
    ticket_id   uuid NOT NULL,
    entry       bytea NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX support_events_ticket ON support_events (ticket_id, id);
