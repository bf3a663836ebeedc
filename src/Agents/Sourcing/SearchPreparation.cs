using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Remembered;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Reads the project for a sourcing step: refuses without a spec or with only unapproved
/// qualifications, plans the query (with the exclusions the step and the feedback ask for) and
/// reads the spec's constraints (with the level bounds the feedback set) and the project owner's
/// memories that bear on the role.
/// </summary>
public sealed class SearchPreparation(QueryPlanner planner, CandidateConstraints constraints, RoleMemories memories)
{
    /// <summary>Management words left out of every query once the recruiter said "they're all managers".</summary>
    public static readonly IReadOnlyList<string> ManagementExclusions = ["title:director", "title:head", "title:vp", "title:chief"];

    /// <param name="exclude">Terms the step asks to leave out of the query.</param>
    /// <param name="project">The project to search for.</param>
    /// <param name="state">Sourcing's state, with the preferences the feedback set.</param>
    /// <param name="projectKey">The project's key (tenant/project) when the step searches: the owner's memories are read, only within its tenant. Null reads none.</param>
    public async Task<PreparedSearch> PrepareAsync(IReadOnlyList<string>? exclude, IHiringProject project, SourcingState state, string? projectKey = null)
    {
        var snapshot = await project.Snapshot();
        var spec = snapshot.Spec ?? throw new AssistantRefusalException(RefusalCodes.Invalid, "This project has no job spec yet; describe the role first.");
        var approved = await project.ApprovedQualifications();
        if (approved.Count == 0 && snapshot.Qualifications.Count > 0)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, "No qualification is approved yet; approve them and I'll source (I never search on unapproved requirements).");
        }

        var excluded = (await project.Excluded()).ToHashSet(StringComparer.Ordinal);
        var exclusions = (exclude ?? []).ToList();
        var bounded = constraints.For(Strict(spec, state.Preferences), state.Preferences.Bounds);
        if (state.Preferences.ExcludeManagement && bounded.Level.Track == TitleTrack.IndividualContributor)
        {
            exclusions.AddRange(ManagementExclusions);
        }

        var remembered = projectKey is null ? RememberedPreferences.None : await memories.ForAsync(snapshot.Owner, projectKey, spec);
        return new PreparedSearch(snapshot, spec, planner.Plan(Strict(spec, state.Preferences), approved, exclusions), excluded, bounded, remembered);
    }

    /// <summary>"Wrong city": a spec that names places keeps to them, without its remote scope.</summary>
    private static JobSpec Strict(JobSpec spec, SourcingPreferences preferences) =>
        preferences.StrictPlace && spec.Remote == RemotePolicy.Remote && (spec.Places is { Count: > 0 } || spec.Locations.Any(l => !l.Equals("remote", StringComparison.OrdinalIgnoreCase)))
            ? spec with { Remote = RemotePolicy.Hybrid, RemoteWithin = null, Locations = [.. spec.Locations.Where(l => !l.Equals("remote", StringComparison.OrdinalIgnoreCase))] }
            : spec;
}
