using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Output of calibrate: the batch in the order shown.</summary>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.calibrate-output")]
public sealed record CalibrateOutput(
    [property: Id(0)][StepValue(StepValueNames.CalibrationCandidates)] IReadOnlyList<string> Candidates,
    [property: Id(1)][StepValue(StepValueNames.CalibrationCount)] int Count);
