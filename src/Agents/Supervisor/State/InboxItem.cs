using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor.State;

/// <summary>A message waiting in the inbox, with its position and arrival time.</summary>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.inbox-item")]
public sealed record InboxItem(
    [property: Id(0)] long Sequence,
    [property: Id(1)] MessageEnvelope Envelope,
    [property: Id(2)] DateTimeOffset AcceptedAt);
