namespace Hiring.Talent.Synthetic;

/// <summary>What to generate. The same options give the same pool, byte for byte.</summary>
/// <param name="Profiles">How many people.</param>
/// <param name="Seed">The seed of every random choice.</param>
/// <param name="AsOf">The "today" of the pool: current roles run to this month, recent hires are counted back from it.</param>
public sealed record SyntheticPoolOptions(int Profiles, int Seed, DateOnly AsOf)
{
    /// <summary>Options whose as-of date is the first day of the current UTC month.</summary>
    public static SyntheticPoolOptions ThisMonth(int profiles, int seed, TimeProvider? time = null)
    {
        var today = DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        return new SyntheticPoolOptions(profiles, seed, MonthSpan.MonthOf(today));
    }
}
