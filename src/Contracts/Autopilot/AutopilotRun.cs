namespace Hiring.Contracts.Autopilot;

/// <summary>One run of a project's autopilot.</summary>
/// <param name="Id">"run-{n}", numbered per project.</param>
/// <param name="Trigger">"schedule", or who asked for it now.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it ended (null while running).</param>
/// <param name="Status">Running, finished, stopped at its budget, or failed.</param>
/// <param name="Counts">What it did so far.</param>
/// <param name="Use">What it spent so far.</param>
/// <param name="Batches">Batches done (each checkpointed).</param>
/// <param name="StopReason">Why it stopped early, when it did.</param>
/// <param name="Digest">What it did, in a sentence for the recruiter (when finished).</param>
/// <param name="Matches">The candidates it added (the first 50).</param>
[GenerateSerializer, Immutable, Alias("hiring.autopilot.run")]
public sealed record AutopilotRun(
    [property: Id(0)] string Id,
    [property: Id(1)] string Trigger,
    [property: Id(2)] DateTimeOffset StartedAt,
    [property: Id(3)] DateTimeOffset? FinishedAt,
    [property: Id(4)] AutopilotRunStatus Status,
    [property: Id(5)] AutopilotCounts Counts,
    [property: Id(6)] AutopilotUse Use,
    [property: Id(7)] int Batches,
    [property: Id(8)] string? StopReason,
    [property: Id(9)] string? Digest,
    [property: Id(10)] IReadOnlyList<string> Matches);
