namespace Hiring.Agents.Sourcing;

/// <summary>One iteration of the sourcing loop: what ran, what it found, how evaluation judged it, and what the loop decided.</summary>
/// <param name="Number">1 for the first search of a project's loop.</param>
/// <param name="Query">The boolean query of the iteration.</param>
/// <param name="Plan">The query plan it was built from.</param>
/// <param name="Queries">Every query the strategies ran, with hits.</param>
/// <param name="CandidateIds">The candidates it added to the pipeline.</param>
/// <param name="Evaluated">Candidates evaluation assessed, once known.</param>
/// <param name="Good">Of those, good matches, once known.</param>
/// <param name="Precision">Good / evaluated, once known.</param>
/// <param name="Liquidity">Good matches found by the loop so far, once known.</param>
/// <param name="Decision">What the loop decided after this iteration, once known.</param>
/// <param name="Reason">Why, in words for the recruiter.</param>
/// <param name="Loop">Which loop of the project (a search started by the recruiter starts a new one).</param>
/// <param name="Requested">How many candidates the iteration was asked for.</param>
/// <param name="GoodIds">The good matches evaluation found among them, once known.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.iteration")]
public sealed record SourcingIteration(
    [property: Id(0)] int Number,
    [property: Id(1)] string Query,
    [property: Id(2)] QueryPlan Plan,
    [property: Id(3)] IReadOnlyList<StrategyQuery> Queries,
    [property: Id(4)] IReadOnlyList<string> CandidateIds,
    [property: Id(5)] int? Evaluated = null,
    [property: Id(6)] int? Good = null,
    [property: Id(7)] double? Precision = null,
    [property: Id(8)] int? Liquidity = null,
    [property: Id(9)] LoopDecision? Decision = null,
    [property: Id(10)] string? Reason = null,
    [property: Id(11)] int Loop = 1,
    [property: Id(12)] int Requested = 0,
    [property: Id(13)] IReadOnlyList<string>? GoodIds = null);
