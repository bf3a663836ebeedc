using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>The project calls intake makes (a port over <see cref="IHiringProject"/>, so tests need no grain of that interface).</summary>
public interface IIntakeProject
{
    Task<ProjectSnapshot> Snapshot();

    Task<ProjectSnapshot> Create(string owner, JobSpec spec, IReadOnlyList<Qualification> proposed);

    Task<IReadOnlyList<Qualification>> Propose(IReadOnlyList<Qualification> qualifications);

    Task<IReadOnlyList<Qualification>> Decide(QualificationChange change);

    Task<ProjectSnapshot> UpdateSpec(JobSpec spec);
}
