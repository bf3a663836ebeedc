using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import.Text;

/// <summary>
/// Reads the experience section: each role is anchored on its date range. The heading is the
/// rest of the date line, or the line above it ("Title — Company"), or the two lines above it
/// (title, then company); the lines after the dates, up to the next heading, are the description.
/// </summary>
public static class ExperienceParser
{
    public static List<Experience> Parse(IReadOnlyList<string> lines)
    {
        var anchors = new List<(int Line, int HeadingStart, string Title, string Company, DateOnly Start, DateOnly? End)>();
        var floor = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var match = ResumeDates.RangePattern().Match(lines[i]);
            if (!match.Success || !ResumeDates.TryParse(match.Groups["start"].Value, out var start))
            {
                continue;
            }

            DateOnly? end = ResumeDates.TryParse(match.Groups["end"].Value, out var ended) ? ended : null;
            var rest = Clean(lines[i].Remove(match.Index, match.Length));
            var (headingStart, title, company) = Heading(lines, i, floor, rest);
            anchors.Add((i, headingStart, title, company, start, end));
            floor = i;
        }

        var roles = new List<Experience>(anchors.Count);
        for (var k = 0; k < anchors.Count; k++)
        {
            var anchor = anchors[k];
            var descriptionEnd = k + 1 < anchors.Count ? anchors[k + 1].HeadingStart : lines.Count;
            var description = string.Join("\n", lines.Skip(anchor.Line + 1).Take(descriptionEnd - anchor.Line - 1).Select(StripBullet).Where(l => l.Length > 0));
            roles.Add(new Experience(anchor.Company, anchor.Title, anchor.Start, anchor.End, description));
        }

        return roles;
    }

    private static (int Start, string Title, string Company) Heading(IReadOnlyList<string> lines, int dateLine, int floor, string rest)
    {
        if (rest.Length >= 2)
        {
            var (title, company) = TitleCompanySplitter.Split(rest);
            return (dateLine, title, company);
        }

        var above = dateLine - 1;
        if (above <= floor)
        {
            return (dateLine, string.Empty, string.Empty);
        }

        var (aboveTitle, aboveCompany) = TitleCompanySplitter.Split(Clean(lines[above]));
        if (aboveCompany.Length > 0 || above - 1 <= floor || !IsShortHeading(lines[above - 1]))
        {
            return (above, aboveTitle, aboveCompany);
        }

        // Two heading lines: one is the title, the other the company.
        var (title2, company2) = TitleCompanySplitter.Order(Clean(lines[above - 1]), Clean(lines[above]));
        return (above - 1, title2, company2);
    }

    private static bool IsShortHeading(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && !IsBullet(text) && !text.EndsWith('.') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;
    }

    private static bool IsBullet(string text) => text[0] is '•' or '-' or '*' or '–' or '·' or '▪';

    private static string StripBullet(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && IsBullet(text) ? text[1..].Trim() : text;
    }

    private static string Clean(string text) => text.Trim().Trim('|', ',', '–', '—', '-', '(', ')', '·', ' ').Trim();
}
