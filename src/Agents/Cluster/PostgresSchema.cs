using Npgsql;

namespace Hiring.Agents.Cluster;

/// <summary>
/// Creates or updates the PostgreSQL schema of cluster mode: the tables and queries of Orleans' ADO.NET clustering
/// and reminders (orleans-postgres.sql), the log store's tables (log-postgres.sql), the grain state table
/// (state-postgres.sql) and the talent pools' tables (talent-postgres.sql), all embedded. Idempotent, and safe when several nodes run it at once: it runs in one transaction under an advisory lock.
/// </summary>
public static class PostgresSchema
{
    private static readonly string[] ScriptResources = ["hiring/orleans-postgres.sql", "hiring/log-postgres.sql", "hiring/state-postgres.sql", "hiring/talent-postgres.sql"];

    // Any constant both migrating processes agree on; it only serializes concurrent migrations.
    private const long MigrationLock = 0x48_69_72_69_6E_67;

    /// <summary>The tables the schema owns, for <c>hiring db info</c> and the tests.</summary>
    public static readonly IReadOnlyList<string> Tables =
        ["orleansquery", "orleansmembershipversiontable", "orleansmembershiptable", "orleansreminderstable", "hiring_log_streams", "hiring_log_entries", "hiring_grain_state",
        "hiring_talent_profiles", "hiring_talent_changes", "hiring_talent_protected_attributes", "hiring_talent_tombstones"];

    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({MigrationLock})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var resource in ScriptResources)
        {
            await using var command = new NpgsqlCommand(await ReadScriptAsync(resource, cancellationToken), connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Null when the database answers and holds the schema; otherwise what is wrong, in words an operator can act on.
    /// Used by <c>/readyz</c>: a node whose database is gone, or was never migrated, is not ready.
    /// </summary>
    public static async Task<string?> ProblemAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY(@tables)", connection);
            command.Parameters.AddWithValue("tables", Tables.ToArray());
            var found = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            return found == Tables.Count ? null : $"the cluster schema is missing ({found} of {Tables.Count} tables): run `hiring db migrate`";
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return $"PostgreSQL does not answer: {e.Message}";
        }
    }

    private static async Task<string> ReadScriptAsync(string resource, CancellationToken cancellationToken)
    {
        await using var stream = typeof(PostgresSchema).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from {typeof(PostgresSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
