namespace Hiring.Reasoning.Policy;

/// <summary>Words that make a term a preference; kept in the rest of the message when they only ask for people ("find", "hire").</summary>
internal readonly record struct PreferenceCue(TextSpan Span, bool Kept);
