using System.Globalization;
using Hiring.Contracts.Autopilot;

namespace Hiring.Agents.Autopilot;

/// <summary>What a run did, in a few sentences for the recruiter ("Backend Engineer: 12 new matches (3 strong) from 2,000 new or changed profiles…").</summary>
public sealed class AutopilotDigest(AutopilotRules rules)
{
    public string Describe(AutopilotRun run, string title)
    {
        var c = run.Counts;
        var text = rules.Say(
            c.Added > 0 ? "digest_found" : "digest_none",
            [("title", title), .. AutopilotRules.Count("found", c.Added, "es"), ("strong", Number(c.Strong)), .. AutopilotRules.Count("scanned", c.Scanned)]);
        if (c.Updated > 0)
        {
            text += rules.Say("digest_updated", [.. AutopilotRules.Count("updated", c.Updated), ("updated_were", c.Updated == 1 ? "was" : "were")]);
        }

        if (c.FollowUpsDue > 0)
        {
            text += rules.Say("digest_followups", AutopilotRules.Count("followups", c.FollowUpsDue));
        }

        if (c.ApprovalsWaiting > 0)
        {
            text += rules.Say("digest_approvals", AutopilotRules.Count("approvals", c.ApprovalsWaiting));
        }

        text += run.Status switch
        {
            AutopilotRunStatus.BudgetReached => rules.Say("digest_budget", ("reason", run.StopReason ?? "")),
            AutopilotRunStatus.Failed => rules.Say("digest_failed", ("reason", run.StopReason ?? "")),
            _ => "",
        };
        return text;
    }

    /// <summary>What the recruiter is told when the autopilot is turned on or off.</summary>
    public string Settings(AutopilotSettings settings, string title)
    {
        if (!settings.Enabled)
        {
            return rules.Say("turned_off", ("title", title));
        }

        var s = settings.Schedule;
        var next = settings.NextRunAt?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";
        var schedule = s.Cadence == AutopilotCadence.EveryHours
            ? rules.Say("schedule_hours", ("hours", Number(s.Hours ?? 24)), ("next", next))
            : rules.Say("schedule_nightly", ("at", (s.At ?? new TimeOnly(2, 0)).ToString("HH:mm", CultureInfo.InvariantCulture)), ("zone", s.TimeZone ?? "UTC"), ("next", next));
        return rules.Say("turned_on", ("title", title), ("schedule", schedule));
    }

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
