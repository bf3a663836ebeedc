using System.CommandLine;

namespace Hiring.Gateway.Cli;

/// <summary>
/// <c>hiring db backup --out DIR</c> and <c>hiring db restore --from DIR [--replace]</c>: of the embedded data folder, or,
/// given a cluster's connection (<c>--connection</c> or Hiring__Cluster__ConnectionString), of its PostgreSQL database
/// (<see cref="PostgresBackup"/>).
/// </summary>
public static class DbBackupCommands
{
    public static Command Backup()
    {
        var target = new Option<string>("--out") { Description = "A new or empty folder for the backup.", Required = true };
        var connection = DbCommand.ConnectionOption();
        var backup = new Command("backup", "Back up the data folder (the database, consistently even while the server runs, and its kept secrets), or with a cluster's connection its PostgreSQL database (pg_dump), into a folder with a checksummed manifest.") { target, connection };
        backup.SetAction((result, cancellationToken) => Report(async () =>
        {
            var to = Path.GetFullPath(result.GetValue(target)!);
            var manifest = Cluster(result, connection) is { } connectionString
                ? await PostgresBackup.BackupAsync(connectionString, to, DateTimeOffset.UtcNow, cancellationToken)
                : DataBackup.Backup(CommonOptions.ResolveDataDir(result), to, DateTimeOffset.UtcNow);
            foreach (var file in manifest.Files)
            {
                Console.WriteLine($"{file.Name}: {file.Bytes:N0} bytes, sha256 {file.Sha256}");
            }

            Console.WriteLine($"backed up {manifest.Source} at {manifest.TakenAt:u}");
        }));
        return backup;
    }

    public static Command Restore()
    {
        var from = new Option<string>("--from") { Description = "A folder written by `hiring db backup`.", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Overwrite a data folder that already holds a database, or a cluster database that holds tables (stop the server or every node first)." };
        var connection = DbCommand.ConnectionOption();
        var restore = new Command("restore", "Restore a backup into the data folder after checking its checksums and integrity, then rebuild the search index (vectors follow when the server runs); with a cluster's connection, restore a cluster backup into its PostgreSQL database (pg_restore, in one transaction).") { from, replace, connection };
        restore.SetAction((result, cancellationToken) => Report(async () =>
        {
            var backup = Path.GetFullPath(result.GetValue(from)!);
            if (Cluster(result, connection) is { } connectionString)
            {
                await PostgresBackup.RestoreAsync(backup, connectionString, result.GetValue(replace), cancellationToken);
                // Each node's index remembers how far it followed the pools' change feed; the restored feed starts again.
                Console.WriteLine($"restored into {PostgresBackup.Describe(connectionString)}; start each node with an empty index folder so it indexes the restored pools");
                return;
            }

            var indexed = await DataBackup.RestoreAsync(backup, CommonOptions.ResolveDataDir(result), result.GetValue(replace), cancellationToken);
            foreach (var (pool, count) in indexed)
            {
                Console.WriteLine($"{pool}: {count:N0} profiles indexed");
            }

            Console.WriteLine($"restored into {CommonOptions.ResolveDataDir(result)}");
        }));
        return restore;
    }

    /// <summary>The cluster's connection string when one is given (the option, or the environment as every node reads it); else the embedded folder is meant.</summary>
    private static string? Cluster(ParseResult result, Option<string?> connection) =>
        result.GetValue(connection) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable("Hiring__Cluster__ConnectionString") is { Length: > 0 } set ? set
        : null;

    /// <summary>Runs the step; a refusal prints its reason and exits 1 with nothing changed.</summary>
    private static async Task<int> Report(Func<Task> step)
    {
        try
        {
            await step();
            return 0;
        }
        catch (BackupException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (Npgsql.NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"the cluster's database could not be reached: {e.Message}");
            return 1;
        }
    }
}
