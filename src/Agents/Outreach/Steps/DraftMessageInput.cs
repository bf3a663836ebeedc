using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Input of draft-message: who to write to, by ids, an id or a name, or "the top N" / "the shortlist" in the request.</summary>
/// <param name="Request">The recruiter's message ("draft a message to the shortlist").</param>
/// <param name="Candidate">A candidate's id or name, from the message.</param>
/// <param name="Candidates">Candidate ids, when an earlier step or the planner names them.</param>
/// <param name="Count">How many of the best ranked ("the top 2").</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.draft-message-input")]
public sealed record DraftMessageInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Candidate)] string? Candidate = null,
    [property: Id(2)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(3)][StepValue(StepValueNames.Count)] int? Count = null,
    [property: Id(4)][StepValue(StepValueNames.Project)] string? Project = null) : IRecipientRequest;
