using Hiring.Agents.Talent.Search;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Evaluation;

/// <summary>Years of experience from dated roles: all of them, or those of the subject's title or title family.</summary>
public static class ExperienceAssessment
{
    public const string AnyScope = "professional";

    public static AssessmentDraft Assess(ProfileReading reading, Qualification qualification)
    {
        var profile = reading.Profile;
        var scope = qualification.Subject is { Length: > 0 } subject ? subject : AnyScope;
        if (profile.Experiences.Count == 0)
        {
            return new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("no_history"));
        }

        var quotes = new List<EvidenceQuote>(reading.Rules.MaxQuotes);
        var roles = new List<Experience>();
        for (var i = 0; i < profile.Experiences.Count; i++)
        {
            var role = profile.Experiences[i];
            if (scope == AnyScope || InScope(reading.Taxonomy, role.Title, scope))
            {
                roles.Add(role);
                if (quotes.Count < reading.Rules.MaxQuotes)
                {
                    quotes.Add(new EvidenceQuote(ProfileSections.ExperienceTitle(i), role.Title));
                }
            }
        }

        var months = DatedMonths.Of(roles, reading.Today);
        var years = DatedMonths.Years(months);
        var values = new[] { ("scope", scope), ("years", ProfileReading.Number(years)), ("min", ProfileReading.Number(qualification.MinYears ?? 0)) };
        if (roles.Count == 0)
        {
            return new AssessmentDraft(AssessmentVerdict.NotMet, [], reading.Rules.Say("experience_none", values), 0);
        }

        if (qualification.MinYears is not ({ } min and > 0))
        {
            return new AssessmentDraft(AssessmentVerdict.Met, quotes, reading.Rules.Say("experience_any", values), years);
        }

        return months >= min * 12
            ? new AssessmentDraft(AssessmentVerdict.Met, quotes, reading.Rules.Say("experience_met", values), years)
            : new AssessmentDraft(AssessmentVerdict.Partial, quotes, reading.Rules.Say("experience_partial", values), years);
    }

    /// <summary>True when the title is the scope's title (or a synonym) or belongs to the scope's family.</summary>
    internal static bool InScope(TalentTaxonomy taxonomy, string title, string scope)
    {
        var wanted = TalentTaxonomy.Normalize(scope);
        var family = taxonomy.TitleFamily(wanted) is { Length: > 0 } f ? f : wanted;
        foreach (var known in taxonomy.TitlesWithin(title))
        {
            if (known == wanted || known == taxonomy.CanonicalTitle(wanted) || taxonomy.TitleFamily(known) == family)
            {
                return true;
            }
        }

        return TermFinder.Mentions(title, taxonomy.TitleVariants(wanted), []);
    }
}
