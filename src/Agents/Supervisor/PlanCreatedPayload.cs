using Hiring.Contracts.Planning;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Supervisor;

/// <summary>The payload of a PlanCreated event: the plan and the message it answers.</summary>
/// <param name="Message">The text that was planned: the recruiter's message, without what the policy refused.</param>
/// <param name="ClientMessageId">The client's id of the message.</param>
/// <param name="Plan">The plan.</param>
/// <param name="Refused">The preferences the policy took out of the message before it was planned, when there were any.</param>
public sealed record PlanCreatedPayload(string Message, string ClientMessageId, Plan Plan, IReadOnlyList<PolicyFinding>? Refused = null);
