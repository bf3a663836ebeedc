using Hiring.Agents.Tests.Talent.Search;
using Hiring.Talent.Insights;

namespace Hiring.Agents.Tests.Talent.Insights;

public sealed class TalentInsightsTests : IAsyncLifetime
{
    private readonly SearchHarness _harness = new();
    private TalentInsightsService _service = null!;

    public async Task InitializeAsync()
    {
        await _harness.AddPublicAsync(InsightsPool.All);
        _service = new TalentInsightsService(_harness.Index, _harness.Compiler, new FakeTimeProvider(InsightsPool.Now), new InsightsOptions());
    }

    public Task DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void AnEmptyQueryCoversTheWholePool()
    {
        var insights = _service.Compute("");

        Assert.Equal(6, insights.MatchedProfiles);
        Assert.Equal(6, insights.AnalyzedProfiles);
        Assert.Equal(new DateOnly(2026, 6, 15), insights.AsOf);
    }

    [Fact]
    public void TopLocationsCountPeoplePerCityAndCountry() =>
        Assert.Equal(
            [new("Berlin, DE", 3, 3 / 6d), new("London, GB", 2, 2 / 6d), new("Paris, FR", 1, 1 / 6d)],
            _service.Compute("").TopLocations);

    [Fact]
    public void TopTitlesCountCurrentOrLatestTitles() =>
        Assert.Equal(
            [new("Engineer", 3, 3 / 6d), new("Designer", 1, 1 / 6d), new("Manager", 1, 1 / 6d), new("Senior Engineer", 1, 1 / 6d)],
            _service.Compute("").TopTitles);

    [Fact]
    public void TopSkillsCountCanonicalSkillsOncePerPerson() =>
        Assert.Equal(
            [new("go", 4, 4 / 6d), new("kubernetes", 2, 2 / 6d), new("figma", 1, 1 / 6d), new("microsoft excel", 1, 1 / 6d), new("python", 1, 1 / 6d)],
            _service.Compute("").TopSkills);

    [Fact]
    public void TopCompaniesCountCurrentEmployersOnly() =>
        Assert.Equal(
            [new("Globex", 3, 3 / 6d), new("Acme", 1, 1 / 6d), new("Umbrella", 1, 1 / 6d)],
            _service.Compute("").TopCompanies);

    [Fact]
    public void TalentFlowCountsMovesOfTheLastTwoYears() =>
        Assert.Equal(
            [new("Acme", "Globex", 3), new("Acme", "Umbrella", 1)],
            _service.Compute("").TalentFlows);

    [Fact]
    public void FastGrowingCompaniesHaveMoreJoinsThanLeavesOverAYear() =>
        Assert.Equal(
            [new("Globex", 3, 0, 3), new("Umbrella", 1, 0, 1)],
            _service.Compute("").FastGrowingCompanies);

    [Fact]
    public void ALayoffIsAMonthWithFarMoreDeparturesThanUsual() =>
        Assert.Equal(
            [new("Acme", new DateOnly(2026, 4, 1), 3, 5 / 24d)],
            _service.Compute("").LayoffSignals);

    [Fact]
    public void RecentlyHiredMeansInTheCurrentRoleUnderNinetyDays()
    {
        var insights = _service.Compute("");

        Assert.Equal(2, insights.RecentlyHired);
        Assert.Equal(2 / 6d, insights.RecentlyHiredShare);
    }

    [Fact]
    public void OpenToWorkIsTheShareSignallingIt()
    {
        var insights = _service.Compute("");

        Assert.Equal(2, insights.OpenToWork);
        Assert.Equal(2 / 6d, insights.OpenToWorkShare);
    }

    [Fact]
    public void InsightsCoverOnlyTheProfilesTheQueryMatches()
    {
        var insights = _service.Compute("title:designer");

        Assert.Equal(1, insights.MatchedProfiles);
        Assert.Equal([new("London, GB", 1, 1d)], insights.TopLocations);
        Assert.Equal([new("Acme", 1, 1d)], insights.TopCompanies);
        Assert.Empty(insights.TalentFlows);
        Assert.Empty(insights.LayoffSignals);
    }

    [Fact]
    public void APromotionIsNeitherAMoveNorADeparture()
    {
        var insights = _service.Compute("name:\"person e\"");

        Assert.Empty(insights.TalentFlows);
        Assert.Equal([new("Manager", 1, 1d)], insights.TopTitles);
    }
}
