using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import.Text;

/// <summary>
/// Turns the text of a resume (extracted from PDF or DOCX, or plain text) into a profile draft:
/// contact details from the top, then the experience, education, skills and summary sections.
/// </summary>
public static class ResumeTextParser
{
    /// <summary>The draft, or the reason the text is not a usable resume.</summary>
    public static (CandidateProfile? Draft, string? Error) Parse(string text)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace('\u00A0', ' ')
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            return (null, "no text found (a scanned image? run OCR first)");
        }

        var sections = ResumeSections.Split(lines);
        var (name, headline, location, email, phone) = ContactParser.Parse(sections[ResumeSection.Header], text);
        if (name.Length == 0)
        {
            return (null, "no name found at the top of the resume");
        }

        var draft = ProfileDraft.Create(
            name,
            headline,
            location,
            ExperienceParser.Parse(Section(sections, ResumeSection.Experience)),
            EducationParser.Parse(Section(sections, ResumeSection.Education)),
            SkillListParser.Parse(Section(sections, ResumeSection.Skills)),
            string.Join(" ", Section(sections, ResumeSection.Summary)),
            email,
            phone);
        return (draft, null);
    }

    private static List<string> Section(Dictionary<ResumeSection, List<string>> sections, ResumeSection section) =>
        sections.TryGetValue(section, out var lines) ? lines : [];
}
