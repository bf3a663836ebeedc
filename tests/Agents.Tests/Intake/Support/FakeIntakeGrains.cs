using Hiring.Agents.Intake;
using Hiring.Contracts.Memory;

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

    /// <summary>What each recruiter "remembers", recalled by any shared word.</summary>
    public Dictionary<string, List<MemoryEntry>> Memories { get; } = [];

    public Task<IReadOnlyList<RecalledMemory>> RememberedAbout(string recruiterKey, string role, int max)
    {
        var words = role.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IReadOnlyList<RecalledMemory> recalled = [.. Memories.GetValueOrDefault(recruiterKey, [])
            .Where(m => words.Any(w => m.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Take(max)
            .Select(m => new RecalledMemory(m, 1, 0.9, 0.5))];
        return Task.FromResult(recalled);
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
