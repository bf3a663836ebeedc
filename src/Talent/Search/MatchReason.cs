namespace Hiring.Talent.Search;

/// <summary>Why a profile matched: the field and the query terms found in it.</summary>
public sealed record MatchReason(string Field, IReadOnlyList<string> Terms)
{
    public override string ToString() => $"{Field}: {string.Join(", ", Terms)}";
}
