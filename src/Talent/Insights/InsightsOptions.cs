namespace Hiring.Talent.Insights;

/// <summary>Windows and thresholds of the insights; the defaults are what the product shows.</summary>
public sealed class InsightsOptions
{
    /// <summary>Entries per top list.</summary>
    public int Top { get; set; } = 10;

    /// <summary>A move counts as talent flow when the new job started within this many months.</summary>
    public int FlowMonths { get; set; } = 24;

    /// <summary>Joins and leaves are counted over this many months for growth.</summary>
    public int GrowthMonths { get; set; } = 12;

    /// <summary>Departures are averaged over this many months (the current one included) to find spikes.</summary>
    public int LayoffWindowMonths { get; set; } = 24;

    /// <summary>A month is a spike when its departures are at least this many times the monthly average...</summary>
    public double SpikeFactor { get; set; } = 3;

    /// <summary>...and at least this many people.</summary>
    public int MinSpikeDepartures { get; set; } = 3;

    /// <summary>Someone in their current role for fewer days than this was recently hired.</summary>
    public int RecentHireDays { get; set; } = 90;

    /// <summary>Most matched profiles read for one request (the best-ranked first).</summary>
    public int MaxProfiles { get; set; } = 20_000;
}
