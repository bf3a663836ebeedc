namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>The job title a request names.</summary>
/// <param name="Canonical">The vocabulary's canonical title, or the recruiter's phrase folded to lower case.</param>
/// <param name="Written">The words as written.</param>
/// <param name="Origin">Vocabulary, nearest in meaning, or the recruiter's own phrase.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">How many tokens it spans.</param>
public sealed record TitleReading(string Canonical, string Written, TitleOrigin Origin, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
