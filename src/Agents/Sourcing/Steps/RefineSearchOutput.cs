using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Output of refine-search: the iteration's precision, the good matches so far and the loop's decision.</summary>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.refine-search-output")]
public sealed record RefineSearchOutput(
    [property: Id(0)][StepValue(StepValueNames.Precision)] double Precision,
    [property: Id(1)][StepValue(StepValueNames.Liquidity)] int Liquidity,
    [property: Id(2)][StepValue(StepValueNames.Decision)] LoopDecision Decision);
