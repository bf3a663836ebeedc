namespace Hiring.Talent.Import.Text;

/// <summary>Reads a skills section: "Languages: Go, Python", "• Kubernetes • Docker", "SQL; Excel".</summary>
public static class SkillListParser
{
    private static readonly char[] Separators = [',', ';', '•', '|', '·', '▪'];

    public static List<string> Parse(IEnumerable<string> lines)
    {
        var skills = new List<string>();
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            // "Languages: Go, Python" — the label before the colon is a category, not a skill.
            var text = colon is > 0 and < 30 ? line[(colon + 1)..] : line;
            foreach (var item in text.Split(Separators))
            {
                var skill = item.Trim(' ', '-', '*', '.', '\t');
                if (skill.Length is > 0 and <= 40 && skill.Split(' ').Length <= 5 && !skills.Contains(skill, StringComparer.OrdinalIgnoreCase))
                {
                    skills.Add(skill);
                }
            }
        }

        return skills;
    }
}
