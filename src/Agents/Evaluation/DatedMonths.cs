using Hiring.Contracts.Talent;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// Months of experience from dated roles: each role counts its first and last month, a current role
/// runs to this month, and overlapping roles (two jobs at once) count their shared months once.
/// </summary>
public static class DatedMonths
{
    public static int Of(IEnumerable<Experience> roles, DateOnly today)
    {
        var now = MonthIndex(today);
        var spans = roles
            .Select(r => (Start: MonthIndex(r.Start), End: Math.Min(now, r.End is { } end ? MonthIndex(end) : now)))
            .Where(s => s.End >= s.Start)
            .OrderBy(s => s.Start)
            .ToList();

        var months = 0;
        int? start = null;
        var last = 0;
        foreach (var span in spans)
        {
            if (start is null)
            {
                (start, last) = span;
            }
            else if (span.Start > last)
            {
                months += last - start.Value + 1;
                (start, last) = span;
            }
            else
            {
                last = Math.Max(last, span.End);
            }
        }

        return start is null ? months : months + last - start.Value + 1;
    }

    public static double Years(int months) => Math.Round(months / 12.0, 1);

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;
}
