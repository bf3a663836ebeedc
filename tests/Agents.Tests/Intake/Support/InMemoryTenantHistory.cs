using Hiring.Agents.Intake;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Intake.Support;

/// <summary>The tenant history grain's logic without the grain.</summary>
internal sealed class InMemoryTenantHistory(TimeProvider clock) : IIntakeHistory
{
    private readonly TenantHistoryBook _book = new(new TenantHistoryState(), clock);

    public Task RecordProject(string projectId, string owner, JobSpec spec)
    {
        _book.RecordProject(projectId, owner, spec);
        return Task.CompletedTask;
    }

    public Task RecordHire(string projectId, string normalizedTitle, IReadOnlyList<string> skills)
    {
        _book.RecordHire(projectId, normalizedTitle, skills);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PastProject>> SimilarProjects(string title, int max) => Task.FromResult(_book.SimilarProjects(title, max));

    public Task<IReadOnlyList<PastProject>> Projects(int max) => Task.FromResult(_book.Projects(max));

    public Task<IReadOnlyList<string>> PastHireSkills(string normalizedTitle) => Task.FromResult(_book.PastHireSkills(normalizedTitle));
}
