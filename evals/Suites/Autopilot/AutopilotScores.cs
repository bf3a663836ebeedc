using System.Globalization;
using Hiring.Evals.Core;

namespace Hiring.Evals.Suites.Autopilot;

/// <summary>
/// One case's autopilot run scored against the pool's ground truth. <c>added_precision</c>: of
/// everyone the run added (all cases together), the share relevant. <c>new_recall</c>: of the
/// relevant arrivals (at most <see cref="RecallCap"/> of them, as sourcing reads 50 deep), the share
/// the run added, per case with any. <c>nonmatch_added</c>: people added who are clearly not what was
/// asked (another specialty, outside the places, a must-have never used). <c>precision_vs_shortlist</c>:
/// the run's precision minus the interactive shortlist's on the same case, per case where both
/// chose someone. <c>shortlist_precision</c> is the shortlist's own, for comparison.
/// </summary>
public static class AutopilotScores
{
    public const string AddedPrecision = "added_precision";
    public const string NewRecall = "new_recall";
    public const string NonmatchAdded = "nonmatch_added";
    public const string PrecisionVsShortlist = "precision_vs_shortlist";
    public const string ShortlistPrecision = "shortlist_precision";
    public const int RecallCap = 50;

    public static void Declare(MetricTally tally)
    {
        tally.DeclareCount(NonmatchAdded);
        tally.DeclareCount("added");
        tally.DeclareCount("relevant_arrivals");
    }

    /// <param name="caseId">The case.</param>
    /// <param name="added">Whom the run added.</param>
    /// <param name="shortlist">The interactive shortlist over the pool as it was.</param>
    /// <param name="relevant">Everyone relevant to the case, arrivals or not.</param>
    /// <param name="relevantArrivals">The relevant among the arrivals.</param>
    /// <param name="clearMisses">Those added who are clearly not what was asked.</param>
    /// <param name="tally">The split's metrics.</param>
    public static CaseResult Score(string caseId, IReadOnlyList<string> added, IReadOnlyList<string> shortlist, IReadOnlySet<string> relevant, IReadOnlySet<string> relevantArrivals, IReadOnlySet<string> clearMisses, MetricTally tally)
    {
        foreach (var id in added)
        {
            tally.Ratio(AddedPrecision, relevant.Contains(id));
        }

        foreach (var id in shortlist)
        {
            tally.Ratio(ShortlistPrecision, relevant.Contains(id));
        }

        var found = added.Count(relevantArrivals.Contains);
        double? recall = relevantArrivals.Count == 0 ? null : Math.Min(1, (double)found / Math.Min(relevantArrivals.Count, RecallCap));
        if (recall is { } r)
        {
            tally.Mean(NewRecall, r);
        }

        var misses = added.Where(clearMisses.Contains).ToList();
        tally.Count(NonmatchAdded, misses.Count);
        tally.Count("added", added.Count);
        tally.Count("relevant_arrivals", relevantArrivals.Count);
        var precision = Share(added, relevant);
        var shortlisted = Share(shortlist, relevant);
        double? gap = precision is { } p && shortlisted is { } s ? p - s : null;
        if (gap is { } g)
        {
            tally.Mean(PrecisionVsShortlist, g);
        }

        var wrong = added.Where(id => !relevant.Contains(id)).ToList();
        var passed = misses.Count == 0 && (gap ?? 0) >= 0 && (relevantArrivals.Count == 0 || found > 0);
        return new CaseResult(
            caseId,
            passed,
            Text($"{relevantArrivals.Count} relevant arrivals found, no clear non-match added, precision at least the shortlist's"),
            Text($"added {added.Count} ({found} relevant arrivals, new recall {Format(recall)}), precision {Format(precision)} against the shortlist's {Format(shortlisted)} ({shortlist.Count} shortlisted)")
                + (misses.Count == 0 ? "" : $"; clear non-matches: {string.Join(", ", misses)}")
                + (wrong.Count == misses.Count ? "" : $"; near misses: {string.Join(", ", wrong.Except(misses))}"),
            [.. new (string Metric, double? Value)[] { (AddedPrecision, precision), (NewRecall, recall), (NonmatchAdded, misses.Count), (PrecisionVsShortlist, gap) }
                .Where(s => s.Value is not null)
                .Select(s => new JudgeScore("autopilot", s.Metric, s.Value))]);
    }

    private static double? Share(IReadOnlyList<string> ids, IReadOnlySet<string> relevant) =>
        ids.Count == 0 ? null : (double)ids.Count(relevant.Contains) / ids.Count;

    private static string Format(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
