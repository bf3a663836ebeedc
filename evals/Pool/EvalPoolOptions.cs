namespace Hiring.Evals.Pool;

/// <summary>The eval pool's shape. The same options give the same pool, so a seeded pool is reused.</summary>
/// <param name="Profiles">How many synthetic people.</param>
/// <param name="Seed">The generator's seed.</param>
/// <param name="AsOf">The pool's "today".</param>
/// <param name="Embed">Whether profile vectors are computed when seeding (semantic rerank needs them).</param>
public sealed record EvalPoolOptions(int Profiles, int Seed, DateOnly AsOf, bool Embed = true)
{
    /// <summary>The pool every pool suite scores against: seed 11, 4,000 profiles, as of 2026-11-01.</summary>
    public static EvalPoolOptions Default { get; } = new(4_000, 11, new DateOnly(2026, 11, 1));
}
