using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// A spoken language named in the profile, at the fluency asked when the profile writes one beside it
/// (Partial below it). NotMet only when the profile lists the languages it speaks without this one;
/// otherwise Unknown, since profiles rarely list languages.
/// </summary>
public static class LanguageAssessment
{
    public static AssessmentDraft Assess(ProfileReading reading, Qualification qualification)
    {
        var subject = qualification.Subject is { Length: > 0 } s ? s : qualification.Text;
        var values = ("subject", subject);
        string[] forms = [subject];
        var asked = LanguageFluency.In(reading.Rules, qualification.Text);
        (EvidenceQuote Quote, (string Phrase, int Rank) Level)? first = null;
        foreach (var section in ProfileSections.All(reading.Profile).Where(s => s.Name != ProfileSections.Location))
        {
            foreach (var sentence in Sentences.Split(section.Text))
            {
                var (at, length) = TermFinder.Find(sentence, forms, []);
                if (at < 0)
                {
                    continue;
                }

                var quote = section.Name == ProfileSections.Skills
                    ? new EvidenceQuote(section.Name, reading.Profile.Skills.First(skill => TermFinder.Mentions(skill, forms, [])))
                    : new EvidenceQuote(section.Name, sentence);
                var level = LanguageFluency.In(reading.Rules, LanguageFluency.ItemAround(sentence, at, length));
                first ??= (quote, level);
                if (level.Rank > 0)
                {
                    return Verdict(reading, subject, asked, quote, level);
                }
            }
        }

        if (first is { } mention)
        {
            return Verdict(reading, subject, asked, mention.Quote, mention.Level);
        }

        return ListsLanguages(reading)
            ? new AssessmentDraft(AssessmentVerdict.NotMet, [], reading.Rules.Say("language_not_listed", values))
            : new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("language_unknown", values));
    }

    private static AssessmentDraft Verdict(ProfileReading reading, string subject, (string Phrase, int Rank) asked, EvidenceQuote quote, (string Phrase, int Rank) found) =>
        found.Rank > 0 && found.Rank < asked.Rank
            ? new AssessmentDraft(AssessmentVerdict.Partial, [quote], reading.Rules.Say("language_partial", ("subject", subject), ("found", found.Phrase), ("asked", asked.Phrase)))
            : new AssessmentDraft(AssessmentVerdict.Met, [quote], reading.Rules.Say("language_met", ("subject", subject)));

    /// <summary>True when a line of the profile opens with a languages label ("Languages: German (Native), English").</summary>
    private static bool ListsLanguages(ProfileReading reading) =>
        ProfileSections.All(reading.Profile).Any(section => section.Text.Split('\n').Any(line =>
            reading.Rules.LanguageListLabels.Any(label => line.TrimStart().StartsWith(label + ":", StringComparison.OrdinalIgnoreCase))));
}
