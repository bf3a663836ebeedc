using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Output of search: what it added, or, for a project not calibrated yet, the calibration batch it showed instead.</summary>
/// <param name="Candidates">Ids to evaluate: liked candidates waiting, then those added (empty replaces an earlier search's).</param>
/// <param name="Iteration">The loop iteration this search was.</param>
/// <param name="Query">The boolean query used.</param>
/// <param name="Calibration">The batch shown instead of a search.</param>
/// <param name="CalibrationCount">How many that batch holds.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.search-output")]
public sealed record SearchOutput(
    [property: Id(0)][StepValue(StepValueNames.Candidates)] IReadOnlyList<string>? Candidates = null,
    [property: Id(1)][StepValue(StepValueNames.Iteration)] int? Iteration = null,
    [property: Id(2)][StepValue(StepValueNames.Query)] string? Query = null,
    [property: Id(3)][StepValue(StepValueNames.CalibrationCandidates)] IReadOnlyList<string>? Calibration = null,
    [property: Id(4)][StepValue(StepValueNames.CalibrationCount)] int? CalibrationCount = null)
{
    public static SearchOutput Calibrated(CalibrateOutput batch) => new(Calibration: batch.Candidates, CalibrationCount: batch.Count);
}
