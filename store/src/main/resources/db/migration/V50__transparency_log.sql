-- The transparency log (RFC 9162). Everything here is public: entries hold public keys and their
-- owners' ids, hashes are hashes of those. See docs/protocol.md, "Transparency log".

-- Entries acknowledged but not yet in the tree. A caller inserts here in its own transaction (a key
-- registration and its log entry commit together); the sequencer moves rows into log_entries in
-- id order and deletes them in the same transaction, so a crash loses or reorders nothing.
CREATE TABLE log_pending (
    id         bigserial PRIMARY KEY,
    entry      bytea NOT NULL,
    queued_at  timestamptz NOT NULL
);

-- The sequenced log: leaf_index is the entry's final, permanent position.
CREATE TABLE log_entries (
    leaf_index  bigint PRIMARY KEY CHECK (leaf_index >= 0),
    entry       bytea NOT NULL,
    leaf_hash   bytea NOT NULL CHECK (length(leaf_hash) = 32)
);
CREATE INDEX log_entries_leaf_hash ON log_entries (leaf_hash);

-- Every complete subtree's hash (level 0 = leaves), written once when its last leaf arrives. A
-- proof reads O(log n) of these in one query instead of rebuilding the tree.
CREATE TABLE log_nodes (
    level       smallint NOT NULL CHECK (level BETWEEN 0 AND 62),
    node_index  bigint NOT NULL CHECK (node_index >= 0),
    hash        bytea NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, node_index)
);

-- Signed tree heads as published; the newest is what GET /v1/log/tree-head serves.
CREATE TABLE log_tree_heads (
    tree_size     bigint PRIMARY KEY CHECK (tree_size >= 0),
    root_hash     bytea NOT NULL CHECK (length(root_hash) = 32),
    timestamp_ms  bigint NOT NULL,
    signature     bytea NOT NULL
);

-- Which log entry records which key version, so GET /v1/log/keys/... finds its leaf without
-- scanning: the leaf hash is known when the entry is queued, its index once it is sequenced.
CREATE TABLE log_key_directory (
    kind        smallint NOT NULL,
    subject_id  uuid NOT NULL,
    version     integer NOT NULL CHECK (version >= 1),
    leaf_hash   bytea NOT NULL CHECK (length(leaf_hash) = 32),
    PRIMARY KEY (kind, subject_id, version)
);
