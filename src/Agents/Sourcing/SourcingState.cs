using Hiring.Agents.Privacy;
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

    /// <summary>
    /// Forgets an erased candidate: the recruiter's reactions to them, their place among the liked
    /// profiles the search models on and the query that found them go; other reactions lose their
    /// mentions, and the record of steps is redacted. The loop's ids and counts stay, as the project's
    /// exclusions keep the id: an id alone says nothing about the person. True when anything changed.
    /// </summary>
    public bool EraseCandidate(PlanRedaction redaction)
    {
        var id = redaction.Mentions.CandidateId;
        var changed = Feedback.RemoveAll(f => f.CandidateId == id) > 0;
        for (var i = 0; i < Feedback.Count; i++)
        {
            if (redaction.Mentions.In(Feedback[i].Words))
            {
                Feedback[i] = Feedback[i] with { Words = redaction.Redact(Feedback[i].Words) };
                changed = true;
            }
        }

        if (Preferences.Liked.Contains(id))
        {
            Preferences = Preferences with { Liked = [.. Preferences.Liked.Where(l => l != id)] };
            changed = true;
        }

        changed |= LegacyFoundBy.Remove(id) | LegacyCredited.Remove(id);
        return Steps.Erase(redaction) | changed;
    }
}
