namespace Hiring.Evals.Core;

/// <summary>One case's result.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Passed">True when every expectation of the case held.</param>
/// <param name="Expected">What was expected, in short.</param>
/// <param name="Actual">What the product did, in short.</param>
/// <param name="Judges">Every judge's score on the case.</param>
/// <param name="Error">The exception's type and message when the case threw (then it failed).</param>
public sealed record CaseResult(string Id, bool Passed, string Expected, string Actual, IReadOnlyList<JudgeScore> Judges, string? Error = null)
{
    public static CaseResult Failed(string id, Exception error) =>
        new(id, false, "", "", [], $"{error.GetType().Name}: {error.Message}");
}
