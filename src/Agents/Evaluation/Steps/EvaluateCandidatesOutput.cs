using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Evaluation.Steps;

/// <summary>Output of evaluate-candidates.</summary>
/// <param name="Evaluated">How many candidates were evaluated.</param>
/// <param name="Good">How many passed the shortlist gate.</param>
/// <param name="GoodIds">Those, best first.</param>
/// <param name="Shortlist">The top good matches proposed for the shortlist.</param>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.evaluate-candidates-output")]
public sealed record EvaluateCandidatesOutput(
    [property: Id(0)][StepValue(StepValueNames.EvaluatedCount)] int Evaluated,
    [property: Id(1)][StepValue(StepValueNames.GoodCount)] int Good,
    [property: Id(2)][StepValue(StepValueNames.GoodIds)] IReadOnlyList<string> GoodIds,
    [property: Id(3)][StepValue(StepValueNames.Shortlist)] IReadOnlyList<string> Shortlist);
