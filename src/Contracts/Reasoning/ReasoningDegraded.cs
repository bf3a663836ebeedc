namespace Hiring.Contracts.Reasoning;

/// <summary>A reasoning task fell back to the built-in engine; the supervisor turns this into an event.</summary>
/// <param name="Task">The reasoning task's name, e.g. "planner".</param>
/// <param name="Reason">Why the model was not used.</param>
/// <param name="Detail">A human-readable explanation (the error or validation failure).</param>
/// <param name="Tenant">The tenant, when known.</param>
/// <param name="Recruiter">The recruiter key (tenant/recruiter), when known.</param>
/// <param name="Project">The project key (tenant/project), when known.</param>
/// <param name="At">When the fallback happened.</param>
[GenerateSerializer, Immutable, Alias("hiring.reasoning.degraded")]
public sealed record ReasoningDegraded(
    [property: Id(0)] string Task,
    [property: Id(1)] DegradedReason Reason,
    [property: Id(2)] string Detail,
    [property: Id(3)] string? Tenant,
    [property: Id(4)] string? Recruiter,
    [property: Id(5)] string? Project,
    [property: Id(6)] DateTimeOffset At);
