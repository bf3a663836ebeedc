using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor;

/// <summary>The payload of a PlanCreated event: the plan and the message it answers.</summary>
public sealed record PlanCreatedPayload(string Message, string ClientMessageId, Plan Plan);
