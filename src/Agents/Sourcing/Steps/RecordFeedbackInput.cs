using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Input of record-feedback: the recruiter's words about the candidates shown, or a thumbs rating.</summary>
/// <param name="Request">The recruiter's message.</param>
/// <param name="Answer">Their answer to the open question, when the planner passes it apart.</param>
/// <param name="Feedback">Their words about candidates, when a step passes them apart.</param>
/// <param name="Shown">The open question's candidates in the order shown (so "1 and 3" reads); else the last calibration batch.</param>
/// <param name="Candidate">A thumbs rating's candidate.</param>
/// <param name="Verdict">A thumbs rating: "up" or "down"; without it the words are read.</param>
/// <param name="Reason">The reason given with a thumbs rating.</param>
/// <param name="Exclude">Terms to leave out of the query.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.record-feedback-input")]
public sealed record RecordFeedbackInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Answer)] string? Answer = null,
    [property: Id(2)][StepValue(StepValueNames.Feedback)] string? Feedback = null,
    [property: Id(3)][StepValue(StepValueNames.Shown)] IReadOnlyList<string>? Shown = null,
    [property: Id(4)][StepValue(StepValueNames.Candidate)] string? Candidate = null,
    [property: Id(5)][StepValue(StepValueNames.Verdict)] string? Verdict = null,
    [property: Id(6)][StepValue(StepValueNames.Reason)] string? Reason = null,
    [property: Id(7)][StepValue(StepValueNames.Exclude)] IReadOnlyList<string>? Exclude = null);
