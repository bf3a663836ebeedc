namespace Hiring.Contracts.Autopilot;

/// <summary>What a run spent, against its <see cref="AutopilotBudget"/>.</summary>
[GenerateSerializer, Immutable, Alias("hiring.autopilot.use")]
public sealed record AutopilotUse(
    [property: Id(0)] int Candidates = 0,
    [property: Id(1)] long Tokens = 0,
    [property: Id(2)] decimal Cost = 0,
    [property: Id(3)] TimeSpan WallTime = default);
