using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Input of calibrate.</summary>
/// <param name="Request">The recruiter's message, kept with the question so the answer is read against it.</param>
/// <param name="Count">How many candidates to show; else the calibration size.</param>
/// <param name="Exclude">Terms to leave out of the query.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.calibrate-input")]
public sealed record CalibrateInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Count)] int? Count = null,
    [property: Id(2)][StepValue(StepValueNames.Exclude)] IReadOnlyList<string>? Exclude = null);
