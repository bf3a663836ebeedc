namespace Hiring.Agents.Supervisor.State;

/// <summary>
/// The stretch of conversation about one project still going on: the plans that finished on it, the
/// span of the event log they wrote, and when. It ends when a plan finishes on another project or the
/// recruiter comes back after a quiet period; its summary then joins their memory as an episode.
/// </summary>
[GenerateSerializer, Alias("hiring.supervisor.conversation-stretch")]
public sealed class ConversationStretch
{
    /// <summary>The most plans one stretch lists; later ones still extend its span.</summary>
    public const int MaxPlans = 100;

    [Id(0)]
    public string ProjectId { get; set; } = "";

    /// <summary>The first event of its first plan (a lower bound: nothing of the stretch is before it).</summary>
    [Id(1)]
    public long FromEvent { get; set; }

    /// <summary>The last event when its last plan finished.</summary>
    [Id(2)]
    public long ThroughEvent { get; set; }

    [Id(3)]
    public DateTimeOffset StartedAt { get; set; }

    [Id(4)]
    public DateTimeOffset EndedAt { get; set; }

    /// <summary>The plans that finished on the project in this stretch, oldest first.</summary>
    [Id(5)]
    public List<string> PlanIds { get; set; } = [];

    /// <summary>Where the episode came from: the project and the span of the event log ("acme/ana.p1#12-31"), the same on every retry.</summary>
    public string Reference => $"{ProjectId}#{FromEvent}-{ThroughEvent}";
}
