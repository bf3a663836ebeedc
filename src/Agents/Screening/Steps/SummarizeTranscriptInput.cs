using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Screening.Steps;

/// <summary>Input of summarize-transcript: the recruiter's message (which may hold the pasted transcript) and whose screen it was.</summary>
/// <param name="Request">The recruiter's message, with the transcript pasted after their words, or without one to show the summary kept.</param>
/// <param name="Candidate">A candidate's id or name, from the message.</param>
/// <param name="Candidates">Candidate ids, when an earlier step or the planner names them.</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.screening.summarize-transcript-input")]
public sealed record SummarizeTranscriptInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Candidate)] string? Candidate = null,
    [property: Id(2)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(3)][StepValue(StepValueNames.Project)] string? Project = null);
