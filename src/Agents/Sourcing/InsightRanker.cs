using System.Globalization;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Adjusts the merged ranking with market signals: open to work and layoff-affected companies up,
/// recently hired down (people rarely move within three months of starting). Each signal applied
/// is named in the candidate's why, next to the strategies and matched terms.
/// </summary>
public sealed class InsightRanker(SourcingOptions options)
{
    public IReadOnlyList<RankedSourcingCandidate> Rank(IReadOnlyList<FoundCandidate> found, IReadOnlyDictionary<string, CandidateSignals> signals)
    {
        return [.. found
            .Select(c => Adjust(c, signals.GetValueOrDefault(c.Id) ?? CandidateSignals.None with { OpenToWork = c.OpenToWork }))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Candidate.Id, StringComparer.Ordinal)];
    }

    private RankedSourcingCandidate Adjust(FoundCandidate candidate, CandidateSignals signal)
    {
        var score = candidate.Score;
        var reasons = new List<string> { $"found by {string.Join(", ", candidate.Strategies)}" };
        if (candidate.Matched.Count > 0)
        {
            reasons.Add($"matched {string.Join("; ", candidate.Matched)}");
        }

        if (signal.OpenToWork)
        {
            score *= options.OpenToWorkBoost;
            reasons.Add("open to work (ranked up)");
        }

        if (signal.LayoffCompany is { } company)
        {
            score *= options.LayoffBoost;
            var month = signal.LayoffMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "recently";
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{company} shows a layoff signal ({signal.LayoffDepartures} departures in {month}) (ranked up)"));
        }

        if (signal.DaysInRole is { } days && days < options.RecentHireDays)
        {
            score *= options.RecentlyHiredPenalty;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"recently hired: {days} days in the current role (ranked down)"));
        }

        return new RankedSourcingCandidate(candidate, score, string.Join("; ", reasons));
    }
}
