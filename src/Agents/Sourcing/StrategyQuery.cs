namespace Hiring.Agents.Sourcing;

/// <summary>One query a strategy ran, and how many profiles it matched in all.</summary>
/// <param name="Strategy">boolean, ai-variant or history (see <see cref="SourcingStrategies"/>).</param>
/// <param name="Query">The boolean query as run.</param>
/// <param name="Hits">Profiles it matched in the pool.</param>
/// <param name="Note">Why the strategy chose it (the variant's rationale, the history's past outcome).</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.strategy-query")]
public sealed record StrategyQuery(
    [property: Id(0)] string Strategy,
    [property: Id(1)] string Query,
    [property: Id(2)] long Hits,
    [property: Id(3)] string Note = "");
