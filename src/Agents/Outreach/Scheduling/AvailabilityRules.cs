using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>Checks a recruiter's availability before it is kept: a known IANA zone, windows that open before they close, and bounded lists.</summary>
public static class AvailabilityRules
{
    public const int MaxWindows = 28;
    public const int MaxDaysOff = 366;

    /// <summary>The availability with its windows in week order and days off sorted; refuses (INVALID) what cannot be used, saying why.</summary>
    public static RecruiterAvailability Validate(RecruiterAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        if (TimeZones.Find(availability.TimeZone) is null)
        {
            throw Refuse($"'{availability.TimeZone}' is not a time zone I know; use an IANA name such as Europe/Berlin or America/New_York.");
        }

        var windows = availability.Windows ?? [];
        var daysOff = availability.DaysOff ?? [];
        if (windows.Count > MaxWindows || daysOff.Count > MaxDaysOff)
        {
            throw Refuse($"At most {MaxWindows} weekly windows and {MaxDaysOff} days off are kept.");
        }

        if (windows.FirstOrDefault(w => w.End <= w.Start || !Enum.IsDefined(w.Day)) is { } bad)
        {
            throw Refuse($"The window on {bad.Day} ends at {bad.End:HH\\:mm}, not after it starts at {bad.Start:HH\\:mm}.");
        }

        return new RecruiterAvailability(
            availability.TimeZone,
            [.. windows.Distinct().OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.Start)],
            [.. daysOff.Distinct().Order()]);
    }

    private static AssistantRefusalException Refuse(string reason) => new(RefusalCodes.Invalid, reason);
}
