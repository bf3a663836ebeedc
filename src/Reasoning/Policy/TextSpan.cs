namespace Hiring.Reasoning.Policy;

/// <summary>A range of characters in a message, end exclusive.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public string Of(string text) => text[Start..End];
}
