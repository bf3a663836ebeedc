using Hiring.Agents.Sourcing.Remembered;
using Hiring.Agents.Sourcing.Variants;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Tasks;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Runs the strategies (boolean, AI variants, the recruiter's past queries), merges and de-duplicates
/// their hits, drops excluded candidates, those who miss a constraint of the spec (place, level) and
/// current employees of a company the recruiter's memory says to avoid, ranks with insight signals,
/// the recruiter's feedback and the skills their memory says someone likes, and picks the top; and draws the
/// calibration batch under the same constraints. No state: the agent records what ran.
/// </summary>
public sealed class SourcingRunner(
    TalentSearch search,
    TalentTaxonomy taxonomy,
    PoolProfiles profiles,
    SignalReader signals,
    InsightRanker ranker,
    PreferenceRanker preferences,
    IReasoningTask<SourcingQueryRequest, SourcingQueryVariants> variants,
    SourcingOptions options)
{
    private const int RankWindowFactor = 3;
    private const int MinRankWindow = 50;
    private const int CalibrationWindow = 150;

    public async Task<SourcingResult> SearchAsync(SourcingRequest request, CancellationToken cancellationToken = default)
    {
        var plan = request.Plan;
        var boolean = BooleanQueryBuilder.Build(plan);
        var runs = new List<(StrategyQuery Query, TalentSearchResult Result)>();
        Run(runs, request.Tenant, SourcingStrategies.Boolean, boolean, "built from the spec and the approved qualifications");
        foreach (var (query, successes) in request.History)
        {
            Run(runs, request.Tenant, SourcingStrategies.History, BooleanQueryBuilder.Guard(query, plan), $"led to {successes} contacts or hires before");
        }

        var generated = await variants.RunAsync(new SourcingQueryRequest(request.Spec.Title, request.Spec.Seniority, plan, boolean, options.MaxVariants), request.Context, cancellationToken);
        foreach (var variant in generated.Variants)
        {
            Run(runs, request.Tenant, SourcingStrategies.AiVariant, BooleanQueryBuilder.Guard(variant.Query, plan), variant.Rationale);
        }

        var found = CandidateMerger.Merge(runs, request.Excluded);
        var read = profiles.Read(request.Tenant, found);
        var remembered = request.Remembered ?? RememberedPreferences.None;
        var (admitted, report) = ConstraintFilter.Apply(found, read, request.Constraints, remembered);
        var window = admitted.Take(Math.Max(MinRankWindow, request.Count * RankWindowFactor)).ToList();
        var ranked = ranker.Rank(window, signals.Read(request.Tenant, window.ToDictionary(c => c.Id, c => read[c.Id], StringComparer.Ordinal)));
        ranked = preferences.Rank(ranked, read, request.Preferences ?? SourcingPreferences.None, request.Tenant, remembered);
        return new SourcingResult(boolean, [.. runs.Select(r => r.Query)], [.. ranked.Take(Math.Max(0, request.Count))], generated.Provenance, report);
    }

    /// <summary>
    /// Draws the batch from the title family (must-haves kept) among the people who meet the spec's
    /// constraints. It never widens the place: when the place is thin the batch is small and says so.
    /// </summary>
    public CalibrationResult Calibrate(SourcingRequest request)
    {
        var plan = request.Plan with { Titles = TitleScope.Family };
        var query = BooleanQueryBuilder.Build(plan);
        var result = search.Search(new TalentSearchRequest(query, request.Tenant, CalibrationWindow, SearchMode.Reranked));
        var found = CandidateMerger.Merge([(new StrategyQuery(SourcingStrategies.Calibration, query, result.TotalMatches), result)], request.Excluded);
        var read = profiles.Read(request.Tenant, found);
        var (admitted, report) = ConstraintFilter.Apply(found, read, request.Constraints, request.Remembered ?? RememberedPreferences.None);
        var candidates = admitted
            .Select(c => new CalibrationCandidate(c.Id, SeniorityLadder.Of(c.CurrentTitle), IsCore(c.CurrentTitle, plan), HasNiceToHave(read.GetValueOrDefault(c.Id), plan)))
            .ToList();
        var target = SeniorityLadder.Of(request.Spec.Seniority);
        return new CalibrationResult(query, result.TotalMatches, CalibrationPicker.Pick(candidates, target, request.Count), report, admitted.Count);
    }
    private void Run(List<(StrategyQuery, TalentSearchResult)> runs, string? tenant, string strategy, string query, string note)
    {
        try
        {
            var result = search.Search(new TalentSearchRequest(query, tenant, options.SearchDepth, SearchMode.Reranked));
            runs.Add((new StrategyQuery(strategy, query, result.TotalMatches, note), result));
        }
        catch (TalentQuerySyntaxException e)
        {
            // A past query may no longer parse (a field was renamed); it is recorded, not fatal.
            runs.Add((new StrategyQuery(strategy, query, 0, $"skipped: {e.Message}"), new TalentSearchResult(query, SearchMode.Reranked, 0, [], 0)));
        }
    }

    private bool IsCore(string title, QueryPlan plan)
    {
        var within = taxonomy.TitlesWithin(title).ToList();
        return within.Count > 0
            ? within.Any(t => plan.CoreTitles.Contains(t, StringComparer.Ordinal))
            : plan.CoreTitles.Any(t => title.Contains(t, StringComparison.OrdinalIgnoreCase));
    }

    private bool HasNiceToHave(CandidateProfile? profile, QueryPlan plan) =>
        profile is not null && profile.Skills.Select(taxonomy.CanonicalSkill).Any(s => plan.NiceToHaves.Contains(s, StringComparer.Ordinal));
}
