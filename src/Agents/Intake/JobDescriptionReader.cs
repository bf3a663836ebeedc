using System.Globalization;
using Hiring.Agents.Reasoning.Planning;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Intake;

/// <summary>
/// A pasted job description: the title from a "Title:" line, a "looking for a …" sentence or a short
/// first line naming a title; requirements from the bullets and lines under requirement headings, each
/// must-have or nice-to-have by its heading unless its own wording says otherwise.
/// </summary>
public sealed class JobDescriptionReader(IntakePhrases phrases, SlotExtractor slots, RequirementReader requirements)
{
    private const int MaxTitleWords = 8;
    private static readonly char[] Bullets = ['-', '*', '•', '·', '–', '+'];

    public JobDraft Read(IntakeRequest request, Provenance provenance)
    {
        var text = request.Text.Trim();
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = FindTitle(lines);
        var titleSlots = slots.Extract(title ?? "", PlanIntent.StartProject);
        var whole = slots.Extract(text, PlanIntent.StartProject);
        var seniority = titleSlots.Seniority ?? whole.Seniority ?? "";
        var normalized = title is null ? "" : requirements.NormalizedTitle(title);
        var location = phrases.Location(text);
        var places = location is not null
            ? [location]
            : whole.Locations.Where(l => l != "remote").Select(l => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(l)).ToList();

        var drafts = ReadRequirements(lines);
        var minYears = drafts.Where(d => d.Kind == QualificationKind.MustHave && d.MinYears is not null).Select(d => d.MinYears).FirstOrDefault() ?? whole.Years;
        return new JobDraft(title ?? "", normalized, seniority, places, phrases.Remote(text), phrases.Employment(text), text, minYears, drafts, IntakeSourceKind.JobDescription, provenance);
    }

    private List<DraftRequirement> ReadRequirements(List<string> lines)
    {
        var drafts = new List<DraftRequirement>();
        var section = JobSection.NotAHeading;
        foreach (var line in lines)
        {
            var (heading, rest) = phrases.Heading(line);
            if (heading != JobSection.NotAHeading)
            {
                section = heading;
                if (rest.Length > 0 && heading is JobSection.Must or JobSection.Nice)
                {
                    drafts.AddRange(rest.Split(". ", StringSplitOptions.RemoveEmptyEntries).Select(r => requirements.Read(r, KindOf(heading))));
                }

                continue;
            }

            if (section is JobSection.Must or JobSection.Nice)
            {
                drafts.Add(requirements.Read(line.TrimStart(Bullets).Trim(), KindOf(section)));
            }
        }

        return [.. drafts.Where(d => d.Text.Length > 0)];
    }

    private string? FindTitle(List<string> lines)
    {
        foreach (var line in lines)
        {
            if (phrases.Title(line) is { Length: > 0 } value)
            {
                return value;
            }
        }

        var first = lines.FirstOrDefault();
        return first is not null
            && first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords
            && phrases.Heading(first).Section == JobSection.NotAHeading
            && slots.Extract(first, PlanIntent.StartProject).Titles.Count > 0
                ? first.TrimStart('#', ' ').Trim()
                : null;
    }


    private static QualificationKind KindOf(JobSection section) => section == JobSection.Nice ? QualificationKind.NiceToHave : QualificationKind.MustHave;
}
