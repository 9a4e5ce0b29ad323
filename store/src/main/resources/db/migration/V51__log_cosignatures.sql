-- Witnesses' co-signatures of published tree heads (docs/protocol.md, "Witnesses"). Public: a
-- witness key and its Ed25519 signature over a head everyone can fetch.
CREATE TABLE log_cosignatures (
    tree_size    bigint NOT NULL REFERENCES log_tree_heads (tree_size),
    witness_key  bytea NOT NULL CHECK (length(witness_key) = 34),
    cosignature  bytea NOT NULL CHECK (length(cosignature) = 64),
    PRIMARY KEY (witness_key, tree_size)
);
