using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Talent.Search;

namespace Hiring.Agents.Evaluation;

/// <summary>Education: a degree at or above the level asked for and the field named, when either is asked.</summary>
public static class EducationAssessment
{
    private static readonly Dictionary<string, int> LevelOf = new(StringComparer.Ordinal)
    {
        ["associate"] = 1,
        ["bachelor"] = 2, ["bachelor's"] = 2, ["bachelors"] = 2, ["bsc"] = 2, ["ba"] = 2, ["bs"] = 2, ["beng"] = 2, ["degree"] = 2,
        ["master"] = 3, ["master's"] = 3, ["masters"] = 3, ["msc"] = 3, ["ma"] = 3, ["ms"] = 3, ["meng"] = 3, ["mba"] = 3,
        ["phd"] = 4, ["doctorate"] = 4, ["dphil"] = 4,
    };

    public static AssessmentDraft Assess(ProfileReading reading, Qualification qualification)
    {
        var profile = reading.Profile;
        var subject = qualification.Subject is { Length: > 0 } s ? s : qualification.Text;
        var values = ("subject", subject);
        if (profile.Education.Count == 0)
        {
            return new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("education_unknown", values));
        }

        var words = TalentTaxonomy.Normalize(subject).Replace(".", "", StringComparison.Ordinal).Split(' ');
        var level = words.Select(w => LevelOf.GetValueOrDefault(w)).DefaultIfEmpty(0).Max();
        var field = string.Join(' ', words.Where(w => !LevelOf.ContainsKey(w) && w is not ("in" or "of" or "a" or "or" or "equivalent")));

        EvidenceQuote? partial = null;
        for (var i = 0; i < profile.Education.Count; i++)
        {
            var entry = profile.Education[i];
            var levelOk = level == 0 || LevelOf.GetValueOrDefault(TalentTaxonomy.Normalize(entry.Degree).Replace(".", "", StringComparison.Ordinal)) >= level;
            var text = ProfileSections.EducationText(entry);
            var fieldOk = field.Length == 0 || TermFinder.Mentions(text, [field], []);
            var quote = new EvidenceQuote(ProfileSections.Education(i), text);
            if (levelOk && fieldOk)
            {
                return new AssessmentDraft(AssessmentVerdict.Met, [quote], reading.Rules.Say("education_met", values));
            }

            // Half of what was asked: the level without the field, or the field at a lower level.
            if ((level > 0 && levelOk) || (field.Length > 0 && fieldOk))
            {
                partial ??= quote;
            }
        }

        return partial is not null
            ? new AssessmentDraft(AssessmentVerdict.Partial, [partial], reading.Rules.Say("education_not_met", values))
            : new AssessmentDraft(AssessmentVerdict.NotMet, [], reading.Rules.Say("education_not_met", values));
    }
}
