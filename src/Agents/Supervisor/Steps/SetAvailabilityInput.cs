using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor.Steps;

/// <summary>Input of set-availability: the recruiter's words ("I take screens Tue and Thu 2-5pm CET"), read by <see cref="Outreach.Scheduling.AvailabilitySentenceReader"/>.</summary>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.set-availability-input")]
public sealed record SetAvailabilityInput([property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null);
