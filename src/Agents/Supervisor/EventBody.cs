using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>What the event log stores for one event; the sequence is the log entry's own.</summary>
public sealed record EventBody(AssistantEventKind Kind, DateTimeOffset At, string Text, string? PlanId, int? StepIndex, string? Payload);
