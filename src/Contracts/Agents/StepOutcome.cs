namespace Hiring.Contracts.Agents;

/// <summary>What a sub-agent reports back for one step.</summary>
/// <param name="Summary">One or two sentences for the recruiter.</param>
/// <param name="Outputs">Named values later steps of the plan receive as inputs (for example candidate ids).</param>
/// <param name="Payload">Structured detail as JSON for the UI, when any.</param>
/// <param name="ProjectId">The project the step created or worked on, when any.</param>
/// <param name="FollowUps">Steps the supervisor inserts right after this one (for example an approval of proposed qualifications, or the next iteration of the sourcing loop).</param>
/// <param name="Question">A question for the recruiter; the plan stops here and the question is the reply.</param>
/// <param name="Open">What the question is about, so the recruiter's next message is read as its answer (kind, the request, what is missing, the candidates shown).</param>
[GenerateSerializer, Immutable, Alias("hiring.agents.step-outcome")]
public sealed record StepOutcome(
    [property: Id(0)] string Summary,
    [property: Id(1)] IReadOnlyDictionary<string, string> Outputs,
    [property: Id(2)] string? Payload = null,
    [property: Id(3)] string? ProjectId = null,
    [property: Id(4)] IReadOnlyList<Planning.PlanStep>? FollowUps = null,
    [property: Id(5)] string? Question = null,
    [property: Id(6)] Planning.OpenQuestion? Open = null);
