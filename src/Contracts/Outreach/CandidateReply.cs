namespace Hiring.Contracts.Outreach;

/// <summary>A candidate's reply as the contact ledger records it, with how it was read and answered.</summary>
/// <param name="Id">Derived from the thread and the form's token, so a form posted twice is recorded once.</param>
/// <param name="ThreadId">The conversation it belongs to.</param>
/// <param name="MessageId">The message the candidate replied to.</param>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="ProjectId">The project (role) of the thread.</param>
/// <param name="Text">What the candidate wrote.</param>
/// <param name="Kind">What the built-in classifier read in it.</param>
/// <param name="Answers">For a question: per question asked, the FAQ's answer quoted or the hand-off to the recruiter; empty otherwise.</param>
/// <param name="At">When it was received.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.candidate-reply")]
public sealed record CandidateReply(
    [property: Id(0)] string Id,
    [property: Id(1)] string ThreadId,
    [property: Id(2)] string MessageId,
    [property: Id(3)] string CandidateId,
    [property: Id(4)] string ProjectId,
    [property: Id(5)] string Text,
    [property: Id(6)] ReplyKind Kind,
    [property: Id(7)] IReadOnlyList<FaqAnswer> Answers,
    [property: Id(8)] DateTimeOffset At);
