using Hiring.Agents.Cluster;
using Hiring.Gateway.Cli;
using Hiring.Gateway.Tests.Support;

namespace Hiring.Gateway.Tests.Cli;

/// <summary>
/// <c>hiring db backup</c> and <c>restore</c> with a cluster's connection, on a real PostgreSQL: the whole database comes
/// back in another one; a database that holds tables, a damaged archive and an embedded backup are refused and change nothing.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PostgresBackupTests : IAsyncLifetime, IDisposable
{
    private readonly TempDataDirectory _folder = new();
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartAsync("live");

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ABackedUpClusterDatabaseComesBackWholeAndARestoreOverTablesOrFromADamagedArchiveIsRefused()
    {
        await PostgresSchema.MigrateAsync(_postgres.ConnectionString);
        await using (var live = new PostgresLogStore(_postgres.ConnectionString))
        {
            await live.AppendAsync("events/acme/ana", [("note", "first"), ("note", "second")]);
        }

        var backup = Path.Combine(_folder.Path, "backup");
        var (backedUp, said) = await ConsoleCapture.RunAsync(["db", "backup", "--connection", _postgres.ConnectionString, "--out", backup]);
        Assert.True(backedUp == 0, said);
        Assert.Contains($"{PostgresBackup.DumpName}: ", said, StringComparison.Ordinal);
        Assert.Equal([DataBackup.ManifestName, PostgresBackup.DumpName], Directory.EnumerateFiles(backup).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var restored = await _postgres.CreateDatabaseAsync("restored");
        var (restoredExit, restoredSaid) = await ConsoleCapture.RunAsync(["db", "restore", "--connection", restored, "--from", backup]);
        Assert.True(restoredExit == 0, restoredSaid);
        await using (var copy = new PostgresLogStore(restored))
        {
            Assert.Equal(["first", "second"], (await copy.ReadAfterAsync("events/acme/ana", 0, 10)).Select(e => e.Payload));
            // The restored log goes on where it stopped.
            Assert.Equal(3, await copy.AppendAsync("events/acme/ana", "note", "after the restore"));
        }

        // Over tables without --replace: refused, and the database keeps what it holds.
        var (again, againSaid) = await ConsoleCapture.RunAsync(["db", "restore", "--connection", restored, "--from", backup]);
        Assert.Equal(1, again);
        Assert.Contains("--replace", againSaid, StringComparison.Ordinal);

        // A damaged archive: refused before anything is touched, even with --replace.
        var dump = Path.Combine(backup, PostgresBackup.DumpName);
        var bytes = await File.ReadAllBytesAsync(dump);
        bytes[^10] ^= 0xFF;
        await File.WriteAllBytesAsync(dump, bytes);
        var (damaged, damagedSaid) = await ConsoleCapture.RunAsync(["db", "restore", "--connection", restored, "--from", backup, "--replace"]);
        Assert.Equal(1, damaged);
        Assert.Contains("damaged", damagedSaid, StringComparison.Ordinal);

        // An embedded folder's backup is not a cluster's.
        var embedded = Path.Combine(_folder.Path, "embedded");
        Directory.CreateDirectory(embedded);
        await File.WriteAllTextAsync(Path.Combine(embedded, DataBackup.ManifestName), """{"version":1,"takenAt":"2026-12-05T00:00:00Z","source":"/srv/hiring","files":[{"name":"hiring.db","bytes":1,"sha256":"00"}]}""");
        var (wrongMode, wrongModeSaid) = await ConsoleCapture.RunAsync(["db", "restore", "--connection", restored, "--from", embedded, "--replace"]);
        Assert.Equal(1, wrongMode);
        Assert.Contains("other storage mode", wrongModeSaid, StringComparison.Ordinal);

        await using var unchanged = new PostgresLogStore(restored);
        Assert.Equal(["first", "second", "after the restore"], (await unchanged.ReadAfterAsync("events/acme/ana", 0, 10)).Select(e => e.Payload));
    }
}
