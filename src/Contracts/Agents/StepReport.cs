namespace Hiring.Contracts.Agents;

/// <summary>What a sub-agent reports to the supervisor when a step it accepted has finished.</summary>
/// <param name="IdempotencyKey">The step's key, as in its <see cref="StepCommand"/>.</param>
/// <param name="Recruiter">The supervisor the report goes to (tenant/recruiter).</param>
/// <param name="Status">Done, refused or failed.</param>
/// <param name="Outcome">The outcome of a step that is done.</param>
/// <param name="Error">Why a step was refused or failed.</param>
[GenerateSerializer, Immutable, Alias("hiring.agents.step-report")]
public sealed record StepReport(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string Recruiter,
    [property: Id(2)] StepReportStatus Status,
    [property: Id(3)] StepOutcome? Outcome = null,
    [property: Id(4)] string? Error = null);
