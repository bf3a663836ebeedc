using Hiring.Contracts.Projects;

namespace Hiring.Agents.Autopilot;

/// <summary>What one batch of a run works from: the project as it stands and where the run's feed stands.</summary>
/// <param name="Tenant">The project's tenant: its private pool is read before the public one.</param>
/// <param name="ProjectKey">tenant/project.</param>
/// <param name="Project">The project's snapshot (spec and pipeline).</param>
/// <param name="Approved">The approved qualifications evaluation uses.</param>
/// <param name="Excluded">Never added: everyone in the pipeline, archived and erased.</param>
/// <param name="Cursors">Per pool, the last change read.</param>
/// <param name="RunId">The run, for the reason each match is given.</param>
/// <param name="MaxProfiles">The most profiles this batch may read (the batch size, or what the budget has left).</param>
public sealed record AutopilotWork(
    string Tenant,
    string ProjectKey,
    ProjectSnapshot Project,
    IReadOnlyList<Qualification> Approved,
    IReadOnlySet<string> Excluded,
    IReadOnlyDictionary<string, long> Cursors,
    string RunId,
    int MaxProfiles);
