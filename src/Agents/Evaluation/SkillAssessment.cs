using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// A skill: taxonomy synonyms found in the skills list, titles and descriptions; with a minimum of
/// years, the merged months of the dated roles that name it.
/// </summary>
public static class SkillAssessment
{
    public static AssessmentDraft Assess(ProfileReading reading, Qualification qualification)
    {
        var profile = reading.Profile;
        var subject = qualification.Subject is { Length: > 0 } s ? s : qualification.Text;
        var forms = WithNouns(reading.Taxonomy.SkillVariants(subject));
        var shadows = ShadowsOf(profile, forms);
        var quotes = new List<EvidenceQuote>(reading.Rules.MaxQuotes);

        var listed = profile.Skills.FirstOrDefault(skill => TermFinder.Mentions(skill, forms, shadows));
        if (listed is not null)
        {
            quotes.Add(new EvidenceQuote(ProfileSections.Skills, listed));
        }

        var roles = new List<Experience>();
        for (var i = 0; i < profile.Experiences.Count; i++)
        {
            var role = profile.Experiences[i];
            var quote = QuoteFrom(role, i, forms, shadows);
            if (quote is null)
            {
                continue;
            }

            roles.Add(role);
            if (quotes.Count < reading.Rules.MaxQuotes)
            {
                quotes.Add(quote);
            }
        }

        var name = (Name: "subject", Value: subject);
        var found = quotes.Count > 0 || MentionedElsewhere(profile, forms, shadows, quotes);
        if (!found)
        {
            return reading.HasNoHistory
                ? new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("no_history"))
                : new AssessmentDraft(AssessmentVerdict.NotMet, [], reading.Rules.Say("skill_not_met", name));
        }

        if (qualification.MinYears is not ({ } min and > 0))
        {
            return new AssessmentDraft(AssessmentVerdict.Met, quotes, reading.Rules.Say("skill_met", name));
        }

        if (roles.Count == 0)
        {
            return new AssessmentDraft(AssessmentVerdict.Partial, quotes, reading.Rules.Say("skill_listed_only", name), 0);
        }

        var months = DatedMonths.Of(roles, reading.Today);
        var years = DatedMonths.Years(months);
        var values = new[] { name, ("years", ProfileReading.Number(years)), ("min", ProfileReading.Number(min)) };
        return months >= min * 12
            ? new AssessmentDraft(AssessmentVerdict.Met, quotes, reading.Rules.Say("skill_met_years", values), years)
            : new AssessmentDraft(AssessmentVerdict.Partial, quotes, reading.Rules.Say("skill_partial_years", values), years);
    }

    /// <summary>Each practice of several words also as its nouns: "usability testing" as "usability tests" and "usability test", "cold calling" as "cold calls".</summary>
    internal static IReadOnlyList<string> WithNouns(IReadOnlyList<string> forms)
    {
        var nouns = forms
            .Where(f => f.Contains(' ', StringComparison.Ordinal) && f.EndsWith("ing", StringComparison.Ordinal) && f.Length - f.LastIndexOf(' ') > 6)
            .SelectMany(f => new[] { f[..^3] + "s", f[..^3] })
            .Where(n => !forms.Contains(n, StringComparer.Ordinal))
            .ToList();
        return nouns.Count == 0 ? forms : [.. forms, .. nouns];
    }

    /// <summary>Longer skills of the profile that contain the skill ("SQL Server" for "SQL"): a mention inside them is theirs.</summary>
    internal static IReadOnlyList<string> ShadowsOf(CandidateProfile profile, IReadOnlyList<string> forms)
    {
        List<string>? shadows = null;
        foreach (var skill in profile.Skills)
        {
            var normalized = TalentTaxonomy.Normalize(skill);
            if (!forms.Contains(normalized, StringComparer.Ordinal) && TermFinder.Mentions(normalized, forms, []))
            {
                (shadows ??= []).Add(normalized);
            }
        }

        return shadows is null ? [] : shadows;
    }

    private static EvidenceQuote? QuoteFrom(Experience role, int index, IReadOnlyList<string> forms, IReadOnlyList<string> shadows)
    {
        var (at, _) = TermFinder.Find(role.Description, forms, shadows);
        if (at >= 0)
        {
            return new EvidenceQuote(ProfileSections.ExperienceDescription(index), Sentences.Around(role.Description, at));
        }

        return TermFinder.Mentions(role.Title, forms, shadows)
            ? new EvidenceQuote(ProfileSections.ExperienceTitle(index), role.Title)
            : null;
    }

    private static bool MentionedElsewhere(CandidateProfile profile, IReadOnlyList<string> forms, IReadOnlyList<string> shadows, List<EvidenceQuote> quotes)
    {
        foreach (var (section, text) in new[] { (ProfileSections.Headline, profile.Headline), (ProfileSections.Summary, profile.Summary ?? "") })
        {
            var (at, _) = TermFinder.Find(text, forms, shadows);
            if (at >= 0)
            {
                quotes.Add(new EvidenceQuote(section, Sentences.Around(text, at)));
                return true;
            }
        }

        return false;
    }
}
