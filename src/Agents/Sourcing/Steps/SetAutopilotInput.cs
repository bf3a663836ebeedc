using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Input of set-autopilot: on or off, and the recruiter's words, which may say when ("every 6 hours", "at 3am").</summary>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.set-autopilot-input")]
public sealed record SetAutopilotInput(
    [property: Id(0)][StepValue(StepValueNames.Enabled)] bool? Enabled = null,
    [property: Id(1)][StepValue(StepValueNames.Request)] string? Request = null);
