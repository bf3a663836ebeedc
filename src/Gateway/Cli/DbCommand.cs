using System.CommandLine;
using Hiring.Agents.Cluster;
using Hiring.Agents.Persistence;
using Hiring.Storage;
using Npgsql;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring db info|check|backup|restore|migrate|move-to-postgres</c>: look at, back up and restore the embedded database without starting the server; create the cluster schema and move a folder into it.</summary>
public static class DbCommand
{
    private static readonly string[] Tables = ["grain_state", "reminders", "log_entries"];

    public static Command Create()
    {
        var info = new Command("info", "Print the database file, its size and the rows in each table.");
        info.SetAction(result =>
        {
            var database = new SqliteDatabase(CommonOptions.ResolveDataDir(result));
            using var connection = database.Open();
            Console.WriteLine($"database: {database.FilePath} ({new FileInfo(database.FilePath).Length:N0} bytes)");
            foreach (var table in Tables)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT count(*) FROM {table}";
                Console.WriteLine($"{table}: {command.ExecuteScalar()} rows");
            }

            return 0;
        });

        var check = new Command("check", "Run SQLite's integrity check; exits 1 when the file is damaged.");
        check.SetAction(result =>
        {
            var database = new SqliteDatabase(CommonOptions.ResolveDataDir(result));
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var verdict = command.ExecuteScalar() as string;
            Console.WriteLine($"{database.FilePath}: {verdict}");
            return verdict == "ok" ? 0 : 1;
        });

        var db = new Command("db", "Inspect, back up and restore the embedded SQLite database; create or update the PostgreSQL schema of cluster mode.") { info, check, DbBackupCommands.Backup(), DbBackupCommands.Restore(), Migrate(), DbMoveCommand.Create() };
        db.TreatUnmatchedTokensAsErrors = true;
        return db;
    }

    /// <summary><c>hiring db migrate [--connection CS]</c>: applies the cluster schema; idempotent, so every deployment may run it.</summary>
    private static Command Migrate()
    {
        var connection = ConnectionOption();
        var migrate = new Command("migrate", "Create or update the PostgreSQL tables and queries of Orleans' clustering, grain state and reminders, and the log store's tables.") { connection };
        migrate.SetAction(async (result, cancellationToken) =>
        {
            if (ConnectionString(result, connection) is not { } connectionString)
            {
                return 2;
            }

            await PostgresSchema.MigrateAsync(connectionString, cancellationToken);
            var server = new NpgsqlConnectionStringBuilder(connectionString);
            Console.WriteLine($"migrated: {server.Host}:{server.Port}/{server.Database} ({string.Join(", ", PostgresSchema.Tables)})");
            return 0;
        });
        return migrate;
    }

    /// <summary><c>--connection</c>: the cluster database, for the commands that write it.</summary>
    internal static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = $"PostgreSQL connection string (Npgsql format). Default: {ClusterSettings.ConnectionStringKey} from the environment (Hiring__Cluster__ConnectionString).",
    };

    /// <summary>The connection string from <c>--connection</c>, else the environment cluster mode reads; null (having said what is missing) when neither gives one.</summary>
    internal static string? ConnectionString(ParseResult result, Option<string?> connection)
    {
        var connectionString = result.GetValue(connection) ?? Environment.GetEnvironmentVariable("Hiring__Cluster__ConnectionString");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Console.Error.WriteLine($"No connection string: pass --connection or set {ClusterSettings.ConnectionStringKey} (Hiring__Cluster__ConnectionString).");
            return null;
        }

        return connectionString;
    }
}
