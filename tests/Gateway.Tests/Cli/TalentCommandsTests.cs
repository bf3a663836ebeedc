using System.CommandLine;
using System.Text.Json;
using Hiring.Contracts.Talent;
using Hiring.Gateway.Cli;
using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Gateway.Tests.Cli;

public sealed class TalentCommandsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Stored = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _data = Directory.CreateTempSubdirectory("hiring-cli-").FullName;

    public async Task InitializeAsync()
    {
        using var index = new LuceneTalentIndex(new TalentIndexPaths(_data), TalentTaxonomy.LoadDefault());
        await index.IndexAsync(TalentPoolScope.Public, [Profile("k8s-person", "Kim Kube", "Kubernetes", "Berlin")]);
        await index.IndexAsync(TalentPoolScope.Private("acme"), [Profile("acme-person", "Ada Acme", "Kubernetes", "Paris", "acme")]);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SearchPrintsRankedHitsWithWhyEachMatched()
    {
        var (exit, output, _) = await RunAsync("search", "skill:k8s", "--data", _data);

        Assert.Equal(0, exit);
        Assert.Contains("1 matches for \"skill:k8s\"", output, StringComparison.Ordinal);
        Assert.Contains("Kim Kube — Platform Engineer at Initech", output, StringComparison.Ordinal);
        Assert.Contains("why: skill: kubernetes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchWithATenantAddsItsPrivatePool()
    {
        var (_, output, _) = await RunAsync("search", "skill:kubernetes", "--tenant", "acme", "--top", "5", "--data", _data);

        Assert.Contains("Ada Acme", output, StringComparison.Ordinal);
        Assert.Contains("Kim Kube", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPrintsJsonOnRequest()
    {
        var (_, output, _) = await RunAsync("search", "location:berlin", "--json", "--data", _data);

        using var json = JsonDocument.Parse(output);
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal("k8s-person", hit.GetProperty("id").GetString());
        Assert.Equal("location", hit.GetProperty("reasons")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task AMalformedQueryExitsWithTwoAndSaysWhere()
    {
        var (exit, output, error) = await RunAsync("search", "skill:go AND (", "--data", _data);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Malformed query at line 1, column 15", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsightsPrintsTheFiguresOfTheMatchingProfiles()
    {
        var (exit, output, _) = await RunAsync("insights", "skill:kubernetes", "--tenant", "acme", "--data", _data);

        Assert.Equal(0, exit);
        Assert.Contains("2 matching profiles", output, StringComparison.Ordinal);
        Assert.Contains("  Berlin, DE: 1 (50.0%)", output, StringComparison.Ordinal);
        Assert.Contains("Open to work: 1 (50.0%)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexEmbedComputesVectorsThatSemanticSearchThenUses()
    {
        var (embedExit, embedded, _) = await RunAsync("index", "embed", "--data", _data);
        var (_, output, _) = await RunAsync("search", "cloud infrastructure specialist", "--semantic", "--tenant", "acme", "--data", _data);

        Assert.Equal(0, embedExit);
        Assert.Contains("public: done, 1 profiles embedded", embedded, StringComparison.Ordinal);
        Assert.Contains("tenant:acme: done, 1 profiles embedded", embedded, StringComparison.Ordinal);
        Assert.Contains("Kim Kube", output, StringComparison.Ordinal);
        Assert.Contains("Ada Acme", output, StringComparison.Ordinal);
        Assert.Contains("why: meaning: similarity", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await HiringCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static CandidateProfile Profile(string id, string name, string skill, string city, string? tenant = null) => new(
        id,
        name,
        $"{skill} specialist",
        new Location(city, "", city == "Berlin" ? "DE" : "FR"),
        [new Experience("Initech", "Platform Engineer", new DateOnly(2022, 1, 1), null, "")],
        [],
        [skill],
        OpenToWork: tenant is null,
        Stored,
        tenant is null ? ProfileSource.Public() : new ProfileSource(TalentPoolKind.Private, tenant, ProfileOrigin.Applicant),
        Stored);
}
