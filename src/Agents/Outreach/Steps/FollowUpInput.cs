using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Input of follow-up: the candidates to follow up with (every thread of the project without a reply when none are named).</summary>
/// <param name="Candidates">Candidate ids, when the reminder or an earlier step names them.</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.follow-up-input")]
public sealed record FollowUpInput(
    [property: Id(0)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(1)][StepValue(StepValueNames.Project)] string? Project = null);
