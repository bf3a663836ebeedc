namespace Hiring.Contracts.Supervisor;

/// <summary>The mailbox's receipt for a posted message: it is durably queued, work follows.</summary>
/// <param name="ClientMessageId">The client's message id.</param>
/// <param name="InboxSequence">The message's position in the recruiter's inbox (1, 2, …).</param>
/// <param name="AcceptedAt">When the message was first accepted.</param>
/// <param name="Duplicate">True when this id was posted before and this ack is the first one, repeated.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.post-ack")]
public sealed record PostAck(
    [property: Id(0)] string ClientMessageId,
    [property: Id(1)] long InboxSequence,
    [property: Id(2)] DateTimeOffset AcceptedAt,
    [property: Id(3)] bool Duplicate);
