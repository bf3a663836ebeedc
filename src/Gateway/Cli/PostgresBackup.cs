using Npgsql;

namespace Hiring.Gateway.Cli;

/// <summary>
/// <c>hiring db backup</c> and <c>restore</c> in cluster mode: the whole database (Orleans' tables, grain state, reminders,
/// the logs and the talent pools) as one <c>pg_dump</c> archive in a folder with the same checksummed manifest as an
/// embedded backup. PostgreSQL's own tools take the consistent snapshot and read the archive back; the nodes may keep
/// running during a backup. A restore goes into an empty database, or with <c>--replace</c> over one whose nodes are stopped.
/// </summary>
public static class PostgresBackup
{
    public const string DumpName = "hiring.pgdump";

    public static async Task<BackupManifest> BackupAsync(string connectionString, string target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DataBackup.PrepareTarget(target);
        var dump = Path.Combine(target, DumpName);
        await PostgresTools.RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", $"--file={dump}"], cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dump, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var manifest = new BackupManifest(1, now, Describe(connectionString), [DataBackup.Describe(dump)]);
        DataBackup.WriteManifest(target, manifest);
        return manifest;
    }

    /// <summary>Restores after checking the checksums and that <c>pg_restore</c> reads the archive; refuses a database that holds tables unless <paramref name="replace"/>.</summary>
    public static async Task RestoreAsync(string backup, string connectionString, bool replace, CancellationToken cancellationToken)
    {
        var manifest = DataBackup.ReadManifest(backup, DumpName);
        DataBackup.VerifyFiles(backup, manifest);
        var dump = Path.Combine(backup, DumpName);
        await PostgresTools.RunAsync("pg_restore", null, ["--list", dump], cancellationToken);
        if (!replace && await TablesAsync(connectionString, cancellationToken) is > 0 and var tables)
        {
            throw new BackupException($"{Describe(connectionString)} already holds {tables} tables; stop every node and pass --replace to overwrite them.");
        }

        // One transaction: a restore that fails part-way leaves the database as it was.
        IEnumerable<string> options = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"];
        await PostgresTools.RunAsync("pg_restore", connectionString, [.. options, .. replace ? ["--clean", "--if-exists"] : Array.Empty<string>(), dump], cancellationToken);
    }

    public static string Describe(string connectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{server.Host}:{server.Port}/{server.Database}";
    }

    private static async Task<long> TablesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
