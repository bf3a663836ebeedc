using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Merges the hits of every strategy's query by reciprocal rank fusion (scores of different queries
/// are not comparable, ranks are), drops excluded ids, and keeps each hit's matched terms.
/// </summary>
public static class CandidateMerger
{
    private const double RankOffset = 60;

    public static IReadOnlyList<FoundCandidate> Merge(IReadOnlyList<(StrategyQuery Query, TalentSearchResult Result)> runs, IReadOnlySet<string> excluded)
    {
        var merged = new Dictionary<string, FoundCandidate>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (query, result) in runs)
        {
            for (var rank = 0; rank < result.Hits.Count; rank++)
            {
                var hit = result.Hits[rank];
                if (excluded.Contains(hit.Id))
                {
                    continue;
                }

                var score = 1 / (RankOffset + rank + 1);
                var matched = hit.Reasons.Select(r => r.ToString()).ToList();
                if (merged.TryGetValue(hit.Id, out var known))
                {
                    merged[hit.Id] = known with
                    {
                        Score = known.Score + score,
                        Strategies = [.. known.Strategies.Append(query.Strategy).Distinct(StringComparer.Ordinal)],
                        Matched = [.. known.Matched.Concat(matched).Distinct(StringComparer.Ordinal)],
                    };
                }
                else
                {
                    merged[hit.Id] = new FoundCandidate(hit.Id, hit.Pool, hit.CurrentTitle, hit.CurrentCompany, hit.OpenToWork, score, [query.Strategy], matched, query.Query);
                    order.Add(hit.Id);
                }
            }
        }

        return [.. order.Select(id => merged[id]).OrderByDescending(c => c.Score)];
    }
}
