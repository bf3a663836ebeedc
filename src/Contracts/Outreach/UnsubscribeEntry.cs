namespace Hiring.Contracts.Outreach;

/// <summary>A candidate's own request to hear nothing more from the tenant, on any channel.</summary>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="Channel">The channel the request came through (the signed link, an email header).</param>
/// <param name="At">When it was recorded; every send checked after this moment is refused.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.unsubscribe")]
public sealed record UnsubscribeEntry(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] string Channel,
    [property: Id(2)] DateTimeOffset At);
