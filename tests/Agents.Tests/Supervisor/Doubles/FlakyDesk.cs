using Hiring.Agents.Supervisor;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

/// <summary>The open role's desk, unreachable for its first <see cref="Failures"/> calls (as a database whose connection was reset).</summary>
public sealed class FlakyDesk : IProjectDesk
{
    public const int Failures = 3;
    private readonly OpenRoleDesk _desk = new();
    private int _calls;

    /// <summary>Calls to <see cref="OpenAsync"/> so far, failed ones included.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public Task<OpenProject?> OpenAsync(string tenant, string projectId) =>
        Interlocked.Increment(ref _calls) <= Failures ? throw new InvalidOperationException("The database could not complete the call") : _desk.OpenAsync(tenant, projectId);

    public Task<ProjectSnapshot?> SnapshotAsync(string tenant, string projectId) => _desk.SnapshotAsync(tenant, projectId);
}
