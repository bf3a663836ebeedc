namespace Hiring.Agents.Intake;

/// <summary>
/// The grains intake talks to, behind ports so its workflow is tested without a cluster (and without
/// test classes implementing grain interfaces, which Orleans would take for grain types).
/// </summary>
public interface IIntakeGrains
{
    IIntakeProject Project(string tenant, string projectId);

    IIntakeHistory History(string tenant);
}
