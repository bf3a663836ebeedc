using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>The tenant-history calls intake makes (a port over <see cref="ITenantHistory"/>).</summary>
public interface IIntakeHistory
{
    Task RecordProject(string projectId, string owner, JobSpec spec);

    Task RecordHire(string projectId, string normalizedTitle, IReadOnlyList<string> skills);

    Task<IReadOnlyList<PastProject>> SimilarProjects(string title, int max);

    Task<IReadOnlyList<PastProject>> Projects(int max);

    Task<IReadOnlyList<string>> PastHireSkills(string normalizedTitle);
}
