namespace Hiring.Contracts.Screening;

/// <summary>A screen's transcript summarized for a candidate's card.</summary>
/// <param name="CandidateId">The profile id.</param>
/// <param name="Text">Two or three sentences for the recruiter.</param>
/// <param name="Notes">One per approved qualification, in the project's order.</param>
/// <param name="Turns">How many turns the transcript had.</param>
/// <param name="CandidateSpeaker">The speaker label read as the candidate.</param>
/// <param name="At">When it was summarized.</param>
[GenerateSerializer, Immutable, Alias("hiring.screening.summary")]
public sealed record ScreeningSummary(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] string Text,
    [property: Id(2)] IReadOnlyList<QualificationNote> Notes,
    [property: Id(3)] int Turns,
    [property: Id(4)] string CandidateSpeaker,
    [property: Id(5)] DateTimeOffset At);
