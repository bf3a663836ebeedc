using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Intake;

/// <summary>
/// A pasted job description: the title from a "Title:" line, a "looking for a …" sentence or a short
/// line naming a title near the top; place and work arrangement from a "Location:" line or the lines
/// before the first heading; requirements from the lines under requirement headings, each must-have
/// or nice-to-have by its heading unless its own wording says otherwise. Without any requirement
/// heading, the sentences that state requirements and the bulleted lines outside the other sections
/// (about us, benefits) are read.
/// </summary>
public sealed partial class JobDescriptionReader(IntakePhrases phrases, RoleRequestReader roles, RequirementReader requirements)
{
    private const int MaxTitleWords = 10;
    private const int TitleLines = 4;
    private const int HeaderLineWords = 12;
    private static readonly char[] Bullets = ['-', '*', '•', '·', '–', '+', '>'];

    public async Task<JobDraft> ReadAsync(IntakeRequest request, Provenance provenance, CancellationToken cancellationToken = default)
    {
        var text = request.Text.Trim();
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = FindTitle(lines) is { } line ? await roles.ReadAsync(line, cancellationToken: cancellationToken) : null;
        if (title?.Title is null && request.Answer is { Length: > 0 } answer)
        {
            // A list of requirements with no title line asked for one: the answer names it ("backend dev", "senior QA").
            title = await roles.ReadAsync(answer, titleAsked: true, cancellationToken: cancellationToken);
        }

        // The title line and a short line under it ("Berlin · Hybrid"): where the role is, before the description begins.
        var header = string.Join('\n', lines.TakeWhile(l => phrases.Heading(l).Section == JobSection.NotAHeading).Take(2).Where((l, i) => i == 0 || l.Split(' ').Length <= HeaderLineWords));
        var where = roles.Read(phrases.Location(text) is { } location ? $"{location}\n{header}" : header).Places;
        var whole = roles.Read(text).Places;
        if (where.Places.Count == 0 && where.Remote == RemotePolicy.Unspecified)
        {
            where = whole;
        }
        else if (where.Remote == RemotePolicy.Unspecified)
        {
            // The place is at the top; whether the work is hybrid or on site is often said further down.
            where = where with { Remote = whole.Remote, RemoteWithin = where.RemoteWithin.Count > 0 ? where.RemoteWithin : whole.RemoteWithin };
        }

        var drafts = RoleDraft.WithoutTitleEchoes(ReadRequirements([.. text.Split('\n').Select(l => l.Trim())]), title?.Title?.Canonical);
        var minYears = drafts.Where(d => d.Kind == QualificationKind.MustHave && d.Category == QualificationCategory.Experience && d.MinYears is not null).Select(d => d.MinYears).FirstOrDefault()
            ?? drafts.Where(d => d.Kind == QualificationKind.MustHave && d.MinYears is not null).Select(d => d.MinYears).FirstOrDefault();
        return new JobDraft(
            title is null ? "" : RoleDraft.DisplayTitle(title),
            title?.Title?.Canonical ?? "",
            title?.Seniority ?? "",
            [.. where.Places.Select(p => p.Name)],
            where.Remote,
            phrases.Employment(text),
            text,
            minYears,
            drafts,
            IntakeSourceKind.JobDescription,
            provenance,
            where.Places,
            where.RemoteWithin);
    }

    private List<DraftRequirement> ReadRequirements(List<string> lines)
    {
        var drafts = new List<DraftRequirement>();
        var section = JobSection.NotAHeading;
        var sawRequirements = false;
        var unheaded = new List<string>();
        var unheadedBullets = new List<string>();
        var bulleted = false;
        var afterBlank = false;
        // The first line is the title's ("Payroll Manager — Leeds"), never a heading, even over a list.
        var titleLine = lines.FindIndex(l => l.Length > 0);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                afterBlank = true;
                continue;
            }

            // "- Gainsight\n\nFully remote, company car or BahnCard, your choice.": prose after a blank line ends a list of requirements.
            var isBullet = Bullets.Contains(line[0]);
            if (section is JobSection.Must or JobSection.Nice && bulleted && afterBlank && !isBullet)
            {
                section = JobSection.Other;
            }

            afterBlank = false;
            // A bullet is an item ("- SaaS experience"), a heading only when it says so ("- Requirements:", "- Must: AWS", "* **Bonus**").
            var (heading, rest) = isBullet && !line.Contains(':', StringComparison.Ordinal) && !line.Contains("**", StringComparison.Ordinal)
                ? (JobSection.NotAHeading, "")
                : phrases.Heading(line, beforeList: i != titleLine && !isBullet && lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0) is { } next && Bullets.Contains(next[0]), opening: i == titleLine);
            if (heading != JobSection.NotAHeading)
            {
                section = heading;
                bulleted = false;
                sawRequirements |= heading is JobSection.Must or JobSection.Nice;
                if (rest.Length > 0 && heading is JobSection.Must or JobSection.Nice)
                {
                    drafts.AddRange(rest.Split(". ", StringSplitOptions.RemoveEmptyEntries).SelectMany(r => requirements.ReadAll(r, KindOf(heading))));
                }

                continue;
            }

            var item = line.TrimStart(Bullets).Trim();
            bulleted |= isBullet;
            if (section is JobSection.Must or JobSection.Nice)
            {
                drafts.AddRange(requirements.ReadAll(StripNumbering(item), KindOf(section)));
            }
            else if (section == JobSection.NotAHeading)
            {
                unheaded.Add(item);
                if (isBullet)
                {
                    unheadedBullets.Add(item);
                }
            }
        }

        // A bulleted line under the title, before any heading ("• Swiss GAAP FER & IFRS"), is an item of what the role asks for, said or not;
        // a description in prose has its requirements in the sentences that state them, outside "about us" and "benefits".
        var sentences = sawRequirements
            ? unheadedBullets
            : unheaded.Skip(1).SelectMany(l => SentenceEnd().Split(l)).Where(l => phrases.StatesRequirements(l) || unheadedBullets.Contains(l));
        drafts.InsertRange(0, sentences.SelectMany(l => requirements.ReadAll(l, QualificationKind.MustHave)).Where(d => d.Category is QualificationCategory.Skill or QualificationCategory.Language or QualificationCategory.Experience));

        return [.. drafts.Where(d => d.Text.Length > 0).DistinctBy(d => (d.Category, d.Subject ?? d.Text))];
    }

    /// <summary>The line that names the job: a "Title:" line or a "looking for a …" sentence, else a short line near the top naming a title.</summary>
    private string? FindTitle(List<string> lines)
    {
        foreach (var line in lines.Take(TitleLines * 2))
        {
            if (phrases.Title(line) is { Length: > 0 } value && roles.Read(value).Title is not null)
            {
                return value;
            }
        }

        foreach (var line in lines.Take(TitleLines))
        {
            var first = line.TrimStart('#', ' ').Trim();
            if (first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords
                && phrases.Heading(first).Section == JobSection.NotAHeading
                && roles.Read(first).Title is not null)
            {
                return first;
            }
        }

        return null;
    }

    // "1. Designing onboarding" → "Designing onboarding".
    private static string StripNumbering(string line)
    {
        var i = 0;
        while (i < line.Length && char.IsDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i < line.Length && line[i] is '.' or ')' ? line[(i + 1)..].Trim() : line;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    private static QualificationKind KindOf(JobSection section) => section == JobSection.Nice ? QualificationKind.NiceToHave : QualificationKind.MustHave;
}
