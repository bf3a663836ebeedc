using System.CommandLine;
using Hiring.Agents.Persistence;
using Hiring.Gateway.Cli;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;

namespace Hiring.Gateway.Tests.Cli;

public sealed class TalentCommandTests : IDisposable
{
    private readonly TempDataDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Data => Path.Combine(_folder.Path, "data");

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await HiringCommandLine.Create().Parse([.. args, "--data", Data]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exitCode, output.ToString());
    }

    private Task<long> CountAsync(TalentPoolScope scope) =>
        new SqliteProfileStore(new ProfileStoreInitializer(new SqliteDatabase(Data))).CountAsync(scope);

    [Fact]
    public async Task SeedStoresTheProfilesAndWritesTheGroundTruthFile()
    {
        var (exitCode, output) = await RunAsync("seed", "--profiles", "1500", "--seed", "3", "--as-of", "2026-11");

        Assert.Equal(0, exitCode);
        Assert.Contains("1,500 / 1,500 profiles (100%", output, StringComparison.Ordinal);
        Assert.Contains("1,500 inserted, 0 updated; the public pool holds 1,500 profiles", output, StringComparison.Ordinal);
        Assert.Equal(1500, await CountAsync(TalentPoolScope.Public));
        Assert.Equal(1500, File.ReadLines(Path.Combine(Data, "synthetic", "ground-truth-seed3.jsonl")).Count());
    }

    [Fact]
    public async Task SeedRefusesAMalformedAsOfMonth()
    {
        var (exitCode, output) = await RunAsync("seed", "--profiles", "10", "--as-of", "November");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--as-of 'November' is not a month like 2026-11.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPrintsCountsAndEveryRejectionWithFileAndRow()
    {
        var csv = _folder.Write("people.csv", "name,email\nAnn One,ann@example.com\n,nobody@example.com\n");

        var (exitCode, output) = await RunAsync("import", csv, "--tenant", "acme");

        Assert.Equal(0, exitCode);
        Assert.Contains("tenant:acme: imported 1, updated 0, rejected 1", output, StringComparison.Ordinal);
        Assert.Contains($"rejected {csv} (row 3): name is empty", output, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(TalentPoolScope.Private("acme")));
        Assert.Equal(0, await CountAsync(TalentPoolScope.Public));
    }

    [Fact]
    public async Task ImportingTheSameFileTwiceUpdates()
    {
        var json = _folder.Write("ann.json", """{"basics":{"name":"Ann One","email":"ann@example.com"}}""");
        await RunAsync("import", json);

        var (exitCode, output) = await RunAsync("import", json);

        Assert.Equal(0, exitCode);
        Assert.Contains("public: imported 0, updated 1, rejected 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportExitsNonZeroWhenEverythingWasRejected()
    {
        var broken = _folder.Write("broken.json", "{\"basics\":");

        var (exitCode, output) = await RunAsync("import", broken, Path.Combine(_folder.Path, "missing.csv"));

        Assert.Equal(1, exitCode);
        Assert.Contains("rejected 2", output, StringComparison.Ordinal);
        Assert.Contains("file not found", output, StringComparison.Ordinal);
    }
}
