using System.CommandLine;
using Hiring.Agents.Persistence;
using Hiring.Storage;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring db info|check</c>: look at the embedded database without starting the server.</summary>
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

        var db = new Command("db", "Inspect the embedded SQLite database.") { info, check };
        db.TreatUnmatchedTokensAsErrors = true;
        return db;
    }
}
