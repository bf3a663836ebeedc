using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Agents.Reasoning.Planning;
using Hiring.Agents.Talent.Search;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>
/// Reads one requirement line into a category, a canonical subject and years: languages and degrees by
/// the intake word lists, skills, titles and places by the planner's slot rules, skills made canonical
/// by the talent taxonomy (so they match what the index stores).
/// </summary>
public sealed class RequirementReader(IntakePhrases phrases, SlotExtractor slots, TalentTaxonomy taxonomy)
{
    public DraftRequirement Read(string text, QualificationKind section)
    {
        var trimmed = text.Trim().TrimEnd('.', ';');
        var kind = phrases.KindOf(trimmed, section);
        var found = slots.Extract(trimmed, PlanIntent.StartProject);
        var years = found.Years;
        if (phrases.Language(trimmed) is { } language)
        {
            return new DraftRequirement(trimmed, kind, QualificationCategory.Language, language, years);
        }

        var skills = Skills(found);
        if (skills.Count > 0)
        {
            return new DraftRequirement(trimmed, kind, QualificationCategory.Skill, skills[0], years);
        }

        if (phrases.Education(trimmed) is { } degree)
        {
            return new DraftRequirement(trimmed, kind, QualificationCategory.Education, degree, years);
        }

        if (found.Titles.Count > 0 || found.Seniority is not null)
        {
            var title = found.Titles.Count > 0 ? NormalizedTitle(found.Titles[0]) : found.Seniority;
            return new DraftRequirement(trimmed, kind, years is null ? QualificationCategory.Title : QualificationCategory.Experience, title, years);
        }

        if (found.Locations.Count > 0)
        {
            return new DraftRequirement(trimmed, kind, QualificationCategory.Location, found.Locations[0], years);
        }

        return new DraftRequirement(trimmed, kind, years is null ? QualificationCategory.Other : QualificationCategory.Experience, null, years);
    }

    /// <summary>Canonical taxonomy skills named in the slots, languages left out.</summary>
    public IReadOnlyList<string> Skills(RequestSlots found) =>
        [.. found.Skills.Where(s => phrases.Language(s) is null).Select(taxonomy.CanonicalSkill).Distinct(StringComparer.Ordinal)];

    public string CanonicalSkill(string skill) => taxonomy.CanonicalSkill(skill);

    /// <summary>The taxonomy's canonical title inside a title, else the title itself, normalized.</summary>
    public string NormalizedTitle(string title)
    {
        var seniority = slots.Extract(title, PlanIntent.StartProject).Seniority;
        var bare = seniority is null ? title : string.Join(' ', title.Split(' ').Where(w => !string.Equals(w, seniority, StringComparison.OrdinalIgnoreCase)));
        return taxonomy.CanonicalTitle(bare) ?? taxonomy.TitlesWithin(bare).FirstOrDefault() ?? TalentTaxonomy.Normalize(bare);
    }

    /// <summary>The skill as the recruiter wrote it, when the text names it; else the canonical name in title case.</summary>
    public string Display(string skill, string source)
    {
        foreach (var form in taxonomy.SkillVariants(skill).Append(skill).OrderByDescending(f => f.Length))
        {
            var match = Regex.Match(source, $@"(?<![\p{{L}}\p{{N}}#+.]){Regex.Escape(form)}(?![\p{{L}}\p{{N}}#+])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (match.Success)
            {
                return match.Value;
            }
        }

        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(skill);
    }
}
