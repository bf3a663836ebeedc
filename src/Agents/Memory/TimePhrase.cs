namespace Hiring.Agents.Memory;

/// <summary>A time phrase found in a question: its kind, its number (days back, weekday 0 = Monday, or month 1 = January), whether it said "last", and where it is.</summary>
public sealed record TimePhrase(string Kind, int Number, bool Last, int Start, int Length);
