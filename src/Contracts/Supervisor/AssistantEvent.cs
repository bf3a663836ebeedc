namespace Hiring.Contracts.Supervisor;

/// <summary>
/// One thing the assistant did or saw, in order: the sequence is per recruiter, gapless, and the
/// cursor clients resume from.
/// </summary>
/// <param name="Sequence">Position in the recruiter's event log (1, 2, …).</param>
/// <param name="Recruiter">The recruiter's grain key (tenant/recruiter).</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it happened.</param>
/// <param name="Text">A sentence for the recruiter (or a chunk of streamed text).</param>
/// <param name="PlanId">The plan it belongs to, when any.</param>
/// <param name="StepIndex">The step it belongs to, when any (0-based).</param>
/// <param name="Payload">Structured detail as JSON (the plan, a step's result, an approval), when any.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.event")]
public sealed record AssistantEvent(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string Recruiter,
    [property: Id(2)] AssistantEventKind Kind,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Text,
    [property: Id(5)] string? PlanId = null,
    [property: Id(6)] int? StepIndex = null,
    [property: Id(7)] string? Payload = null);
