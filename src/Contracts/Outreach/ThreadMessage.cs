namespace Hiring.Contracts.Outreach;

/// <summary>One message of a candidate's conversation, as the contact ledger recorded it.</summary>
/// <param name="Id">The ledger's message id (outgoing) or reply id (incoming).</param>
/// <param name="Direction">Out to the candidate, or in from them.</param>
/// <param name="Text">The text as sent or received.</param>
/// <param name="At">When it was queued (outgoing) or received (incoming).</param>
/// <param name="Subject">The subject line of an outgoing message; null for a reply.</param>
/// <param name="Channel">The channel an outgoing message went by; null for a reply.</param>
/// <param name="Status">An outgoing message's delivery status; null for a reply.</param>
/// <param name="StatusAt">When that status was recorded; null for a reply.</param>
/// <param name="StatusReason">Why it failed, when it did.</param>
/// <param name="ReplyKind">What the classifier read in a reply; null for an outgoing message.</param>
/// <param name="Answers">For a question: what the candidate was told for each question asked (the FAQ's answer quoted, or the hand-off to the recruiter); empty otherwise.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.thread-message")]
public sealed record ThreadMessage(
    [property: Id(0)] string Id,
    [property: Id(1)] ThreadDirection Direction,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Subject = null,
    [property: Id(5)] string? Channel = null,
    [property: Id(6)] ContactStatus? Status = null,
    [property: Id(7)] DateTimeOffset? StatusAt = null,
    [property: Id(8)] string? StatusReason = null,
    [property: Id(9)] ReplyKind? ReplyKind = null,
    [property: Id(10)] IReadOnlyList<string>? Answers = null);
