using Hiring.Agents.Cluster;
using Hiring.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hiring.Gateway.Cli;

/// <summary>
/// Moves an embedded data folder's shared state into cluster mode's PostgreSQL: grain state, the append-only logs,
/// reminders and the talent pools (profiles, protected attributes, tombstones), which every node must see. All of it is written in one PostgreSQL transaction, so a failed move leaves
/// the cluster database as it was; the SQLite file is opened read-only and read in one snapshot, so a folder still in
/// use yields a consistent copy and is never changed. The Lucene indexes are not copied: each node's index follows the
/// moved pools by itself (TalentIndexFollower).
/// </summary>
public static class PostgresMove
{
    // Exclusive locks keep a node started too early from writing between the emptiness check and the copy.
    private const string LockSql = """
        LOCK TABLE hiring_grain_state, hiring_log_streams, hiring_log_entries, OrleansRemindersTable,
            hiring_talent_profiles, hiring_talent_changes, hiring_talent_protected_attributes, hiring_talent_tombstones IN EXCLUSIVE MODE
        """;

    private const string OccupiedSql = """
        SELECT EXISTS (SELECT 1 FROM hiring_grain_state) OR EXISTS (SELECT 1 FROM hiring_log_streams)
            OR EXISTS (SELECT 1 FROM hiring_log_entries) OR EXISTS (SELECT 1 FROM OrleansRemindersTable WHERE ServiceId = @svc)
            OR EXISTS (SELECT 1 FROM hiring_talent_changes) OR EXISTS (SELECT 1 FROM hiring_talent_protected_attributes)
        """;

    /// <summary>
    /// Applies the cluster schema, then copies <paramref name="dataDirectory"/>'s grain state, log entries, reminders
    /// (under <paramref name="serviceId"/>) and talent pools into an empty cluster database. Throws <see cref="MoveException"/>, having
    /// written nothing, when the folder holds no database or the cluster database already holds Hiring state.
    /// </summary>
    public static async Task<MoveCounts> MoveAsync(string dataDirectory, string connectionString, string serviceId, CancellationToken cancellationToken)
    {
        var file = Path.Combine(dataDirectory, StorageNames.DatabaseFileName);
        if (!File.Exists(file))
        {
            throw new MoveException($"{dataDirectory} holds no database ({StorageNames.DatabaseFileName}); nothing to move.");
        }

        await PostgresSchema.MigrateAsync(connectionString, cancellationToken);
        using var source = DataBackup.Connect(file, SqliteOpenMode.ReadOnly);
        using var snapshot = source.BeginTransaction(deferred: true);
        await using var target = new NpgsqlConnection(connectionString);
        await target.OpenAsync(cancellationToken);
        await using var transaction = await target.BeginTransactionAsync(cancellationToken);
        await RefuseOccupiedAsync(target, serviceId, cancellationToken);

        var copy = new PostgresMoveCopy(source, target, cancellationToken);
        var grainStates = await copy.GrainStateAsync();
        var logs = await copy.LogEntriesAsync();
        var reminders = await copy.RemindersAsync(serviceId);
        var talent = await new PostgresMoveTalent(source, target, cancellationToken).CopyAsync();

        await transaction.CommitAsync(cancellationToken);
        return new MoveCounts(grainStates, logs.Entries, logs.Streams, logs.Redacted, reminders, talent.Profiles, talent.Attributes, talent.Tombstones);
    }

    private static async Task RefuseOccupiedAsync(NpgsqlConnection target, string serviceId, CancellationToken cancellationToken)
    {
        await using (var lockTables = new NpgsqlCommand(LockSql, target))
        {
            await lockTables.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var occupied = new NpgsqlCommand(OccupiedSql, target);
        occupied.Parameters.AddWithValue("svc", serviceId);
        if ((bool)(await occupied.ExecuteScalarAsync(cancellationToken))!)
        {
            var server = new NpgsqlConnectionStringBuilder(target.ConnectionString);
            throw new MoveException(
                $"{server.Host}:{server.Port}/{server.Database} already holds Hiring grain state, log entries, reminders (service id {serviceId}) or talent pools; " +
                "a folder moves only into an empty cluster database. Nothing was written.");
        }
    }
}

/// <summary>What a move copied, per kind.</summary>
public sealed record MoveCounts(
    long GrainStates, long LogEntries, long LogStreams, long RedactedEntries, long Reminders, long TalentProfiles, long ProtectedAttributes, long Tombstones);

/// <summary>A move refused, with the reason; nothing was written to PostgreSQL.</summary>
public sealed class MoveException(string message) : Exception(message);
