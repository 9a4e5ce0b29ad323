-- The notifier's keys in the transparency log (docs/protocol.md, "The notifier"): the server
-- logs each key it serves as entry kind 0x05, version log_version, before serving it.
ALTER TABLE notifier_keys ADD COLUMN log_version integer UNIQUE CHECK (log_version >= 1);
