using Hiring.Agents.Intake;

namespace Hiring.Agents.Tests.Intake.Support;

/// <summary>In-memory projects and one history per tenant.</summary>
internal sealed class FakeIntakeGrains(TimeProvider clock) : IIntakeGrains
{
    private readonly Dictionary<string, FakeHiringProject> _projects = [];
    private readonly Dictionary<string, InMemoryTenantHistory> _histories = [];

    public FakeHiringProject ProjectOf(string tenant, string projectId) => (FakeHiringProject)Project(tenant, projectId);

    public IIntakeProject Project(string tenant, string projectId)
    {
        var key = $"{tenant}/{projectId}";
        if (!_projects.TryGetValue(key, out var project))
        {
            _projects[key] = project = new FakeHiringProject(projectId);
        }

        return project;
    }

    public IIntakeHistory History(string tenant)
    {
        if (!_histories.TryGetValue(tenant, out var history))
        {
            _histories[tenant] = history = new InMemoryTenantHistory(clock);
        }

        return history;
    }
}
