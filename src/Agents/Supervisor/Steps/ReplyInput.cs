using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor.Steps;

/// <summary>Input of the supervisor's reply step: what to say.</summary>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.reply-input")]
public sealed record ReplyInput([property: Id(0)][StepValue(StepValueNames.Text)] string? Text = null);
