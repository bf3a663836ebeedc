using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Search;
using static Hiring.Agents.Tests.Talent.ProfileBuilder;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class IndexingTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task IndexingAProfileAgainReplacesIt()
    {
        await _harness.AddPublicAsync(SamplePool.All);

        await _harness.AddPublicAsync(SamplePool.Nurse with { Headline = "Midwife" });

        Assert.Equal(5, Count(""));
        Assert.Equal(["nurse"], _harness.Ids("headline:midwife"));
        Assert.Empty(_harness.Ids("headline:\"intensive care\""));
    }

    [Fact]
    public async Task TheLastCopyOfAnIdInOneBatchWins()
    {
        await _harness.AddPublicAsync(SamplePool.Nurse, SamplePool.Nurse with { Headline = "Midwife" });

        Assert.Equal(["nurse"], _harness.Ids("headline:midwife"));
        Assert.Equal(1, Count(""));
    }

    [Fact]
    public async Task ALargeBatchIsIndexedCompletelyAndReplacedCompletely()
    {
        var profiles = Enumerable.Range(0, 1_500).Select(i => Engineer(i, "Kubernetes")).ToArray();
        await _harness.AddPublicAsync(profiles);

        await _harness.AddPublicAsync([.. profiles.Select((_, i) => Engineer(i, "Rust"))]);

        Assert.Equal(1_500, Count(""));
        Assert.Equal(1_500, Count("skill:rust"));
        Assert.Equal(0, Count("skill:kubernetes"));
    }

    [Fact]
    public void TheStoredCopyKeepsWhatHitsAndInsightsReadButNoContactDetails()
    {
        var profile = SamplePool.Gopher with { Email = "greta@example.com", Phone = "+49 30 123", Summary = new string('x', 2_000) };
        var bytes = StoredProfileCodec.Encode(profile);

        var stored = StoredProfileCodec.Decode(bytes, 0, bytes.Length);

        Assert.Null(stored.Email);
        Assert.Null(stored.Phone);
        Assert.Equal(profile.Experiences.Select(e => (e.Company, e.Title, e.Start, e.End)), stored.Experiences.Select(e => (e.Company, e.Title, e.Start, e.End)));
        Assert.Equal(profile.Skills, stored.Skills);
        Assert.Equal(profile.Location, stored.Location);
        Assert.Equal(ProfileEmbeddingText.Of(profile), ProfileEmbeddingText.Of(stored));
    }

    private long Count(string query) =>
        _harness.Search.Search(new TalentSearchRequest(query, Top: 1, Mode: SearchMode.Boolean)).TotalMatches;

    private static CandidateProfile Engineer(int i, string skill) => Person($"eng-{i:D4}")
        .Worked("Initech", "Engineer", new DateOnly(2020, 1, 1))
        .Skills(skill)
        .Build();

    public void Dispose() => _harness.Dispose();
}
