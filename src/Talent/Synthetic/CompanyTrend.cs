namespace Hiring.Talent.Synthetic;

/// <summary>What a synthetic company's headcount did recently.</summary>
public enum CompanyTrend
{
    Steady = 0,

    /// <summary>Many hires in the twelve months before the as-of date.</summary>
    FastGrowing = 1,

    /// <summary>A layoff wave: many departures in one month.</summary>
    Layoffs = 2,
}
