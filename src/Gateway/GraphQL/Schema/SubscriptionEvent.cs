using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>Root value when the subscription's selection is resolved for one event.</summary>
public sealed record SubscriptionEvent(AssistantEvent Event);
