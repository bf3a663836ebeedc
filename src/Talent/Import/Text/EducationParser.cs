using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import.Text;

/// <summary>
/// Reads the education section: schools (lines or parts naming a university, college, …),
/// degrees with their field ("BSc Computer Science", "Master of Science in Physics") and years.
/// A second school or degree starts the next entry.
/// </summary>
public static partial class EducationParser
{
    private static readonly string[] SchoolWords =
        ["universit", "college", "school", "institute", "academy", "polytechnic", "hochschule", "ecole", "politecnico", "conservatory"];

    private static readonly char[] Separators = [',', '|', '—', '–', ';'];

    [GeneratedRegex(@"^(?<degree>B\.?Sc\.?|B\.?S\.?|B\.?A\.?|M\.?Sc\.?|M\.?S\.?|M\.?A\.?|MBA|Ph\.?D\.?|B\.?Eng\.?|M\.?Eng\.?|B\.?Tech|M\.?Tech|Diploma|Doctorate|(?:Bachelor|Master)(?:'s)?(?: of (?:Science|Arts|Engineering|Business Administration|Laws))?)(?=\s|,|$)(?:\s+(?:in|of)\b)?\s*(?<field>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DegreePattern();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    public static List<Education> Parse(IEnumerable<string> lines)
    {
        var entries = new List<Education>();
        var current = Empty;
        foreach (var line in lines)
        {
            var years = YearPattern().Matches(line).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            var text = YearPattern().Replace(line, " ");
            text = ResumeDates.IsOngoing(text.Trim(' ', '-', '–', '—')) ? string.Empty : text;
            foreach (var part in text.Split(Separators).Select(p => p.Trim(' ', '-', '(', ')', '•', '·')).Where(p => p.Length > 1))
            {
                if (IsSchool(part))
                {
                    current = current.School.Length > 0 ? Push(entries, current) : current;
                    current = current with { School = part };
                }
                else if (DegreePattern().Match(part) is { Success: true } degree)
                {
                    current = current.Degree.Length > 0 ? Push(entries, current) : current;
                    current = current with { Degree = degree.Groups["degree"].Value, Field = degree.Groups["field"].Value.Trim() };
                }
                else if (current.Degree.Length > 0 && current.Field.Length == 0)
                {
                    current = current with { Field = part };
                }
                else if (current.School.Length == 0)
                {
                    // A school without a telling word ("ETH Zurich") is what is left beside a degree.
                    current = current with { School = part };
                }
            }

            if (years.Count > 0)
            {
                current = current with { StartYear = years.Count > 1 ? years[0] : current.StartYear, EndYear = years[^1] };
            }
        }

        Push(entries, current);
        return entries;
    }

    private static Education Empty => new(string.Empty, string.Empty, string.Empty, null, null);

    private static bool IsSchool(string part)
    {
        var folded = TextFolding.Fold(part);
        return SchoolWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }

    private static Education Push(List<Education> entries, Education entry)
    {
        if (entry.School.Length > 0 || entry.Degree.Length > 0)
        {
            entries.Add(entry);
        }

        return Empty;
    }
}
