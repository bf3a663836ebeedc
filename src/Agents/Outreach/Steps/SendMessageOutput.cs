using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Output of send-message: the ledger's message id when it went out (or had gone out before), none when nothing was sent.</summary>
[GenerateSerializer, Immutable, Alias("hiring.outreach.send-message-output")]
public sealed record SendMessageOutput([property: Id(0)][StepValue(StepValueNames.MessageId)] string? Message = null);
