using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Output of take-over-conversation: the candidate whose conversation changed hands (none while the recruiter is asked whose).</summary>
[GenerateSerializer, Immutable, Alias("hiring.outreach.take-over-conversation-output")]
public sealed record TakeOverConversationOutput([property: Id(0)][StepValue(StepValueNames.CandidateId)] string? Candidate = null);
