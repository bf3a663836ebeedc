using Hiring.Agents.Outreach;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Screening.Steps;

/// <summary>Input of prepare-questions: whose screen, by ids, an id or a name, or "the top candidate" in the request.</summary>
/// <param name="Request">The recruiter's message ("what should I ask the top candidate?").</param>
/// <param name="Candidate">A candidate's id or name, from the message.</param>
/// <param name="Candidates">Candidate ids, when an earlier step or the planner names them.</param>
/// <param name="Count">How many of the best ranked, or how many questions ("five questions for Maria").</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.screening.prepare-questions-input")]
public sealed record PrepareQuestionsInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Candidate)] string? Candidate = null,
    [property: Id(2)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(3)][StepValue(StepValueNames.Count)] int? Count = null,
    [property: Id(4)][StepValue(StepValueNames.Project)] string? Project = null) : IRecipientRequest;
