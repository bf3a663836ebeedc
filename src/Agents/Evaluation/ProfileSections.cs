using System.Globalization;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// The named sections evidence is quoted from. Both engines and the quote check read a profile
/// through here, so a section name always means the same text.
/// </summary>
public static class ProfileSections
{
    public const string Headline = "headline";
    public const string Summary = "summary";
    public const string Skills = "skills";
    public const string Location = "location";

    public static string ExperienceTitle(int index) => string.Create(CultureInfo.InvariantCulture, $"experience[{index}].title");

    public static string ExperienceDescription(int index) => string.Create(CultureInfo.InvariantCulture, $"experience[{index}].description");

    public static string Education(int index) => string.Create(CultureInfo.InvariantCulture, $"education[{index}]");

    /// <summary>The skills section: the skills as listed, comma-separated.</summary>
    public static string SkillsText(CandidateProfile profile) => string.Join(", ", profile.Skills);

    /// <summary>An education entry as one line: degree, field and school.</summary>
    public static string EducationText(Education education) =>
        string.Join(", ", new[] { education.Degree, education.Field, education.School }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Every non-empty section, in profile order.</summary>
    public static IReadOnlyList<ProfileSection> All(CandidateProfile profile)
    {
        var sections = new List<ProfileSection>(4 + (profile.Experiences.Count * 2) + profile.Education.Count);
        Add(sections, Headline, profile.Headline);
        Add(sections, Summary, profile.Summary);
        Add(sections, Skills, SkillsText(profile));
        Add(sections, Location, profile.Location.ToString());
        for (var i = 0; i < profile.Experiences.Count; i++)
        {
            Add(sections, ExperienceTitle(i), profile.Experiences[i].Title);
            Add(sections, ExperienceDescription(i), profile.Experiences[i].Description);
        }

        for (var i = 0; i < profile.Education.Count; i++)
        {
            Add(sections, Education(i), EducationText(profile.Education[i]));
        }

        return sections;
    }

    /// <summary>The text of the named section, or null when the profile has no such section.</summary>
    public static string? Text(CandidateProfile profile, string name) =>
        All(profile).FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))?.Text;

    private static void Add(List<ProfileSection> sections, string name, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            sections.Add(new ProfileSection(name, text));
        }
    }
}
