namespace Hiring.Agents.Supervisor;

/// <summary>Limits and timings of the supervisor (section Hiring:Supervisor).</summary>
public sealed class SupervisorOptions
{
    public const string Section = "Hiring:Supervisor";

    /// <summary>Unprocessed messages an inbox holds before it refuses more.</summary>
    public int MaxInbox { get; set; } = 100;

    /// <summary>Longest message accepted, in characters (a pasted job description or transcript fits).</summary>
    public int MaxMessageChars { get; set; } = 32_000;

    /// <summary>Longest client message id accepted.</summary>
    public int MaxClientMessageIdChars { get; set; } = 128;

    /// <summary>Receipts kept for idempotent posts (older ids are forgotten).</summary>
    public int RememberedMessageIds { get; set; } = 500;

    /// <summary>Decided approvals kept in state (pending ones are always kept).</summary>
    public int RememberedApprovals { get; set; } = 200;

    /// <summary>Attempts of a failing step before the plan is replanned.</summary>
    public int MaxStepAttempts { get; set; } = 3;

    /// <summary>First retry delay; doubled on each further attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the wake-up reminder fires while work is pending (it resumes work after a crash).</summary>
    public TimeSpan WakePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long the supervisor waits for the report of a step its agent accepted before handing it
    /// again (a no-op for an agent still working on it; a nudge for one that lost it).
    /// </summary>
    public TimeSpan StepCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest page of events or conversation turns one call returns.</summary>
    public int MaxPage { get; set; } = 500;

    /// <summary>After this long without a word, the recruiter's next message ends the stretch of conversation before it (kept as an episode).</summary>
    public TimeSpan EpisodeQuietPeriod { get; set; } = TimeSpan.FromHours(8);
}
