namespace Hiring.Evals.Suites.Spec;

/// <summary>One compared field of a spec: right or not, and the expected and actual values in short.</summary>
public sealed record FieldResult(string Field, bool Holds, string Expected, string Actual);
