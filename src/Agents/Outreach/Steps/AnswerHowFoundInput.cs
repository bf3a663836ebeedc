using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Input of answer-how-found: the one candidate who asked how they were found.</summary>
/// <param name="Candidates">The candidate who asked.</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.answer-how-found-input")]
public sealed record AnswerHowFoundInput(
    [property: Id(0)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string> Candidates,
    [property: Id(1)][StepValue(StepValueNames.Project)] string? Project = null);
