namespace Hiring.Talent.Search;

/// <summary>How the background embedding worker starts.</summary>
public sealed class EmbeddingWorkerOptions
{
    /// <summary>
    /// Embed, at start, the profiles indexed while no worker ran. On by default; a benchmark that
    /// measures the recruiting loop on a freshly seeded pool turns it off so the backfill does not
    /// compete for the cores (profiles without vectors keep their keyword rank).
    /// </summary>
    public bool BackfillOnStart { get; init; } = true;
}
