using System.Globalization;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Intake;

/// <summary>Turns a role reading into a job draft's parts: the display title and the requirements as qualifications-to-be.</summary>
public static class RoleDraft
{
    /// <summary>
    /// "Senior Site Reliability Engineer": the level and the title, in title case; the title as written when it is
    /// the canonical one in the recruiter's capitals ("Lead DevOps Engineer"), so nothing they typed is lost.
    /// </summary>
    public static string DisplayTitle(RoleReading reading)
    {
        if (reading.Title is not { } title)
        {
            return "";
        }

        var written = TokenFold.Key(title.Written) == TokenFold.Key(title.Canonical) && title.Written.Any(char.IsUpper) ? title.Written.Trim() : TitleCase(title.Canonical);
        return reading.Seniority is { Length: > 0 } level ? $"{TitleCase(level)} {written}" : written;
    }

    /// <summary>One draft per requirement ("Kubernetes", "Spring Boot, 4+ years"), and the overall years as an experience requirement.</summary>
    public static List<DraftRequirement> Requirements(RoleReading reading)
    {
        // Years of the title's own words are overall years (below); a skill in the title named beside it ("Python and Django" for a python developer) is kept.
        var echoes = reading.Requirements.Where(r => reading.Title is not null
            && (r.Years is not null ? TitleEcho.Restates(r.Subject, reading.Title.Canonical) : TitleEcho.RestatesField(r.Subject, reading.Title.Canonical))).ToList();
        var drafts = reading.Requirements
            .Except(echoes)
            .Select(r => new DraftRequirement(Wording(r), r.Kind, r.Category, r.QualificationSubject, r.Years))
            .ToList();

        // Years of the title's own field or of a field of work ("8 years of B2B sales") are years of experience.
        if (OverallYears(reading) is { } years)
        {
            var role = reading.Title is { } title ? $" as {IndefiniteArticle.Before(title.Canonical)}" : "";
            drafts.Add(new DraftRequirement($"{years}+ years of experience{role}", QualificationKind.MustHave, QualificationCategory.Experience, reading.Title?.Canonical, years));
        }

        return drafts;
    }

    /// <summary>
    /// Overall years of experience a request asks for: stated as such, or as years of the title's own field or, unless
    /// <paramref name="fieldsOfWork"/> is false, of a field of work.
    /// </summary>
    public static int? OverallYears(RoleReading reading, bool fieldsOfWork = true) =>
        reading.Years ?? reading.Requirements.FirstOrDefault(r => r.Years is not null && ((fieldsOfWork && r.IsFieldOfWork) || (reading.Title is { } title && TitleEcho.Restates(r.Subject, title.Canonical))))?.Years;

    /// <summary>
    /// Requirements of a description or a job document, without those that restate its title: "5+ years of
    /// experience in data engineering" for a data engineer is an experience requirement, "Data Engineering" alone is nothing new.
    /// </summary>
    public static List<DraftRequirement> WithoutTitleEchoes(IEnumerable<DraftRequirement> drafts, string? title) =>
        [.. drafts
            .Where(d => title is null || d.Category != QualificationCategory.Skill || d.Subject is null || !TitleEcho.Restates(d.Subject, title) || d.MinYears is not null)
            .Select(d => title is not null && d.Category == QualificationCategory.Skill && d.Subject is not null && d.MinYears is not null && TitleEcho.Restates(d.Subject, title)
                ? d with { Category = QualificationCategory.Experience }
                : d)];

    /// <summary>The requirement as the recruiter wrote it, with years when tied to it; a lower-case name gets capitals ("kubernets" → "Kubernetes", "sql" → "SQL"), a clause only its first.</summary>
    public static string Wording(ReadRequirement requirement)
    {
        var written = requirement.Written.Trim();
        var shown = written.Any(char.IsUpper) || written.Any(c => !char.IsLetter(c) && c != ' ') ? written
            // A clause in the recruiter's words ("willing to work weekends") reads as a sentence, not as a name.
            : requirement.Category == QualificationCategory.Other ? char.ToUpperInvariant(written[0]) + written[1..]
            : SkillDisplay.Of(null, requirement.Subject);
        return requirement.Years is { } years ? $"{shown}, {years}+ years" : shown;
    }

    public static string TitleCase(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text);
}
