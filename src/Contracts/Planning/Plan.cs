using Hiring.Contracts.Reasoning;

namespace Hiring.Contracts.Planning;

/// <summary>What the assistant will do about one recruiter message: ordered steps, executed in order.</summary>
/// <param name="Intent">The recognised intent.</param>
/// <param name="Steps">Ordered steps; never empty (a reply-only plan has one supervisor step).</param>
/// <param name="Summary">One sentence for the recruiter saying what the assistant is about to do.</param>
/// <param name="Slots">What was extracted from the message.</param>
/// <param name="Confidence">How sure the planner is of the intent, 0 to 1.</param>
/// <param name="Provenance">Engine, model and prompt version that produced the plan.</param>
/// <param name="ProjectId">Another of the recruiter's projects the message goes back to ("back to the paralegal one"): the plan acts on it, and it becomes the project the recruiter works on; null for the open one.</param>
[GenerateSerializer, Immutable, Alias("hiring.planning.plan")]
public sealed record Plan(
    [property: Id(0)] PlanIntent Intent,
    [property: Id(1)] IReadOnlyList<PlanStep> Steps,
    [property: Id(2)] string Summary,
    [property: Id(3)] RequestSlots Slots,
    [property: Id(4)] double Confidence,
    [property: Id(5)] Provenance Provenance,
    [property: Id(6)] string? ProjectId = null);
