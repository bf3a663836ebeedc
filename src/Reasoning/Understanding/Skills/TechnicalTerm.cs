namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>A word or hyphenated run of words that looks like a technical skill, as written in the message.</summary>
/// <param name="Text">The term as written ("gRPC-web").</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">How many tokens it spans.</param>
/// <param name="Start">Index of its first character in the message.</param>
/// <param name="Length">Characters it spans in the message.</param>
/// <param name="Kind">Why it looks technical.</param>
public sealed record TechnicalTerm(string Text, int FirstToken, int TokenCount, int Start, int Length, TechnicalTermKind Kind)
{
    public int EndToken => FirstToken + TokenCount;
}
