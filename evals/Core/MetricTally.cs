using System.Collections.Concurrent;

namespace Hiring.Evals.Core;

/// <summary>
/// Collects a split's metrics as cases report them: ratios (hits over observations), means and
/// counts. A ratio nobody observed is left out (not measured), never reported as 0 or 1.
/// </summary>
public sealed class MetricTally
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>One observation of a ratio: <paramref name="hit"/> counts towards the numerator.</summary>
    public void Ratio(string name, bool hit) => Add(name, Kind.Mean, hit ? 1 : 0, 1);

    /// <summary>One observation of a mean.</summary>
    public void Mean(string name, double value) => Add(name, Kind.Mean, value, 1);

    /// <summary>Adds to a count (reported as the total, 0 when declared and never added to).</summary>
    public void Count(string name, int add = 1) => Add(name, Kind.Count, add, 0);

    /// <summary>Makes a count appear even when nothing was added (a false-refusal count of 0 is a result).</summary>
    public void DeclareCount(string name) => Add(name, Kind.Count, 0, 0);

    /// <summary>Adds everything another tally observed.</summary>
    public void Merge(MetricTally other)
    {
        foreach (var (name, entry) in other._entries)
        {
            Add(name, entry.Kind, entry.Sum, entry.Observations);
        }
    }

    public IReadOnlyDictionary<string, double> Values() =>
        _entries
            .Where(e => e.Value.Kind == Kind.Count || e.Value.Observations > 0)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key, e => e.Value.Kind == Kind.Count ? e.Value.Sum : e.Value.Sum / e.Value.Observations, StringComparer.Ordinal);

    private void Add(string name, Kind kind, double sum, int observations) =>
        _entries.AddOrUpdate(name, _ => new Entry(kind, sum, observations), (_, e) => e with { Sum = e.Sum + sum, Observations = e.Observations + observations });

    private enum Kind
    {
        Mean,
        Count,
    }

    private sealed record Entry(Kind Kind, double Sum, int Observations);
}
