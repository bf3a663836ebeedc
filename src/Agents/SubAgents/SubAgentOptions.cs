namespace Hiring.Agents.SubAgents;

/// <summary><c>Hiring:SubAgents</c>: what every sub-agent shares.</summary>
public sealed class SubAgentOptions
{
    public const string Section = "Hiring:SubAgents";

    /// <summary>Finished steps each agent remembers by idempotency key, so a repeated step returns its first outcome.</summary>
    public int RememberedSteps { get; set; } = 256;

    /// <summary>First delay before a report the supervisor did not acknowledge is sent again; doubled each time up to <see cref="MaxReportDelay"/>.</summary>
    public TimeSpan ReportRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReportDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Reminder that wakes an agent after a crash while a step is accepted or a report undelivered.</summary>
    public TimeSpan WakePeriod { get; set; } = TimeSpan.FromMinutes(1);
}
