namespace Hiring.Evals.Judges;

/// <summary>
/// One field to compare: the accepted values (any of them is right; none means the field must be
/// empty) and the actual value, both put through the suite's canonicalization first.
/// </summary>
/// <param name="Field">The field's name ("title", "intent").</param>
/// <param name="Accepted">Every acceptable value; empty when the expectation is "none" (null).</param>
/// <param name="Actual">What the product gave; null or empty for nothing.</param>
/// <param name="Canonicalize">The suite's canonicalization hook (title canonicalizer, case folding); identity when null.</param>
public sealed record FieldCheck(string Field, IReadOnlyList<string> Accepted, string? Actual, Func<string, string>? Canonicalize = null)
{
    public static FieldCheck Exact(string field, string? expected, string? actual, Func<string, string>? canonicalize = null) =>
        new(field, expected is null ? [] : [expected], actual, canonicalize);

    public bool Holds
    {
        get
        {
            var actual = Canon(Actual);
            return Accepted.Count == 0 ? actual.Length == 0 : Accepted.Any(a => Canon(a) == actual);
        }
    }

    private string Canon(string? value) => string.IsNullOrWhiteSpace(value) ? "" : (Canonicalize ?? (v => v.Trim()))(value);
}
