namespace Hiring.Contracts.Outreach;

/// <summary>One outgoing message as the contact ledger recorded it when it was queued.</summary>
/// <param name="Id">The message id, derived from the idempotency key (a retry has the same id).</param>
/// <param name="ThreadId">The conversation with the candidate about the project, derived from both.</param>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="ProjectId">The project (role) it is about.</param>
/// <param name="Kind">A first outreach or a follow-up.</param>
/// <param name="Channel">The channel's name.</param>
/// <param name="IdempotencyKey">The key the send was made with.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Text">The plain-text body as sent.</param>
/// <param name="TextHash">SHA-256 (hex) of the subject and text: a reused key with other content is refused.</param>
/// <param name="QueuedAt">When it was recorded, before it was handed to the channel.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.contact-message")]
public sealed record ContactMessage(
    [property: Id(0)] string Id,
    [property: Id(1)] string ThreadId,
    [property: Id(2)] string CandidateId,
    [property: Id(3)] string ProjectId,
    [property: Id(4)] ContactKind Kind,
    [property: Id(5)] string Channel,
    [property: Id(6)] string IdempotencyKey,
    [property: Id(7)] string Subject,
    [property: Id(8)] string Text,
    [property: Id(9)] string TextHash,
    [property: Id(10)] DateTimeOffset QueuedAt);
