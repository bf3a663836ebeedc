using Hiring.Agents.Supervisor;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

/// <summary>
/// The supervisor tests' projects: any project a message names is an open Go role in Berlin, so
/// "find candidates for this role" plans a search of it (the sub-agents are doubles, there is no real project).
/// </summary>
public sealed class OpenRoleDesk : IProjectDesk
{
    /// <summary>The project the tests' searches name.</summary>
    public const string ProjectId = "open-role";

    /// <summary>A search of the open project.</summary>
    public const string Search = "find candidates for this role";

    private static readonly JobSpec Spec = new("Senior Go Developer", "go developer", "senior", ["Berlin"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", [], Places: [new Place(PlaceKind.City, "Berlin", "DE", "Berlin")]);

    public Task<OpenProject?> OpenAsync(string tenant, string projectId) => Task.FromResult<OpenProject?>(new OpenProject(projectId, Spec, ["go", "kubernetes"], []));

    public Task<ProjectSnapshot?> SnapshotAsync(string tenant, string projectId) =>
        Task.FromResult<ProjectSnapshot?>(new ProjectSnapshot(projectId, Spec, [], [], null, DateTimeOffset.UnixEpoch));
}
