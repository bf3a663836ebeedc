using GraphQL;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>
/// A page of a project's pipeline as one query resolves it. What its entries' fields need beyond the
/// entry (latest evidence, every assessment, notes, profiles) is loaded once for the whole page, the
/// first time any entry asks for it: one grain call or one talent-store lookup per field, not one per
/// entry. (A data loader of our own: the GraphQL.DataLoader package is not served here.)
/// </summary>
public sealed class PipelinePage
{
    private readonly Lazy<Task<IReadOnlyDictionary<string, CandidateEvaluation>>> _evidence;
    private readonly Lazy<Task<IReadOnlyDictionary<string, IReadOnlyList<QualificationAssessment>>>> _assessments;
    private readonly Lazy<Task<IReadOnlyDictionary<string, IReadOnlyList<CandidateNote>>>> _notes;
    private readonly Lazy<Task<IReadOnlyDictionary<string, TalentHit>>> _candidates;

    private PipelinePage(IHiringProject project, IProfileStore profiles, string tenant, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        _evidence = new(() => project.LatestEvaluations(ids));
        _assessments = new(() => project.EvidenceOf(ids));
        _notes = new(() => project.Notes(ids));
        _candidates = new(async () =>
        {
            var found = await profiles.GetManyAsync([TalentPoolScope.Private(tenant), TalentPoolScope.Public], ids, cancellationToken);
            return found.ToDictionary(p => p.Key, p => TalentHit.Of(p.Value, PoolOf(p.Value, tenant)), StringComparer.Ordinal);
        });
    }

    /// <summary>The entries of a project as views sharing one page, in the order given.</summary>
    public static List<PipelineEntryView> Of(IResolveFieldContext context, string projectId, IReadOnlyList<PipelineEntry> entries)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        var page = new PipelinePage(
            context.Project(projectId),
            services.GetRequiredService<IProfileStore>(),
            context.Recruiter().Tenant,
            [.. entries.Select(e => e.CandidateId)],
            context.CancellationToken);
        return [.. entries.Select(e => new PipelineEntryView(projectId, e, page))];
    }

    public async Task<CandidateEvaluation?> EvidenceAsync(string candidateId) =>
        (await _evidence.Value).GetValueOrDefault(candidateId);

    public async Task<IReadOnlyList<QualificationAssessment>> AssessmentsAsync(string candidateId) =>
        (await _assessments.Value).GetValueOrDefault(candidateId) ?? [];

    public async Task<IReadOnlyList<CandidateNote>> NotesAsync(string candidateId) =>
        (await _notes.Value).GetValueOrDefault(candidateId) ?? [];

    /// <summary>The candidate's profile at a glance, from the tenant's own pool before the public one; null when it is gone.</summary>
    public async Task<TalentHit?> CandidateAsync(string candidateId) =>
        (await _candidates.Value).GetValueOrDefault(candidateId);

    private static string PoolOf(Contracts.Talent.CandidateProfile profile, string tenant) =>
        TalentIndexPaths.PoolName(profile.Source.Pool == Contracts.Talent.TalentPoolKind.Private ? TalentPoolScope.Private(tenant) : TalentPoolScope.Public);
}
