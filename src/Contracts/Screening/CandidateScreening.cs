namespace Hiring.Contracts.Screening;

/// <summary>What the screening agent keeps for a candidate's card: the latest questions and the latest summary.</summary>
/// <param name="CandidateId">The profile id.</param>
/// <param name="Questions">The latest questions prepared (empty when none).</param>
/// <param name="Summary">The latest transcript summary, when one was imported.</param>
[GenerateSerializer, Immutable, Alias("hiring.screening.candidate")]
public sealed record CandidateScreening(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] IReadOnlyList<ScreeningQuestion> Questions,
    [property: Id(2)] ScreeningSummary? Summary);
