namespace Hiring.Reasoning.Understanding.Text;

/// <summary>A phrase found in a message.</summary>
/// <param name="Value">What the phrase stands for.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">How many tokens it spans.</param>
/// <param name="Start">Index of its first character in the message.</param>
/// <param name="Length">Characters it spans in the message.</param>
/// <param name="Text">The phrase as written in the message.</param>
public sealed record PhraseMatch<T>(T Value, int FirstToken, int TokenCount, int Start, int Length, string Text)
{
    public int EndToken => FirstToken + TokenCount;

    public int End => Start + Length;
}
