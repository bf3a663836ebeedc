namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>Years of experience named in a text: the lower bound, where it is written, and the skill it is tied to, if any.</summary>
/// <param name="Years">The minimum ("3-5 years" → 3).</param>
/// <param name="Start">Where the phrase starts in the text.</param>
/// <param name="Length">Its length.</param>
/// <param name="LinkEnd">When a link word follows ("of", "with"), where the linked words start; else -1.</param>
public sealed record YearsMention(int Years, int Start, int Length, int LinkEnd)
{
    public int End => Start + Length;
}
