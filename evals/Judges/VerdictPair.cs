namespace Hiring.Evals.Judges;

/// <summary>One requirement's expected and actual verdict (met, not-met, partial, unknown).</summary>
public sealed record VerdictPair(string Requirement, string Expected, string Actual);
