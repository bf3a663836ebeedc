namespace Hiring.Agents.Sourcing;

/// <summary>Targets and budgets of sourcing (configuration section Hiring:Sourcing).</summary>
public sealed class SourcingOptions
{
    public const string Section = "Hiring:Sourcing";

    /// <summary>Candidates one search adds when the step does not say ("count").</summary>
    public int DefaultCount { get; set; } = 25;

    /// <summary>Most candidates proposed for the shortlist when the loop stops.</summary>
    public int ShortlistSize { get; set; } = 25;

    /// <summary>Below this share of good matches among the evaluated, the loop tightens.</summary>
    public double PrecisionTarget { get; set; } = 0.5;

    /// <summary>Below this many good matches found so far, the loop broadens.</summary>
    public int LiquidityTarget { get; set; } = 10;

    /// <summary>Most search iterations of one loop.</summary>
    public int MaxIterations { get; set; } = 3;

    /// <summary>Most candidates one loop adds to the pipeline, all iterations together.</summary>
    public int MaxCandidates { get; set; } = 100;

    /// <summary>Size of the calibration batch (kept between 10 and 20).</summary>
    public int CalibrationSize { get; set; } = 15;

    /// <summary>Hits read per query before merging and ranking.</summary>
    public int SearchDepth { get; set; } = 200;

    /// <summary>Most AI-generated variants run per search.</summary>
    public int MaxVariants { get; set; } = 3;

    /// <summary>Most past queries of the recruiter's run per search.</summary>
    public int MaxHistoryQueries { get; set; } = 2;

    /// <summary>A layoff signal counts when its month is at most this many months ago.</summary>
    public int LayoffRecentMonths { get; set; } = 6;

    /// <summary>Rank multiplier for someone open to work.</summary>
    public double OpenToWorkBoost { get; set; } = 1.25;

    /// <summary>Rank multiplier for someone at (or just out of) a company with a recent layoff signal.</summary>
    public double LayoffBoost { get; set; } = 1.15;

    /// <summary>Rank multiplier for someone fewer than <see cref="RecentHireDays"/> into their role.</summary>
    public double RecentlyHiredPenalty { get; set; } = 0.6;

    /// <summary>Someone in their current role for fewer days than this was recently hired.</summary>
    public int RecentHireDays { get; set; } = 90;

    /// <summary>Rank boost for each skill the recruiter's liked candidates share (0.1 = +10% per skill).</summary>
    public double LikedSkillWeight { get; set; } = 0.1;

    /// <summary>Rank boost for a candidate who has a skill the recruiter's memory says someone likes (0.3 = +30%), once per memory.</summary>
    public double RememberedSkillWeight { get; set; } = 0.3;

    /// <summary>Rank boost at cosine 1 to the nearest liked profile (MiniLM vectors), proportional below.</summary>
    public double SimilarityWeight { get; set; } = 0.5;

    /// <summary>Most liked profiles used as similarity models (the most recent).</summary>
    public int MaxSimilarityModels { get; set; } = 5;
}
