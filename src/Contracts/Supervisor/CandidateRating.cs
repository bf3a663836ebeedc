namespace Hiring.Contracts.Supervisor;

/// <summary>
/// A recruiter's rating of one candidate of a project from the app (thumbs up or down, and why),
/// carried by a message so it reaches the sourcing agent through the supervisor like every other
/// action: durably queued, planned, recorded in the event log.
/// </summary>
/// <param name="CandidateId">The candidate rated (in the message's project).</param>
/// <param name="Verdict">Up or down.</param>
/// <param name="Reason">The recruiter's words, when given ("too junior", "more like this one").</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.candidate-rating")]
public sealed record CandidateRating(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] RatingVerdict Verdict,
    [property: Id(2)] string? Reason = null);
