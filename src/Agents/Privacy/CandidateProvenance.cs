using Hiring.Agents.Identity;
using Hiring.Agents.Projects;
using Hiring.Agents.Sourcing;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Hiring.Talent;

namespace Hiring.Agents.Privacy;

/// <summary>
/// Answers "how did you find me?" for a tenant from its records: the profile's source (the tenant's
/// own pool or the public one), and each of the tenant's projects whose pipeline history names the
/// person, with the query sourcing recorded for them. Reads the logs, not the project grains, so it
/// costs no activations; another tenant's candidate is NOT_FOUND, like an unknown id.
/// </summary>
public sealed class CandidateProvenance(IProfileStore profiles, TenantLogs logs, SourcingHistory sourcing, ILogStore store)
{
    public async Task<ProvenanceReport> ForAsync(string tenant, string candidateId, CancellationToken cancellationToken = default)
    {
        if (!GrainKeys.IsValidSegment(tenant))
        {
            throw new ArgumentException($"'{tenant}' is not a valid tenant id.", nameof(tenant));
        }

        TalentPoolScope[] scopes = [TalentPoolScope.Private(tenant), TalentPoolScope.Public];
        var found = await profiles.GetManyAsync(scopes, [candidateId], cancellationToken);
        if (!found.TryGetValue(candidateId, out var profile))
        {
            var tombstones = await profiles.TombstonesAsync(scopes, [candidateId], cancellationToken);
            return tombstones.Count > 0
                ? new ProvenanceReport(candidateId, null, [], tombstones[0])
                : throw new AssistantRefusalException(RefusalCodes.NotFound, $"There is no candidate '{candidateId}'.");
        }

        var projects = new List<ProvenanceProject>();
        foreach (var project in await logs.ProjectsOfAsync(tenant, cancellationToken))
        {
            if ((await new PipelineHistory(project, store).ForCandidateAsync(candidateId)).Count == 0)
            {
                continue;
            }

            var ledger = await sourcing.ReadLedgerAsync(project, cancellationToken);
            projects.Add(new ProvenanceProject(GrainKeys.IdOf(project), ledger.FoundBy.GetValueOrDefault(candidateId)));
        }

        return new ProvenanceReport(candidateId, profile.Source, projects, null);
    }
}
