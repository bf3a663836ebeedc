namespace Hiring.Contracts.Autopilot;

/// <summary>What one run may spend before it stops cleanly and says so.</summary>
/// <param name="MaxCandidates">Profiles evaluated.</param>
/// <param name="MaxTokens">Model tokens (from the usage ledger; the built-in engine uses none).</param>
/// <param name="MaxCost">Model cost in the ledger's currency.</param>
/// <param name="MaxWallTime">Time from the run's start.</param>
[GenerateSerializer, Immutable, Alias("hiring.autopilot.budget")]
public sealed record AutopilotBudget(
    [property: Id(0)] int MaxCandidates,
    [property: Id(1)] long MaxTokens,
    [property: Id(2)] decimal MaxCost,
    [property: Id(3)] TimeSpan MaxWallTime);
