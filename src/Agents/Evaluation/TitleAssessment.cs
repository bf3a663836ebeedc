using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Talent.Search;

namespace Hiring.Agents.Evaluation;

/// <summary>A title held (synonyms count), at the seniority asked for when one is named.</summary>
public static class TitleAssessment
{
    private static readonly Dictionary<string, int> SeniorityRank = new(StringComparer.Ordinal)
    {
        ["intern"] = 0,
        ["junior"] = 1,
        ["mid"] = 2,
        ["senior"] = 3,
        ["lead"] = 4,
        ["staff"] = 4,
        ["principal"] = 5,
    };

    public static AssessmentDraft Assess(ProfileReading reading, Qualification qualification)
    {
        var profile = reading.Profile;
        var wanted = TalentTaxonomy.Normalize(qualification.Subject is { Length: > 0 } s ? s : qualification.Text);
        var words = wanted.Split(' ');
        var seniority = words.FirstOrDefault(SeniorityRank.ContainsKey) ?? TalentTaxonomy.Normalize(qualification.Text).Split(' ').FirstOrDefault(SeniorityRank.ContainsKey);
        var baseTitle = string.Join(' ', words.Where(w => !SeniorityRank.ContainsKey(w)));
        var forms = reading.Taxonomy.TitleVariants(baseTitle);
        var canonical = reading.Taxonomy.CanonicalTitle(baseTitle) ?? baseTitle;
        var values = new[] { ("subject", qualification.Subject ?? qualification.Text), ("seniority", seniority ?? "") };

        EvidenceQuote? partial = null;
        var titles = profile.Experiences.Select((e, i) => (Section: ProfileSections.ExperienceTitle(i), Text: e.Title))
            .Append((Section: ProfileSections.Headline, Text: profile.Headline));
        foreach (var (section, title) in titles)
        {
            if (!TermFinder.Mentions(title, forms, []) && !reading.Taxonomy.TitlesWithin(title).Contains(canonical, StringComparer.Ordinal))
            {
                continue;
            }

            var quote = new EvidenceQuote(section, title);
            if (seniority is null || RankOf(title) >= SeniorityRank[seniority])
            {
                return new AssessmentDraft(AssessmentVerdict.Met, [quote], reading.Rules.Say("title_met", values));
            }

            partial ??= quote;
        }

        if (partial is not null)
        {
            return new AssessmentDraft(AssessmentVerdict.Partial, [partial], reading.Rules.Say("title_partial", values));
        }

        return profile.Experiences.Count == 0 && string.IsNullOrWhiteSpace(profile.Headline)
            ? new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("no_history"))
            : new AssessmentDraft(AssessmentVerdict.NotMet, [], reading.Rules.Say("title_not_met", values));
    }

    // A title without a seniority word is a mid-level one ("Backend Engineer").
    private static int RankOf(string title) =>
        TalentTaxonomy.Normalize(title).Split(' ').Select(w => SeniorityRank.GetValueOrDefault(w, -1)).DefaultIfEmpty(-1).Max() is var rank and >= 0
            ? rank
            : SeniorityRank["mid"];
}
