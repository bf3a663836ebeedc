using System.Globalization;
using Hiring.Agents.Reasoning.Planning;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Intake;

/// <summary>
/// A one-line request ("I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years"):
/// everything named is a must-have. Years with one skill belong to it; with several they are overall experience.
/// </summary>
public sealed class ChatRequestReader(IntakePhrases phrases, SlotExtractor slots, RequirementReader requirements)
{
    private const string RemoteLocation = "remote";

    public JobDraft Read(IntakeRequest request, Provenance provenance)
    {
        var text = request.Text.Trim();
        var found = Merge(request.Slots, slots.Extract(text, PlanIntent.StartProject));
        var seniority = found.Seniority ?? "";
        var title = found.Titles.Count > 0 ? found.Titles[0] : null;
        var normalized = title is null ? "" : requirements.NormalizedTitle(title);
        var remote = phrases.Remote(text);
        var places = found.Locations.Where(l => l != RemoteLocation).Select(TitleCase).ToList();
        if (found.Locations.Contains(RemoteLocation) && remote == RemotePolicy.Unspecified)
        {
            remote = RemotePolicy.Remote;
        }

        var drafts = new List<DraftRequirement>();
        var skills = requirements.Skills(found);
        var years = found.Years;
        foreach (var skill in skills)
        {
            var skillYears = skills.Count == 1 ? years : null;
            var display = requirements.Display(skill, text);
            var wording = skillYears is { } y ? $"{display}, {y}+ years" : display;
            drafts.Add(new DraftRequirement(wording, QualificationKind.MustHave, QualificationCategory.Skill, skill, skillYears));
        }

        if (years is { } overall && skills.Count != 1)
        {
            var role = normalized.Length > 0 ? $" as a {normalized}" : "";
            drafts.Add(new DraftRequirement($"{overall}+ years of experience{role}", QualificationKind.MustHave, QualificationCategory.Experience, normalized.Length > 0 ? normalized : null, overall));
        }

        foreach (var language in found.Skills.Select(phrases.Language).OfType<string>().Distinct())
        {
            drafts.Add(new DraftRequirement(TitleCase(language), QualificationKind.MustHave, QualificationCategory.Language, language));
        }

        var titleText = title is null ? "" : TitleCase(string.Join(' ', new[] { seniority, title }.Where(p => p.Length > 0)));
        return new JobDraft(titleText, normalized, seniority, places, remote, phrases.Employment(text), text, years, drafts, IntakeSourceKind.ChatRequest, provenance);
    }

    /// <summary>The planner's slots first; what it missed is read again from the text.</summary>
    private static RequestSlots Merge(RequestSlots planner, RequestSlots read) => new(
        planner.Titles.Count > 0 ? planner.Titles : read.Titles,
        [.. planner.Skills.Concat(read.Skills).Distinct(StringComparer.Ordinal)],
        planner.Locations.Count > 0 ? planner.Locations : read.Locations,
        planner.Seniority ?? read.Seniority,
        planner.Years ?? read.Years);

    private static string TitleCase(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text);
}
