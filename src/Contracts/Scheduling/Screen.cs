namespace Hiring.Contracts.Scheduling;

/// <summary>A screen with a candidate, as the screen book holds it now.</summary>
/// <param name="Id">The screen's id, also the invitation's UID before the "@" (stable across reschedules).</param>
/// <param name="ProjectId">The project (role) it is for.</param>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="Recruiter">The recruiter's supervisor key (tenant/recruiter) whose calendar it takes.</param>
/// <param name="ThreadId">The contact ledger's thread with the candidate.</param>
/// <param name="TimeZone">The recruiter's IANA time zone the invitation is written in.</param>
/// <param name="Minutes">How long it is.</param>
/// <param name="Slots">The starts offered to the candidate (UTC), in order.</param>
/// <param name="Status">Proposed, booked or cancelled.</param>
/// <param name="Start">The booked start (UTC), when booked or cancelled after a booking.</param>
/// <param name="Sequence">The invitation's SEQUENCE: 0 for the first, one more for each change.</param>
[GenerateSerializer, Immutable, Alias("hiring.scheduling.screen")]
public sealed record Screen(
    [property: Id(0)] string Id,
    [property: Id(1)] string ProjectId,
    [property: Id(2)] string CandidateId,
    [property: Id(3)] string Recruiter,
    [property: Id(4)] string ThreadId,
    [property: Id(5)] string TimeZone,
    [property: Id(6)] int Minutes,
    [property: Id(7)] IReadOnlyList<DateTimeOffset> Slots,
    [property: Id(8)] ScreenStatus Status,
    [property: Id(9)] DateTimeOffset? Start,
    [property: Id(10)] int Sequence)
{
    /// <summary>The booked end (UTC), when there is a start.</summary>
    public DateTimeOffset? End => Start?.AddMinutes(Minutes);
}
