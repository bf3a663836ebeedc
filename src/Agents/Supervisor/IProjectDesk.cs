using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Supervisor;

/// <summary>What the supervisor needs to know of the project the recruiter is working on, to plan the next message in its context.</summary>
public interface IProjectDesk
{
    /// <summary>The project's spec and requirements, or null when it does not exist (yet).</summary>
    Task<OpenProject?> OpenAsync(string tenant, string projectId);

    /// <summary>The project as it stands (spec, requirements, pipeline), or null when it does not exist or has no spec yet.</summary>
    Task<ProjectSnapshot?> SnapshotAsync(string tenant, string projectId);
}
