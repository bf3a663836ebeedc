namespace Hiring.Talent.Import.Text;

/// <summary>Splits a resume's lines into sections by their headings ("Experience", "EDUCATION:", "Technical Skills").</summary>
public static class ResumeSections
{
    private static readonly Dictionary<string, ResumeSection> Headings = Build(
        (ResumeSection.Summary, ["summary", "profile", "about", "about me", "professional summary", "objective", "personal statement"]),
        (ResumeSection.Experience, ["experience", "work experience", "professional experience", "employment", "employment history",
            "work history", "career history", "relevant experience", "career"]),
        (ResumeSection.Education, ["education", "education and training", "academic background", "studies"]),
        (ResumeSection.Skills, ["skills", "technical skills", "core skills", "key skills", "competencies", "core competencies",
            "skills and tools", "technologies", "tools", "expertise"]),
        (ResumeSection.Other, ["languages", "certifications", "certificates", "projects", "interests", "hobbies", "publications",
            "awards", "references", "volunteering", "volunteer experience", "courses", "contact", "links"]));

    public static Dictionary<ResumeSection, List<string>> Split(IEnumerable<string> lines)
    {
        var sections = new Dictionary<ResumeSection, List<string>> { [ResumeSection.Header] = [] };
        var current = ResumeSection.Header;
        foreach (var line in lines)
        {
            if (HeadingOf(line) is { } heading)
            {
                current = heading;
                if (!sections.ContainsKey(current))
                {
                    sections[current] = [];
                }

                continue;
            }

            sections[current].Add(line);
        }

        return sections;
    }

    /// <summary>The section a heading line opens, or null when the line is not a heading.</summary>
    public static ResumeSection? HeadingOf(string line)
    {
        var key = line.Trim().TrimEnd(':').Trim().ToLowerInvariant().Replace("&", "and", StringComparison.Ordinal);
        return key.Length <= 40 && Headings.TryGetValue(key, out var section) ? section : null;
    }

    private static Dictionary<string, ResumeSection> Build(params (ResumeSection Section, string[] Names)[] groups) =>
        groups.SelectMany(g => g.Names.Select(n => (n, g.Section))).ToDictionary(p => p.n, p => p.Section, StringComparer.Ordinal);
}
