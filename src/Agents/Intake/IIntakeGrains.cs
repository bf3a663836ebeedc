using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>The grains intake talks to, behind a seam so its workflow is tested without a cluster.</summary>
public interface IIntakeGrains
{
    IHiringProject Project(string tenant, string projectId);

    ITenantHistory History(string tenant);
}
