using System.CommandLine;
using Hiring.Contracts.Talent;
using Hiring.Gateway.Cli;
using Hiring.Talent.Import;

namespace Hiring.Gateway.Tests.Cli;

/// <summary><c>hiring erase</c> on a data folder: the person is erased with a tombstone, and the next import skips them.</summary>
public sealed class EraseCommandTests : IDisposable
{
    private const string Csv = "name,email,headline\nRosalind Okonkwo-Vale,rosalind@example.com,Go engineer\n";

    private readonly string _data = Directory.CreateTempSubdirectory("hiring-erase-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task EraseLeavesATombstoneThatTheNextImportHonoursAndAnUnknownIdExitsWithOne()
    {
        var file = Path.Combine(_data, "ats.csv");
        await File.WriteAllTextAsync(file, Csv);
        Assert.Equal(0, (await RunAsync("import", file, "--tenant", "acme", "--data", _data)).Exit);
        var id = ProfileIdentity.IdFor(new CandidateProfile("", "", "", new Location("", "", ""), [], [], [], false, default, ProfileSource.Public(), default, Email: "rosalind@example.com"));

        var (exit, output, _) = await RunAsync("erase", "--tenant", "acme", "--candidate", id, "--by", "acme/dpo", "--data", _data);
        var (again, reimport, _) = await RunAsync("import", file, "--tenant", "acme", "--data", _data);
        var (unknown, _, error) = await RunAsync("erase", "--tenant", "acme", "--candidate", "em-nobody", "--by", "acme/dpo", "--data", _data);

        Assert.Equal(0, exit);
        Assert.Contains($"tenant:acme: {id} erased", output, StringComparison.Ordinal);
        Assert.Contains("by acme/dpo", output, StringComparison.Ordinal);
        Assert.Equal(1, again);
        Assert.Contains(ImportRejection.ErasedReason, reimport, StringComparison.Ordinal);
        Assert.Equal(1, unknown);
        Assert.Contains("No candidate 'em-nobody'", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await HiringCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
