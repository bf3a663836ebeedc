using Hiring.Contracts.Evaluation;

namespace Hiring.Contracts.Screening;

/// <summary>A question for a candidate's screen, aimed at one qualification.</summary>
/// <param name="QualificationId">The qualification it probes.</param>
/// <param name="Qualification">Its text as approved.</param>
/// <param name="Verdict">What the evaluation found for this candidate (Unknown when not evaluated).</param>
/// <param name="Essential">Whether the qualification is a must-have of the role.</param>
/// <param name="Text">The question, in the recruiter's voice.</param>
[GenerateSerializer, Immutable, Alias("hiring.screening.question")]
public sealed record ScreeningQuestion(
    [property: Id(0)] string QualificationId,
    [property: Id(1)] string Qualification,
    [property: Id(2)] AssessmentVerdict Verdict,
    [property: Id(3)] bool Essential,
    [property: Id(4)] string Text);
