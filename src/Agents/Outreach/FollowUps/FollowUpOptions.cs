namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>When follow-ups fall due (configuration section Hiring:Outreach:FollowUps).</summary>
public sealed class FollowUpOptions
{
    public const string Section = "Hiring:Outreach:FollowUps";

    /// <summary>How long a thread waits without a reply after its last message before a follow-up is due.</summary>
    public TimeSpan After { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often the outreach agent wakes to look for due follow-ups while any are scheduled (Orleans reminders tick at most once a minute).</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);
}
