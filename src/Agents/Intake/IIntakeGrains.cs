using Hiring.Contracts.Memory;

namespace Hiring.Agents.Intake;

/// <summary>
/// The grains intake talks to, behind ports so its workflow is tested without a cluster (and without
/// test classes implementing grain interfaces, which Orleans would take for grain types).
/// </summary>
public interface IIntakeGrains
{
    IIntakeProject Project(string tenant, string projectId);

    IIntakeHistory History(string tenant);

    /// <summary>What the recruiter (tenant/recruiter) told the assistant that bears on a role, best first.</summary>
    Task<IReadOnlyList<RecalledMemory>> RememberedAbout(string recruiterKey, string role, int max);
}
