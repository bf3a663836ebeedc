namespace Hiring.Contracts.Learning;

/// <summary>
/// One thing done with a candidate of a project, as kept in the project's append-only action log
/// (a stream of the tenant's; never read across tenants).
/// </summary>
/// <param name="Kind">What was done.</param>
/// <param name="CandidateId">The candidate.</param>
/// <param name="By">Who did it: the recruiter's key, or "assistant".</param>
/// <param name="Origin">The recruiter's own choice, or an agent's step.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, in the recruiter's words (an archive or a rating), when given.</param>
/// <param name="Text">The highlighted passage, for <see cref="RecruiterActionKind.Highlighted"/>.</param>
[GenerateSerializer, Immutable, Alias("hiring.learning.action")]
public sealed record RecruiterAction(
    [property: Id(0)] RecruiterActionKind Kind,
    [property: Id(1)] string CandidateId,
    [property: Id(2)] string By,
    [property: Id(3)] ActionOrigin Origin,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Reason = null,
    [property: Id(6)] string? Text = null);
