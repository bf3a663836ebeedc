using System.CommandLine;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring db backup --out DIR</c> and <c>hiring db restore --from DIR [--replace]</c> of the embedded data folder.</summary>
public static class DbBackupCommands
{
    public static Command Backup()
    {
        var target = new Option<string>("--out") { Description = "A new or empty folder for the backup.", Required = true };
        var backup = new Command("backup", "Back up the data folder (the database, consistently even while the server runs, and its kept secrets) into a folder with a checksummed manifest.") { target };
        backup.SetAction(result => Report(() =>
        {
            var manifest = DataBackup.Backup(CommonOptions.ResolveDataDir(result), Path.GetFullPath(result.GetValue(target)!), DateTimeOffset.UtcNow);
            foreach (var file in manifest.Files)
            {
                Console.WriteLine($"{file.Name}: {file.Bytes:N0} bytes, sha256 {file.Sha256}");
            }

            Console.WriteLine($"backed up {manifest.Source} at {manifest.TakenAt:u}");
            return Task.CompletedTask;
        }));
        return backup;
    }

    public static Command Restore()
    {
        var from = new Option<string>("--from") { Description = "A folder written by `hiring db backup`.", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Overwrite a data folder that already holds a database (stop the server first)." };
        var restore = new Command("restore", "Restore a backup into the data folder after checking its checksums and integrity, then rebuild the search index (vectors follow when the server runs).") { from, replace };
        restore.SetAction((result, cancellationToken) => Report(async () =>
        {
            var indexed = await DataBackup.RestoreAsync(Path.GetFullPath(result.GetValue(from)!), CommonOptions.ResolveDataDir(result), result.GetValue(replace), cancellationToken);
            foreach (var (pool, count) in indexed)
            {
                Console.WriteLine($"{pool}: {count:N0} profiles indexed");
            }

            Console.WriteLine($"restored into {CommonOptions.ResolveDataDir(result)}");
        }));
        return restore;
    }

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
    }
}
