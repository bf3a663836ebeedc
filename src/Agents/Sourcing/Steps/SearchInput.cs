using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Input of search.</summary>
/// <param name="Request">The recruiter's message (a first search shows the calibration batch for it).</param>
/// <param name="Count">How many candidates to add; else the message's count, else the default.</param>
/// <param name="Iteration">The loop iteration; 1 or none for a search the recruiter asked for.</param>
/// <param name="Plan">The adjusted query plan of a later iteration.</param>
/// <param name="Exclude">Terms to leave out of the query.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.search-input")]
public sealed record SearchInput(
    [property: Id(0)][StepValue(StepValueNames.Request)] string? Request = null,
    [property: Id(1)][StepValue(StepValueNames.Count)] int? Count = null,
    [property: Id(2)][StepValue(StepValueNames.Iteration)] int? Iteration = null,
    [property: Id(3)][StepValue(StepValueNames.Plan)] QueryPlan? Plan = null,
    [property: Id(4)][StepValue(StepValueNames.Exclude)] IReadOnlyList<string>? Exclude = null);
