namespace Hiring.Contracts.Outreach;

/// <summary>A candidate the tenant must not contact on any channel.</summary>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="Reason">Why, in the recruiter's words.</param>
/// <param name="By">Who put them on the list (a recruiter key).</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.do-not-contact")]
public sealed record DoNotContactEntry(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] string Reason,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At);
