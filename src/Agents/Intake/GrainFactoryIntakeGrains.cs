using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;

using Hiring.Contracts.Memory;

namespace Hiring.Agents.Intake;

/// <summary>The project and tenant-history grains through the grain factory, keys built by <see cref="GrainKeys"/>.</summary>
public sealed class GrainFactoryIntakeGrains(IGrainFactory grains) : IIntakeGrains
{
    public IIntakeProject Project(string tenant, string projectId) => new ProjectPort(grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, projectId)));

    public IIntakeHistory History(string tenant) => new HistoryPort(grains.GetGrain<ITenantHistory>(tenant));

    public Task<IReadOnlyList<RecalledMemory>> RememberedAbout(string recruiterKey, string role, int max) => grains.GetGrain<IRecruiterMemory>(recruiterKey).Recall(role, max);

    private sealed class ProjectPort(IHiringProject project) : IIntakeProject
    {
        public Task<ProjectSnapshot> Snapshot() => project.Snapshot();

        public Task<ProjectSnapshot> Create(string owner, JobSpec spec, IReadOnlyList<Qualification> proposed) => project.Create(owner, spec, proposed);

        public Task<IReadOnlyList<Qualification>> Propose(IReadOnlyList<Qualification> qualifications) => project.Propose(qualifications);

        public Task<IReadOnlyList<Qualification>> Decide(QualificationChange change) => project.Decide(change);

        public Task<ProjectSnapshot> UpdateSpec(JobSpec spec) => project.UpdateSpec(spec);
    }

    private sealed class HistoryPort(ITenantHistory history) : IIntakeHistory
    {
        public Task RecordProject(string projectId, string owner, JobSpec spec) => history.RecordProject(projectId, owner, spec);

        public Task RecordHire(string projectId, string normalizedTitle, IReadOnlyList<string> skills) => history.RecordHire(projectId, normalizedTitle, skills);

        public Task<IReadOnlyList<PastProject>> SimilarProjects(string title, int max) => history.SimilarProjects(title, max);

        public Task<IReadOnlyList<PastProject>> Projects(int max) => history.Projects(max);

        public Task<IReadOnlyList<string>> PastHireSkills(string normalizedTitle) => history.PastHireSkills(normalizedTitle);
    }
}
