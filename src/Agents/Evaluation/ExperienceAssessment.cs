using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Evaluation;

/// <summary>Years of experience from dated roles: all of them, those of the subject's title, or those of the subject's field.</summary>
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
        var inScope = scope == AnyScope ? (_ => true) : RoleTest(reading, scope);
        for (var i = 0; i < profile.Experiences.Count; i++)
        {
            var role = profile.Experiences[i];
            if (inScope(role))
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

    /// <summary>
    /// Which roles count for a scope. A title ("as a data engineer") counts the roles of that title,
    /// at any level and by any of its names. A field ("backend development", "inventory management",
    /// "ICU") counts the roles of that family, or whose title or description name it; when no role
    /// names it, the family of the title of its practitioner ("accounting" → accountant, "backend
    /// development" → backend developer) decides.
    /// </summary>
    private static Func<Experience, bool> RoleTest(ProfileReading reading, string scope)
    {
        var taxonomy = reading.Taxonomy;
        var wanted = TalentTaxonomy.Normalize(scope);
        if (taxonomy.CanonicalTitle(wanted) is { } title)
        {
            var names = taxonomy.TitleVariants(wanted);
            return role => taxonomy.TitlesWithin(role.Title).Contains(title, StringComparer.Ordinal) || TermFinder.Mentions(role.Title, names, []);
        }

        var forms = taxonomy.SkillVariants(wanted);
        bool Names(Experience role) =>
            taxonomy.TitlesWithin(role.Title).Any(t => taxonomy.TitleFamily(t) == wanted)
            || TermFinder.Mentions(role.Title, forms, [])
            || TermFinder.Mentions(role.Description, forms, []);
        if (reading.Profile.Experiences.Any(Names))
        {
            return Names;
        }

        return PractitionerFamily(reading, wanted) is { } family
            ? role => taxonomy.TitlesWithin(role.Title).Any(t => taxonomy.TitleFamily(t) == family)
            : Names;
    }

    /// <summary>The title family of the field's practitioner: its last word swapped by evaluation.yaml's field_practitioners ("development" → "developer").</summary>
    private static string? PractitionerFamily(ProfileReading reading, string field)
    {
        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !reading.Rules.FieldPractitioners.TryGetValue(words[^1], out var practitioner))
        {
            return null;
        }

        var title = string.Join(' ', words[..^1].Append(practitioner));
        return reading.Taxonomy.CanonicalTitle(title) is { } canonical && reading.Taxonomy.TitleFamily(canonical) is { Length: > 0 } family ? family : null;
    }
}
