namespace Hiring.Agents.Sourcing;

/// <summary>One reaction of the recruiter to one candidate, as recorded: who said what, when, and how.</summary>
/// <param name="At">When it was recorded.</param>
/// <param name="By">The recruiter (tenant/recruiter).</param>
/// <param name="CandidateId">The candidate reacted to.</param>
/// <param name="Liked">True for a thumbs up or "looks right", false for a thumbs down or "not a fit".</param>
/// <param name="Reason">What the reason says the search should do.</param>
/// <param name="Words">The recruiter's words about this candidate (the clause, or the thumb's reason).</param>
/// <param name="Source">"chat" for the recruiter's message, "thumbs" for a rating in the app.</param>
/// <param name="Position">The candidate's number in the batch shown, when the reaction referred to it.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.feedback-entry")]
public sealed record FeedbackEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] string CandidateId,
    [property: Id(3)] bool Liked,
    [property: Id(4)] FeedbackReason Reason,
    [property: Id(5)] string Words,
    [property: Id(6)] string Source,
    [property: Id(7)] int? Position = null)
{
    public const string Chat = "chat";
    public const string Thumbs = "thumbs";
}
