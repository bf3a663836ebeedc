namespace Hiring.Storage;

/// <summary>The embedded database's tables. Every statement is idempotent.</summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS schema_info (
            version INTEGER NOT NULL,
            applied_at TEXT NOT NULL
        );
        INSERT INTO schema_info (version, applied_at)
            SELECT 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE NOT EXISTS (SELECT 1 FROM schema_info WHERE version = 1);

        CREATE TABLE IF NOT EXISTS grain_state (
            grain_id TEXT NOT NULL,
            state_name TEXT NOT NULL,
            type_name TEXT NOT NULL,
            type_version INTEGER NOT NULL,
            etag TEXT NOT NULL,
            payload BLOB NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (grain_id, state_name)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS reminders (
            service_id TEXT NOT NULL,
            grain_id TEXT NOT NULL,
            reminder_name TEXT NOT NULL,
            grain_hash INTEGER NOT NULL,
            start_at TEXT NOT NULL,
            period_ticks INTEGER NOT NULL,
            etag TEXT NOT NULL,
            PRIMARY KEY (service_id, grain_id, reminder_name)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS reminders_by_hash ON reminders (service_id, grain_hash);

        CREATE TABLE IF NOT EXISTS log_entries (
            stream_key TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            type TEXT NOT NULL,
            payload TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (stream_key, sequence)
        ) WITHOUT ROWID;
        """;
}
