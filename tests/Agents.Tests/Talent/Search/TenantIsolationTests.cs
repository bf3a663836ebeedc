using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Search;
using static Hiring.Agents.Tests.Talent.ProfileBuilder;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class TenantIsolationTests : IAsyncLifetime
{
    private readonly SearchHarness _harness = new();

    public async Task InitializeAsync()
    {
        await _harness.AddPublicAsync(Engineer("public-1"));
        await _harness.AddAsync(TalentPoolScope.Private("acme"), Engineer("acme-applicant", "acme"));
        await _harness.AddAsync(TalentPoolScope.Private("globex"), Engineer("globex-applicant", "globex"));
    }

    public Task DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void ATenantSeesThePublicPoolAndItsOwnPrivatePool()
    {
        Assert.Equal(["acme-applicant", "public-1"], _harness.Ids("title:engineer", "acme").Order());
        Assert.Equal(["globex-applicant", "public-1"], _harness.Ids("title:engineer", "globex").Order());
    }

    [Fact]
    public void ASearchWithoutATenantSeesOnlyThePublicPool() =>
        Assert.Equal(["public-1"], _harness.Ids("title:engineer"));

    [Fact]
    public void ATenantWithoutAPrivatePoolSeesOnlyThePublicPool() =>
        Assert.Equal(["public-1"], _harness.Ids("title:engineer", "initech"));

    [Fact]
    public void NaturalLanguageSearchNeverCrossesTenants()
    {
        var ids = _harness.Ids("backend engineer kubernetes", "acme", SearchMode.NaturalLanguage);

        Assert.Equal(["acme-applicant", "public-1"], ids.Order());
    }

    [Fact]
    public void HitsSayWhichPoolTheyCameFrom()
    {
        var hits = _harness.Search.Search(new TalentSearchRequest("title:engineer", "acme", Mode: SearchMode.Boolean)).Hits;

        Assert.Equal("tenant:acme", hits.Single(h => h.Id == "acme-applicant").Pool);
        Assert.Equal("public", hits.Single(h => h.Id == "public-1").Pool);
    }

    [Fact]
    public async Task ATenantNamedPublicIsStillAPrivatePool()
    {
        await _harness.AddAsync(TalentPoolScope.Private("public"), Engineer("sneaky", "public"));

        Assert.Equal(["public-1"], _harness.Ids("title:engineer"));
        Assert.Equal(["public-1"], _harness.Ids("title:engineer", "acme").Except(["acme-applicant"]));
        Assert.Equal(["public-1", "sneaky"], _harness.Ids("title:engineer", "public").Order());
        Assert.Equal(["public-1", "sneaky"], _harness.Ids("backend engineer", "public", SearchMode.NaturalLanguage).Order());
    }

    [Fact]
    public void EachTenantHasItsOwnIndexFolderEvenWithAnOddName()
    {
        var odd = _harness.Paths.IndexOf(TalentPoolScope.Private("../globex"));

        Assert.NotEqual(_harness.Paths.IndexOf(TalentPoolScope.Private("acme")), _harness.Paths.IndexOf(TalentPoolScope.Private("globex")));
        Assert.StartsWith(Path.Combine(_harness.Paths.IndexRoot, "tenants"), Path.GetFullPath(odd), StringComparison.Ordinal);
        Assert.DoesNotContain("..", odd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingAPrivateProfileRemovesItFromThatTenantOnly()
    {
        await _harness.Index.RemoveAsync(TalentPoolScope.Private("acme"), "acme-applicant");

        Assert.Equal(["public-1"], _harness.Ids("title:engineer", "acme"));
        Assert.Equal(["globex-applicant", "public-1"], _harness.Ids("title:engineer", "globex").Order());
    }

    private static CandidateProfile Engineer(string id, string? tenant = null) => Person(id)
        .Headline("Backend engineer, Kubernetes")
        .Worked("Initech", "Backend Engineer", new DateOnly(2021, 1, 1))
        .Skills("Kubernetes")
        .Build(tenant is null ? ProfileSource.Public() : new ProfileSource(TalentPoolKind.Private, tenant, ProfileOrigin.Applicant));
}
