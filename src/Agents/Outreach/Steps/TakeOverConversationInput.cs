using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Outreach.Steps;

/// <summary>Input of take-over-conversation: whose conversation (a name or id, or "her": the candidate who wrote last), and the request, which says whether it is handed back.</summary>
/// <param name="Request">The recruiter's message ("let me take over the conversation with her").</param>
/// <param name="Candidate">A candidate's id or name, from the message.</param>
/// <param name="Candidates">Candidate ids, when an earlier step or the planner names them.</param>
/// <param name="Project">The project, when the command names none.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.take-over-conversation-input")]
public sealed record TakeOverConversationInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Candidate)] string? Candidate = null,
    [property: Id(2)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(3)][StepValue(StepValueNames.Project)] string? Project = null);
