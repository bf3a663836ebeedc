using System.Globalization;
using Hiring.Contracts.Talent;
using Hiring.Talent.Import.Text;

namespace Hiring.Talent.Import.Formats;

/// <summary>Turns a CSV row into a profile draft, or names the column that is wrong.</summary>
public static class CsvProfileRowMapper
{
    private static readonly string[] Yes = ["true", "yes", "y", "1"];
    private static readonly string[] No = ["false", "no", "n", "0", ""];

    public static (CandidateProfile? Draft, string? Error) Map(CsvProfileRow row)
    {
        if (string.IsNullOrWhiteSpace(row.Name))
        {
            return (null, "name is empty");
        }

        var roles = new List<Experience>();
        if (!string.IsNullOrWhiteSpace(row.Title) || !string.IsNullOrWhiteSpace(row.Company))
        {
            var (start, end, error) = RoleDates.Parse(row.Start, row.End, "start", "end");
            if (error is not null)
            {
                return (null, error);
            }

            roles.Add(new Experience(row.Company?.Trim() ?? string.Empty, row.Title?.Trim() ?? string.Empty, start, end, string.Empty));
        }

        foreach (var entry in (row.Experiences ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parsed = ExperienceParser.Parse([entry]);
            if (parsed.Count == 0)
            {
                return (null, $"experiences entry {Quote(entry)} has no date range (write \"Title @ Company, 2016-01 - 2019-02\")");
            }

            roles.AddRange(parsed);
        }

        var openToWork = (row.OpenToWork ?? string.Empty).Trim().ToLowerInvariant();
        if (!Yes.Contains(openToWork) && !No.Contains(openToWork))
        {
            return (null, $"open_to_work {Quote(row.OpenToWork)} is not yes or no");
        }

        var lastActive = default(DateTimeOffset);
        if (!string.IsNullOrWhiteSpace(row.LastActive)
            && !DateTimeOffset.TryParse(row.LastActive, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out lastActive))
        {
            return (null, $"last_active {Quote(row.LastActive)} is not a date (use 2025-06-30)");
        }

        Education[] education = string.IsNullOrWhiteSpace(row.School)
            ? []
            : [new Education(row.School.Trim(), row.Degree?.Trim() ?? string.Empty, row.Field?.Trim() ?? string.Empty, Year(row.StartYear), Year(row.EndYear))];
        var location = new Location(row.City?.Trim() ?? string.Empty, row.Region?.Trim() ?? string.Empty, row.Country?.Trim() ?? string.Empty);
        var skills = (row.Skills ?? string.Empty).Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return (ProfileDraft.Create(row.Name, row.Headline, location, roles, education, skills, row.Summary, row.Email, row.Phone, Yes.Contains(openToWork), lastActive), null);
    }

    private static int? Year(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static string Quote(string? value) => $"'{value}'";
}
