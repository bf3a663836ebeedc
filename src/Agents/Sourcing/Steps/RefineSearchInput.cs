using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Input of refine-search: the iteration and what its evaluation found.</summary>
/// <param name="Iteration">The iteration to refine; else the loop's last.</param>
/// <param name="Evaluated">How many candidates evaluation assessed.</param>
/// <param name="Good">How many were good matches.</param>
/// <param name="GoodIds">The good matches, best first.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.refine-search-input")]
public sealed record RefineSearchInput(
    [property: Id(0)][StepValue(StepValueNames.Iteration)] int? Iteration = null,
    [property: Id(1)][StepValue(StepValueNames.EvaluatedCount)] int? Evaluated = null,
    [property: Id(2)][StepValue(StepValueNames.GoodCount)] int? Good = null,
    [property: Id(3)][StepValue(StepValueNames.GoodIds)] IReadOnlyList<string>? GoodIds = null);
