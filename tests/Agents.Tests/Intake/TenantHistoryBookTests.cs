using Hiring.Agents.Intake;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Intake;

public sealed class TenantHistoryBookTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TenantHistoryState _state = new();

    private TenantHistoryBook Book => new(_state, _clock);

    private static JobSpec Spec(string title, string normalized) => new(title, normalized, "senior", ["Berlin"], RemotePolicy.OnSite, EmploymentType.FullTime, "", []);

    [Fact]
    public void SimilarProjectsMatchTheNormalizedTitleMostRecentFirst()
    {
        Book.RecordProject("p1", "acme/rita", Spec("Backend Engineer", "backend engineer"));
        _clock.Advance(TimeSpan.FromDays(1));
        Book.RecordProject("p2", "acme/rita", Spec("Senior Backend Developer", "backend engineer"));
        Book.RecordProject("p3", "acme/rita", Spec("Data Scientist", "data scientist"));

        Assert.Equal(["p2", "p1"], Book.SimilarProjects("Backend Engineer", 5).Select(p => p.ProjectId));
        Assert.Equal(["p2"], Book.SimilarProjects("backend engineer", 1).Select(p => p.ProjectId));
    }

    [Fact]
    public void RecordingAProjectAgainReplacesIt()
    {
        Book.RecordProject("p1", "acme/rita", Spec("Backend Engineer", "backend engineer"));
        Book.RecordProject("p1", "acme/rita", Spec("Frontend Engineer", "frontend engineer"));

        Assert.Equal("frontend engineer", Assert.Single(_state.Projects).Spec.NormalizedTitle);
    }

    [Fact]
    public void TheHistoryKeepsOnlyTheMostRecentProjects()
    {
        for (var i = 0; i < TenantHistoryBook.MaxProjects + 5; i++)
        {
            Book.RecordProject($"p{i}", "acme/rita", Spec("Backend Engineer", "backend engineer"));
        }

        Assert.Equal(TenantHistoryBook.MaxProjects, _state.Projects.Count);
        Assert.Equal("p5", _state.Projects[0].ProjectId);
    }

    [Fact]
    public void ProjectsListsEveryTitleMostRecentFirstUpToMax()
    {
        Book.RecordProject("p1", "acme/rita", Spec("Backend Engineer", "backend engineer"));
        _clock.Advance(TimeSpan.FromDays(1));
        Book.RecordProject("p2", "acme/sam", Spec("Data Scientist", "data scientist"));
        _clock.Advance(TimeSpan.FromDays(1));
        Book.RecordProject("p3", "acme/rita", Spec("Product Designer", "product designer"));

        Assert.Equal(["p3", "p2", "p1"], Book.Projects(10).Select(p => p.ProjectId));
        Assert.Equal(["p3"], Book.Projects(1).Select(p => p.ProjectId));
        Assert.Empty(Book.Projects(0));
    }

    [Fact]
    public void PastHireSkillsAreTheMostCommonFirstForThatTitleOnly()
    {
        Book.RecordHire("h1", "Backend Engineer", ["Go", "Docker"]);
        Book.RecordHire("h2", "backend engineer", ["docker", "postgresql"]);
        Book.RecordHire("h3", "data scientist", ["python"]);

        Assert.Equal(["docker", "go", "postgresql"], Book.PastHireSkills("backend engineer"));
    }
}
