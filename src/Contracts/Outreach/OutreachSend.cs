namespace Hiring.Contracts.Outreach;

/// <summary>A request to send one message to a candidate through a channel.</summary>
/// <param name="IdempotencyKey">
/// Names this send: a send with a key already recorded returns the earlier message and never
/// delivers it twice. The caller chooses it (for example the approval id) and reuses it on retries.
/// </param>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="ProjectId">The project (role) the message is about.</param>
/// <param name="Kind">A first outreach or a follow-up in the thread.</param>
/// <param name="Channel">The channel's name ("built-in" or "smtp").</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Text">The plain-text body, as approved.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.outreach-send")]
public sealed record OutreachSend(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string CandidateId,
    [property: Id(2)] string ProjectId,
    [property: Id(3)] ContactKind Kind,
    [property: Id(4)] string Channel,
    [property: Id(5)] string Subject,
    [property: Id(6)] string Text);
