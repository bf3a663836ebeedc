namespace Hiring.Agents.Sourcing;

/// <summary>
/// Picks a calibration batch spread across the spec's range: round-robin over the groups of
/// (seniority level, core or adjacent title, with or without nice-to-haves), levels within one rung
/// of the target first, so the recruiter reacts to contrasts rather than to ten near-copies.
/// </summary>
public static class CalibrationPicker
{
    public const int MinSize = 10;
    public const int MaxSize = 20;

    /// <param name="ranked">Candidates best first.</param>
    /// <param name="targetLevel">The spec's seniority level.</param>
    /// <param name="size">The wanted size, kept between 10 and 20.</param>
    public static IReadOnlyList<CalibrationCandidate> Pick(IReadOnlyList<CalibrationCandidate> ranked, string targetLevel, int size)
    {
        size = Math.Clamp(size, MinSize, MaxSize);
        var near = ranked.Where(c => SeniorityLadder.Distance(c.Level, targetLevel) <= 1).ToList();
        var far = ranked.Where(c => SeniorityLadder.Distance(c.Level, targetLevel) > 1).ToList();
        var picked = new List<CalibrationCandidate>();
        RoundRobin(near, picked, size);
        RoundRobin(far, picked, size);
        return picked;
    }

    private static void RoundRobin(List<CalibrationCandidate> candidates, List<CalibrationCandidate> picked, int size)
    {
        var groups = candidates
            .GroupBy(c => (c.Level, c.CoreTitle, c.HasNiceToHaves))
            .Select(g => new Queue<CalibrationCandidate>(g))
            .ToList();
        while (picked.Count < size && groups.Any(g => g.Count > 0))
        {
            foreach (var group in groups.Where(g => g.Count > 0))
            {
                if (picked.Count == size)
                {
                    return;
                }

                picked.Add(group.Dequeue());
            }
        }
    }
}
