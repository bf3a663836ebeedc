using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Output of schedule-screen: the screen whose slots were offered, none when nothing was.</summary>
[GenerateSerializer, Immutable, Alias("hiring.outreach.schedule-screen-output")]
public sealed record ScheduleScreenOutput([property: Id(0)][StepValue(StepValueNames.ScreenId)] string? Screen = null);
