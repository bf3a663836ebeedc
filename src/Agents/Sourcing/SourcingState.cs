using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Sourcing;

/// <summary>The sourcing agent's durable state for one project.</summary>
[GenerateSerializer, Alias("hiring.sourcing.state")]
public sealed class SourcingState : ISubAgentState
{
    // Id 0 held the outcomes by key before the one sub-agent shape; it is retired, never reused.

    /// <summary>When the calibration batch was shown; sourcing in earnest waits for it.</summary>
    [Id(1)]
    public DateTimeOffset? CalibratedAt { get; set; }

    /// <summary>The calibration batch, in the order shown (so "1 and 3" can be read).</summary>
    [Id(2)]
    public List<string> CalibrationIds { get; set; } = [];

    /// <summary>The current loop's search iterations, oldest first, with their metrics once evaluated; earlier loops are archived in <see cref="SourcingHistory"/>.</summary>
    [Id(3)]
    public List<SourcingIteration> Iterations { get; set; } = [];

    /// <summary>Which query found each candidate, as state kept it before <see cref="SourcingHistory"/>: moved there by the next search, then empty.</summary>
    [Id(4)]
    public Dictionary<string, string> LegacyFoundBy { get; set; } = [];

    /// <summary>Credited candidates, as state kept them before <see cref="SourcingHistory"/>: moved there by the next search, then empty.</summary>
    [Id(5)]
    public HashSet<string> LegacyCredited { get; set; } = [];

    /// <summary>The current loop (a search without an iteration input starts the next).</summary>
    [Id(6)]
    public int Loop { get; set; }

    /// <summary>Every reaction of the recruiter to a candidate, oldest first: who said what.</summary>
    [Id(7)]
    public List<FeedbackEntry> Feedback { get; set; } = [];

    /// <summary>What the feedback changed in the search.</summary>
    [Id(8)]
    public SourcingPreferences Preferences { get; set; } = SourcingPreferences.None;

    /// <summary>When the recruiter first reacted to the calibration batch; unrated candidates of the batch may be found by searches from then on.</summary>
    [Id(9)]
    public DateTimeOffset? CalibrationAnsweredAt { get; set; }

    /// <summary>The record of the agent's steps.</summary>
    [Id(10)]
    public StepRecord Steps { get; set; } = new();
}
