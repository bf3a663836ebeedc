using System.Globalization;
using Hiring.Contracts.Scheduling;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>prompts/builtin/availability.yaml: the words the recruiter's availability is read from in chat, and what is said back.</summary>
public sealed class AvailabilityPhrases
{
    public const string FileName = "availability.yaml";

    public string Version { get; set; } = "";

    public Dictionary<string, DayOfWeek> Days { get; set; } = [];

    public Dictionary<string, List<DayOfWeek>> DayGroups { get; set; } = [];

    public List<string> RangeWords { get; set; } = [];

    public Dictionary<string, string> NamedTimes { get; set; } = [];

    public int EarliestBareHour { get; set; } = 7;

    public List<string> AddPatterns { get; set; } = [];

    public List<string> DayOffPatterns { get; set; } = [];

    public Dictionary<string, int> Months { get; set; } = [];

    public Dictionary<string, string> ZoneAbbreviations { get; set; } = [];

    public string CityTimePattern { get; set; } = "";

    public Dictionary<string, string> Messages { get; set; } = [];

    public static AvailabilityPhrases Load(PromptLibrary library) => BuiltInResource.Load<AvailabilityPhrases>(library, FileName);

    /// <summary>The message <paramref name="key"/> with each {name} replaced by its value ({example} always filled).</summary>
    public string Say(string key, params (string Name, string Value)[] values) =>
        Placeholders.Fill(Text(key), [.. values, ("example", Text("example"))]);

    /// <summary>What is kept now, as the app shows it when it changes ("you take screens Tuesday 14:00–17:00 (Europe/Berlin).").</summary>
    public string Changed(RecruiterAvailability availability) =>
        Say("changed", ("windows", Windows(availability.Windows)), ("zone", availability.TimeZone), ("dates", DaysOff(availability)));

    /// <summary>What the recruiter is told was kept: the windows in plain words and the zone, and the days off (only they, when <paramref name="daysOffOnly"/>: nothing else changed).</summary>
    public string Confirm(RecruiterAvailability availability, bool daysOffOnly) =>
        daysOffOnly
            ? Say("days_off_set", ("dates", Dates(availability.DaysOff)), ("windows", Windows(availability.Windows)), ("zone", availability.TimeZone))
            : Say("set", ("windows", Windows(availability.Windows)), ("zone", availability.TimeZone),
                ("dates", DaysOff(availability)));

    /// <summary>"Tuesday and Thursday 14:00–17:00, Friday 10:00–11:00": days that share hours together, in week order.</summary>
    public string Windows(IReadOnlyList<AvailabilityWindow> windows) =>
        windows.Count == 0
            ? Text("none")
            : string.Join(", ", windows
                .GroupBy(w => (w.Start, w.End))
                .Select(g => $"{WordList.Join([.. g.Select(w => w.Day.ToString())])} {Times(g.Key.Start, g.Key.End)}"));

    /// <summary>"14:00–17:00".</summary>
    public static string Times(TimeOnly start, TimeOnly end) =>
        $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>"24 December 2026 and 31 December 2026".</summary>
    public static string Dates(IEnumerable<DateOnly> dates) =>
        WordList.Join([.. dates.Select(d => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))]);

    private string DaysOff(RecruiterAvailability availability) =>
        availability.DaysOff.Count == 0 ? "" : Say("dates", ("dates", Dates(availability.DaysOff)));

    private string Text(string key) =>
        Messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no 'messages.{key}'.");
}
