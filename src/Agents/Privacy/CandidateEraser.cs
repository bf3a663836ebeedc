using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Privacy;

/// <summary>
/// Erases a candidate on their request, for an operator of <c>tenant</c>. The person is looked up
/// where the tenant sees them: its own pool and the public pool (another tenant's candidate is
/// NOT_FOUND, like an unknown id). From each pool that holds them: the profile and protected
/// attributes go and a tombstone stays (so no import, seed or sourcing brings them back), then the
/// index entry and the vector. Then every project that held them forgets them, and every log entry
/// that names them is redacted: evidence quotes, moves, notes, sourcing records, messages, replies,
/// the candidate inbox, screening questions and summaries, screen bookings, and the recruiters'
/// events, inbox and conversation. Before the logs, the agents' states let go of them
/// (<see cref="GrainStateEraser"/>): drafts, due follow-ups, pending approvals, plans, step records and memories. For a private candidate that is the tenant's projects and logs;
/// for a public-pool candidate, every tenant's. Not a grain: the public case speaks for every
/// tenant, which no tenant's grain may do. A run cut short is finished by erasing again (idempotent).
/// </summary>
public sealed class CandidateEraser(IProfileStore profiles, ITalentIndex index, TenantLogs logs, GrainStateEraser agentStates, IGrainFactory grains, TimeProvider time)
{
    public const int MaxIdLength = 200;

    public async Task<CandidateErasure> EraseAsync(string tenant, string candidateId, string erasedBy, CancellationToken cancellationToken = default)
    {
        if (!GrainKeys.IsValidSegment(tenant))
        {
            throw new ArgumentException($"'{tenant}' is not a valid tenant id.", nameof(tenant));
        }

        if (string.IsNullOrWhiteSpace(candidateId) || candidateId.Length > MaxIdLength)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"A candidate id is 1 to {MaxIdLength} characters.");
        }

        TalentPoolScope[] scopes = [TalentPoolScope.Private(tenant), TalentPoolScope.Public];
        var held = new List<(TalentPoolScope Scope, CandidateProfile Profile)>();
        foreach (var scope in scopes)
        {
            if (await profiles.GetAsync(scope, candidateId, cancellationToken) is { } profile)
            {
                held.Add((scope, profile));
            }
        }

        var earlier = await profiles.TombstonesAsync(scopes, [candidateId], cancellationToken);
        var pools = scopes.Where(s => held.Any(h => h.Scope == s) || earlier.Any(t => t.Scope == s)).ToList();
        if (pools.Count == 0)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"There is no candidate '{candidateId}'.");
        }

        var tombstones = new List<CandidateTombstone>();
        foreach (var pool in pools)
        {
            // The tombstone first: from then on nothing can store the person again, whatever happens next.
            if (await profiles.EraseAsync(pool, candidateId, erasedBy, time.GetUtcNow(), cancellationToken) is { } tombstone)
            {
                tombstones.Add(tombstone);
            }

            await index.RemoveAsync(pool, candidateId, cancellationToken);
        }

        var tenants = new SortedSet<string>(StringComparer.Ordinal) { tenant };
        if (pools.Contains(TalentPoolScope.Public))
        {
            tenants.UnionWith(await logs.TenantsAsync(cancellationToken));
        }

        var projects = new List<string>();
        foreach (var each in tenants)
        {
            using var scope = TenantScope.For(each);
            foreach (var project in await logs.ProjectsOfAsync(each, cancellationToken))
            {
                if (await grains.GetGrain<IHiringProject>(project).EraseCandidate(candidateId))
                {
                    projects.Add(project);
                }
            }
        }

        // The agents' states before the logs: what they announce as they let go of the person (a withdrawn approval) names no one.
        var mentions = new CandidateMentions(candidateId, held.Select(h => h.Profile));
        var states = await agentStates.EraseAsync(tenants, mentions, cancellationToken);
        var redacted = await logs.RedactAsync(tenants, mentions, cancellationToken);
        return new CandidateErasure(candidateId, tombstones, projects, redacted, states);
    }
}
