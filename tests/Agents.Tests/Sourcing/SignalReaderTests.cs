using Hiring.Agents.Sourcing;
using Hiring.Agents.Tests.Talent;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Talent;
using Hiring.Talent.Insights;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class SignalReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static CandidateProfile[] Pool() =>
    [
        .. Enumerable.Range(1, 4).Select(i => ProfileBuilder.Person($"left-{i}").Worked("Initech", "Backend Engineer", new DateOnly(2021, 1, 1), new DateOnly(2026, 9, i)).Skills("Go").Build()),
        ProfileBuilder.Person("stays").Worked("Initech", "Backend Engineer", new DateOnly(2020, 3, 1)).Skills("Go").Build(),
        ProfileBuilder.Person("new").Worked("Globex", "Backend Engineer", new DateOnly(2026, 10, 10)).Worked("Hooli", "Backend Engineer", new DateOnly(2019, 1, 1), new DateOnly(2026, 9, 30)).Skills("Go").Build(),
        ProfileBuilder.Person("open").Worked("Umbrella", "Backend Engineer", new DateOnly(2018, 5, 1)).Skills("Go").OpenToWork().Build(),
    ];

    private static async Task<IReadOnlyDictionary<string, CandidateSignals>> Signals(params string[] ids)
    {
        using var harness = new SearchHarness();
        var pool = Pool();
        await harness.AddPublicAsync(pool);
        var clock = new FakeTimeProvider(Now);
        var reader = new SignalReader(new TalentInsightsService(harness.Index, harness.Compiler, clock, new InsightsOptions()), clock, new SourcingOptions());
        return reader.Read(null, pool.Where(p => ids.Contains(p.Id)).ToDictionary(p => p.Id));
    }

    [Fact]
    public async Task SomeoneAtACompanyWithARecentDepartureSpikeCarriesItsLayoffSignal()
    {
        var signals = await Signals("stays", "left-1", "open");

        Assert.Equal(("Initech", new DateOnly(2026, 9, 1), 4), (signals["stays"].LayoffCompany, signals["stays"].LayoffMonth, signals["stays"].LayoffDepartures));
        Assert.Equal("Initech", signals["left-1"].LayoffCompany);
        Assert.Null(signals["open"].LayoffCompany);
    }

    [Fact]
    public async Task DaysInTheCurrentRoleAndOpenToWorkComeFromTheProfile()
    {
        var signals = await Signals("new", "open", "left-2");

        Assert.Equal(22, signals["new"].DaysInRole);
        Assert.True(signals["open"].OpenToWork);
        Assert.False(signals["new"].OpenToWork);
        Assert.Null(signals["left-2"].DaysInRole);
    }
}
