using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Input of set-autopilot: on or off.</summary>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.set-autopilot-input")]
public sealed record SetAutopilotInput([property: Id(0)][StepValue(StepValueNames.Enabled)] bool? Enabled = null);
