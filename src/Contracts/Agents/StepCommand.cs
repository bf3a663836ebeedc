using Hiring.Contracts.Planning;

namespace Hiring.Contracts.Agents;

/// <summary>What the supervisor asks a sub-agent to do for one plan step.</summary>
/// <param name="IdempotencyKey">Stable across retries and replans of the same step: an agent that has seen it returns its first outcome and applies nothing again.</param>
/// <param name="Recruiter">The recruiter's supervisor key (tenant/recruiter), for reporting back.</param>
/// <param name="ProjectId">The project the step is about (without the tenant), when any.</param>
/// <param name="Action">The action, one of <see cref="PlanActions"/>.</param>
/// <param name="Inputs">The step's inputs, with outputs of earlier steps of the plan merged in.</param>
/// <param name="Slots">What the planner extracted from the recruiter's message.</param>
[GenerateSerializer, Immutable, Alias("hiring.agents.step-command")]
public sealed record StepCommand(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string Recruiter,
    [property: Id(2)] string? ProjectId,
    [property: Id(3)] string Action,
    [property: Id(4)] IReadOnlyDictionary<string, string> Inputs,
    [property: Id(5)] RequestSlots Slots);
