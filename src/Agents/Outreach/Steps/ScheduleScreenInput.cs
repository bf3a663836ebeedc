using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Input of schedule-screen: who (an id or name, or "the second one" in the request) and when ("next week").</summary>
/// <param name="Request">The recruiter's message ("schedule a screen with the second one next week").</param>
/// <param name="Candidate">A candidate's id or name, from the message.</param>
/// <param name="Candidates">Candidate ids, when an earlier step or the planner names them (the first is taken).</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.schedule-screen-input")]
public sealed record ScheduleScreenInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Candidate)] string? Candidate = null,
    [property: Id(2)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(3)][StepValue(StepValueNames.Project)] string? Project = null);
