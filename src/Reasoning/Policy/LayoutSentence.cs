namespace Hiring.Reasoning.Policy;

/// <summary>One sentence: its content, where its terminator ends, and its clauses (none when it has no words).</summary>
internal sealed record LayoutSentence(int Start, int ContentEnd, int End, IReadOnlyList<TextSpan> Clauses);
