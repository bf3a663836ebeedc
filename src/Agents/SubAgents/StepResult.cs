using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.SubAgents;

/// <summary>What a typed step handler returns: <see cref="StepOutcome"/> with its outputs as a record instead of named strings.</summary>
/// <param name="Summary">One or two sentences for the recruiter.</param>
/// <param name="Output">The values later steps receive, written by <see cref="StepValues.Write{T}"/>.</param>
/// <param name="Payload">Structured detail as JSON for the UI, when any.</param>
/// <param name="ProjectId">The project the step created or worked on, when any.</param>
/// <param name="FollowUps">Steps the supervisor inserts right after this one.</param>
/// <param name="Question">A question for the recruiter; the plan stops here.</param>
/// <param name="Open">What the question is about, so the next message is read as its answer.</param>
public sealed record StepResult<TOutput>(
    string Summary,
    TOutput Output,
    string? Payload = null,
    string? ProjectId = null,
    IReadOnlyList<PlanStep>? FollowUps = null,
    string? Question = null,
    OpenQuestion? Open = null)
    where TOutput : notnull
{
    /// <summary>The same result with other outputs (a step that answers with another step's work).</summary>
    public StepResult<TOther> With<TOther>(TOther output)
        where TOther : notnull =>
        new(Summary, output, Payload, ProjectId, FollowUps, Question, Open);

    public StepOutcome ToOutcome() => new(Summary, StepValues.Write(Output), Payload, ProjectId, FollowUps, Question, Open);
}
