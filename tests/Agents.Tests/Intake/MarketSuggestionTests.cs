using Hiring.Agents.Intake;
using Hiring.Agents.Tests.Talent;
using Hiring.Agents.Tests.Talent.Insights;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Projects;
using Hiring.Talent.Insights;

namespace Hiring.Agents.Tests.Intake;

public sealed class MarketSuggestionTests : IAsyncLifetime
{
    private static readonly DateOnly Started = new(2022, 1, 1);
    private readonly SearchHarness _search = new();
    private InsightsMarketSkills _market = null!;

    public async Task InitializeAsync()
    {
        await _search.AddPublicAsync(
            Engineer("b1", "Berlin", "Go", "Kubernetes", "Docker", "gRPC"),
            Engineer("b2", "Berlin", "Golang", "Docker", "PostgreSQL"),
            Engineer("b3", "Berlin", "Go", "Docker", "Terraform"),
            Engineer("l1", "London", "Java", "Spring"),
            Engineer("l2", "London", "Java", "Spring"),
            ProfileBuilder.Person("d1").LivesIn("Berlin", "", "DE").Worked("Initech", "Data Scientist", Started).Skills("Python", "Pandas").Build());
        _market = new InsightsMarketSkills(new TalentInsightsService(_search.Index, _search.Compiler, new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)), new InsightsOptions()));
    }

    public Task DisposeAsync()
    {
        _search.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void TopSkillsComeFromProfilesWithTheTitleInThatLocation()
    {
        var skills = _market.TopSkills("backend engineer", "Berlin", "acme");

        Assert.Equal(["docker", "go"], skills.Take(2).Select(s => s.Skill));
        Assert.Equal(1.0, skills[0].Share);
        Assert.DoesNotContain(skills, s => s.Skill is "java" or "python");
    }

    [Fact]
    public void APlaceWithoutSuchProfilesFallsBackToTheTitleAnywhere()
    {
        var skills = _market.TopSkills("backend engineer", "Madrid", "acme");

        Assert.Contains(skills, s => s.Skill == "java");
    }

    [Fact]
    public async Task IntakeSuggestsTheMarketsCommonSkillsThatTheRequestLacks()
    {
        var harness = new Support.IntakeHarness(_market.TopSkills("backend engineer", "Berlin", "acme").ToArray());

        await harness.CreateAsync("p1", "I need a senior backend engineer in Berlin with Go and Kubernetes");

        var suggested = harness.Project("p1").Qualifications.Where(q => q.Origin == QualificationOrigin.MarketInsights).Select(q => q.Subject).ToList();
        Assert.Equal(["docker", "grpc", "postgresql"], suggested);
    }

    private static Contracts.Talent.CandidateProfile Engineer(string id, string city, params string[] skills) =>
        ProfileBuilder.Person(id).LivesIn(city, "", "XX").Worked("Globex", "Backend Engineer", Started).Skills(skills).Build();
}
