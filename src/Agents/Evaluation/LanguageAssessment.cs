using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Evaluation;

/// <summary>A spoken language named anywhere in the profile; never NotMet, since profiles rarely list languages.</summary>
public static class LanguageAssessment
{
    public static AssessmentDraft Assess(ProfileReading reading, Qualification qualification)
    {
        var subject = qualification.Subject is { Length: > 0 } s ? s : qualification.Text;
        var values = ("subject", subject);
        string[] forms = [subject];
        foreach (var section in ProfileSections.All(reading.Profile))
        {
            if (section.Name == ProfileSections.Location)
            {
                continue;
            }

            var (at, _) = TermFinder.Find(section.Text, forms, []);
            if (at >= 0)
            {
                var quote = section.Name == ProfileSections.Skills
                    ? reading.Profile.Skills.First(skill => TermFinder.Mentions(skill, forms, []))
                    : Sentences.Around(section.Text, at);
                return new AssessmentDraft(AssessmentVerdict.Met, [new EvidenceQuote(section.Name, quote)], reading.Rules.Say("language_met", values));
            }
        }

        return new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("language_unknown", values));
    }
}
