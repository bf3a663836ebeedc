-- Grain state in cluster mode (PostgresGrainStorage): one row per grain and state name, as in the embedded SQLite
-- store's grain_state, with the state's type/version tag and an ETag for optimistic concurrency. A state write and
-- the log entries that announce it commit in one transaction with hiring_log_entries (log-postgres.sql).
-- Keys are COLLATE "C", as the log's are: compared by code point, whatever the database's own collation.
--
-- Idempotent: `hiring db migrate` runs it on every call.

CREATE TABLE IF NOT EXISTS hiring_grain_state
(
    grain_id text COLLATE "C" NOT NULL,
    state_name text COLLATE "C" NOT NULL,
    type_name text NOT NULL,
    type_version integer NOT NULL,
    etag text NOT NULL,
    payload bytea NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (grain_id, state_name)
);
