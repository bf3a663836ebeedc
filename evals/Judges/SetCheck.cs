namespace Hiring.Evals.Judges;

/// <summary>
/// One set to compare (must-haves, nice-to-haves, locations): expected and actual items and how two
/// items match (canonical equality by default; places match by city and country).
/// </summary>
public sealed record SetCheck(string Field, IReadOnlyList<string> Expected, IReadOnlyList<string> Actual, SetMode Mode = SetMode.Equal, Func<string, string, bool>? Matches = null)
{
    private Func<string, string, bool> Match => Matches ?? ((e, a) => string.Equals(e.Trim(), a.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Expected items no actual item matches.</summary>
    public IReadOnlyList<string> Missing => [.. Expected.Where(e => !Actual.Any(a => Match(e, a)))];

    /// <summary>Actual items that match no expected item.</summary>
    public IReadOnlyList<string> Extra => [.. Actual.Where(a => !Expected.Any(e => Match(e, a)))];

    public bool Holds => Missing.Count == 0 && (Mode == SetMode.Contains || Extra.Count == 0);
}
