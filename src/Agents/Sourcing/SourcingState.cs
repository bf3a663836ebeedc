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

    /// <summary>Every search iteration, oldest first, with its metrics once evaluated.</summary>
    [Id(3)]
    public List<SourcingIteration> Iterations { get; set; } = [];

    /// <summary>Which query first found each candidate sourcing added.</summary>
    [Id(4)]
    public Dictionary<string, string> FoundBy { get; set; } = [];

    /// <summary>Candidates whose query was already credited in the recruiter's history.</summary>
    [Id(5)]
    public HashSet<string> Credited { get; set; } = [];

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
