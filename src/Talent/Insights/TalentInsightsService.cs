using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Talent.Insights;

/// <summary>
/// Insights for the profiles a boolean query matches in the pools a tenant may see (an empty query
/// covers every profile). "Now" comes from the TimeProvider so figures are reproducible.
/// </summary>
public sealed class TalentInsightsService(
    LuceneTalentIndex index,
    TalentQueryCompiler compiler,
    TimeProvider clock,
    InsightsOptions options)
{
    private static readonly HashSet<string> ProfileField = [TalentFields.Profile];

    private readonly TalentInsightsCalculator _calculator = new(compiler.Taxonomy, options);

    /// <summary>A malformed query throws <see cref="TalentQuerySyntaxException"/>.</summary>
    public TalentInsights Compute(string query, string? tenant = null)
    {
        var parsed = compiler.Parse(query);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        using var lease = index.AcquireFor(tenant);
        if (lease is null)
        {
            return _calculator.Compute(query, [], 0, today);
        }

        var found = lease.Searcher.Search(parsed, Math.Max(1, options.MaxProfiles));
        var profiles = new List<CandidateProfile>(found.ScoreDocs.Length);
        foreach (var hit in found.ScoreDocs)
        {
            profiles.Add(ProfileDocumentMapper.ReadProfile(lease.Searcher.Doc(hit.Doc, ProfileField)));
        }

        return _calculator.Compute(query, profiles, found.TotalHits, today);
    }
}
