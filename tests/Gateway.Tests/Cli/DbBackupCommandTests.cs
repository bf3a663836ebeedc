using Hiring.Gateway.Tests.Support;

namespace Hiring.Gateway.Tests.Cli;

/// <summary><c>hiring db backup</c> and <c>restore</c>: a restored folder searches as the original did; damaged or misdirected restores change nothing.</summary>
[Collection(ConsoleCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class DbBackupCommandTests : IDisposable
{
    private const string Resume = """{"basics":{"name":"Ada Acme","email":"ada@example.com","label":"Platform Engineer"},"work":[{"name":"Acme","position":"Platform Engineer","startDate":"2021-01"}],"skills":[{"name":"Kubernetes"}]}""";

    private readonly TempDataDirectory _root = new();

    private string Original => Path.Combine(_root.Path, "data");

    private string Backup => Path.Combine(_root.Path, "backup");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task ARestoredFolderHoldsTheSameProfilesAndSecretsAndSearchesAsTheOriginalDid()
    {
        await ArrangeOriginalAsync();
        var (backedUp, log) = await ConsoleCapture.RunAsync(["db", "backup", "--out", Backup, "--data", Original]);
        Assert.True(backedUp == 0, log);
        Assert.Contains("hiring.db:", log, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Backup, "backup.json")));
        Assert.False(Directory.Exists(Path.Combine(Backup, "index")), "the index is derived and not backed up");

        var restored = Path.Combine(_root.Path, "restored");
        var (exit, output) = await ConsoleCapture.RunAsync(["db", "restore", "--from", Backup, "--data", restored]);

        Assert.True(exit == 0, output);
        Assert.Contains("public: 40 profiles indexed", output, StringComparison.Ordinal);
        Assert.Contains("tenant:acme: 1 profiles indexed", output, StringComparison.Ordinal);
        Assert.Equal("the-kept-secret", await File.ReadAllTextAsync(Path.Combine(restored, "demo-api-key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(restored, "demo-api-key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(restored, "hiring.db")));
        Assert.Equal(await SearchAsync(Original, "skill:kubernetes", "acme"), await SearchAsync(restored, "skill:kubernetes", "acme"));
        Assert.Equal(await SearchAsync(Original, "title:engineer", null), await SearchAsync(restored, "title:engineer", null));
    }

    [Fact]
    public async Task ADamagedBackupAFolderWithADatabaseAndANonEmptyTargetAreRefusedAndChangeNothing()
    {
        await ArrangeOriginalAsync();
        Assert.Equal(0, (await ConsoleCapture.RunAsync(["db", "backup", "--out", Backup, "--data", Original])).ExitCode);

        var (intoNonEmpty, refusal) = await ConsoleCapture.RunAsync(["db", "backup", "--out", Backup, "--data", Original]);
        Assert.Equal(1, intoNonEmpty);
        Assert.Contains("is not empty", refusal, StringComparison.Ordinal);

        var originalBytes = await File.ReadAllBytesAsync(Path.Combine(Original, "hiring.db"));
        var (overExisting, notReplaced) = await ConsoleCapture.RunAsync(["db", "restore", "--from", Backup, "--data", Original]);
        Assert.Equal(1, overExisting);
        Assert.Contains("pass --replace", notReplaced, StringComparison.Ordinal);
        Assert.Equal(originalBytes, await File.ReadAllBytesAsync(Path.Combine(Original, "hiring.db")));

        var database = Path.Combine(Backup, "hiring.db");
        var bytes = await File.ReadAllBytesAsync(database);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(database, bytes);
        var target = Path.Combine(_root.Path, "never");
        var (damaged, said) = await ConsoleCapture.RunAsync(["db", "restore", "--from", Backup, "--data", target]);
        Assert.Equal(1, damaged);
        Assert.Contains("hiring.db in", said, StringComparison.Ordinal);
        Assert.Contains("differs from the backup's manifest", said, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));

        var (notABackup, why) = await ConsoleCapture.RunAsync(["db", "restore", "--from", Original, "--data", target]);
        Assert.Equal(1, notABackup);
        Assert.Contains("is not a backup folder", why, StringComparison.Ordinal);
    }

    private async Task ArrangeOriginalAsync()
    {
        Assert.Equal(0, (await ConsoleCapture.RunAsync(["seed", "--profiles", "40", "--seed", "3", "--data", Original])).ExitCode);
        var file = Path.Combine(_root.Path, "ada.json");
        await File.WriteAllTextAsync(file, Resume);
        var (imported, output) = await ConsoleCapture.RunAsync(["import", file, "--tenant", "acme", "--data", Original]);
        Assert.True(imported == 0, output);
        var secret = Path.Combine(Original, "demo-api-key");
        await File.WriteAllTextAsync(secret, "the-kept-secret");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static async Task<string> SearchAsync(string data, string query, string? tenant)
    {
        string[] args = tenant is null ? ["search", query, "--top", "10", "--keywords-only", "--data", data] : ["search", query, "--tenant", tenant, "--top", "10", "--keywords-only", "--data", data];
        var (exit, output) = await ConsoleCapture.RunAsync(args);
        Assert.True(exit == 0, output);
        Assert.Contains("1.", output, StringComparison.Ordinal);
        return output;
    }
}
