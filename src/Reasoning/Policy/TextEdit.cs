namespace Hiring.Reasoning.Policy;

/// <summary>A change to a message: the span replaced, and what replaces it (empty: taken out).</summary>
internal readonly record struct TextEdit(TextSpan Span, string Replacement);
