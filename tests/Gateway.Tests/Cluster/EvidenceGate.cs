using Npgsql;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// Holds a project's evidence appends once its ledger has <c>after</c> entries: a trigger on the log's stream heads
/// waits on an advisory lock this gate keeps on its own connection until <see cref="OpenAsync"/>. The append it holds
/// has not committed, so a node killed meanwhile leaves the batch unwritten (or, if the append runs on another node,
/// written once the gate opens), and the run cannot finish before the test has done what it waits to do.
/// </summary>
internal sealed class EvidenceGate : IAsyncDisposable
{
    private const long LockKey = 4_711_001;

    private readonly NpgsqlConnection _connection;

    private EvidenceGate(NpgsqlConnection connection) => _connection = connection;

    public static async Task<EvidenceGate> CloseAsync(string connectionString, string streamKey, long after)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            $"""
            CREATE OR REPLACE FUNCTION hiring_test_hold_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.stream_key = '{streamKey.Replace("'", "''", StringComparison.Ordinal)}' AND OLD.last_sequence >= {after} THEN
                    PERFORM pg_advisory_xact_lock_shared({LockKey});
                END IF;
                RETURN NEW;
            END $$;
            CREATE OR REPLACE TRIGGER hiring_test_hold_evidence BEFORE UPDATE ON hiring_log_streams
                FOR EACH ROW EXECUTE FUNCTION hiring_test_hold_evidence();
            SELECT pg_advisory_lock({LockKey});
            """, connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new EvidenceGate(connection);
    }

    /// <summary>Until an append waits at the gate: the batches before it have been applied and checkpointed.</summary>
    public Task WaitUntilHeldAsync(TimeSpan timeout) => Testing.Wait.UntilAsync(
        async () =>
        {
            await using var waiting = new NpgsqlCommand(
                $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 0 AND objid = {LockKey}", _connection);
            return (long)(await waiting.ExecuteScalarAsync())! > 0;
        },
        timeout,
        "an evidence append waits at the gate");

    /// <summary>Lets held and later appends through.</summary>
    public async Task OpenAsync()
    {
        await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", _connection);
        await unlock.ExecuteNonQueryAsync();
    }

    /// <summary>Closing the connection also opens the gate, should the test end before it did.</summary>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
