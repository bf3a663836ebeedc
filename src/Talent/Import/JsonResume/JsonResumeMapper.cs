using Hiring.Contracts.Talent;
using Hiring.Talent.Import.Text;

namespace Hiring.Talent.Import.JsonResume;

/// <summary>Maps a JSON Resume document to a profile draft, or says what makes it unusable.</summary>
public static class JsonResumeMapper
{
    public static (CandidateProfile? Draft, string? Error) Map(JsonResumeDocument document)
    {
        var basics = document.Basics;
        if (string.IsNullOrWhiteSpace(basics?.Name))
        {
            return (null, "basics.name is missing");
        }

        var roles = new List<Experience>();
        var work = document.Work ?? [];
        for (var i = 0; i < work.Count; i++)
        {
            var job = work[i];
            var (start, end, error) = RoleDates.Parse(job.StartDate, job.EndDate, $"work[{i}].startDate", $"work[{i}].endDate");
            if (error is not null)
            {
                return (null, error);
            }

            var description = string.Join("\n", new[] { job.Summary }.Concat(job.Highlights ?? []).Where(t => !string.IsNullOrWhiteSpace(t)));
            roles.Add(new Experience(job.Name ?? job.Company ?? string.Empty, job.Position ?? string.Empty, start, end, description));
        }

        var education = (document.Education ?? [])
            .Where(e => !string.IsNullOrWhiteSpace(e.Institution))
            .Select(e => new Education(e.Institution!, e.StudyType ?? string.Empty, e.Area ?? string.Empty, Year(e.StartDate), Year(e.EndDate)));
        // A skill group's name ("Distributed Systems") is a skill of the person as well as its keywords.
        var skills = (document.Skills ?? []).SelectMany(s => (s.Keywords ?? []).Prepend(s.Name ?? string.Empty)).Where(s => !string.IsNullOrWhiteSpace(s));
        var place = basics.Location;
        var location = place is null ? null : new Location(place.City ?? string.Empty, place.Region ?? string.Empty, place.CountryCode ?? string.Empty);
        return (ProfileDraft.Create(basics.Name, basics.Label, location, roles, education, skills, JsonResumeSummary.Of(document), basics.Email, basics.Phone), null);
    }

    private static int? Year(string? date) => ResumeDates.TryParse(date, out var parsed) ? parsed.Year : null;
}
