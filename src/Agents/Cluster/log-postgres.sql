-- Hiring's append-only log store in cluster mode (PostgresLogStore): events, ledgers, memory, contact ledgers,
-- actions, shared by every node so a grain that moves finds its logs.
--
-- A stream's head row holds its last sequence; an append locks it, so writers on different nodes take turns and
-- sequences stay gapless. Stream keys are COLLATE "C": compared and ordered by code point, as the store promises
-- (ordinal, as in SQLite) and whatever the database's own collation.
--
-- Idempotent: `hiring db migrate` runs it on every call.

CREATE TABLE IF NOT EXISTS hiring_log_streams
(
    stream_key text COLLATE "C" NOT NULL PRIMARY KEY,
    last_sequence bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS hiring_log_entries
(
    stream_key text COLLATE "C" NOT NULL,
    sequence bigint NOT NULL,
    type text NOT NULL,
    payload text NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (stream_key, sequence)
);
