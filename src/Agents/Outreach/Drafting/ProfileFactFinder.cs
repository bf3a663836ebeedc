using System.Globalization;
using Hiring.Agents.Evaluation;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Policy;
using Hiring.Talent.Search;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>
/// The true facts of a profile a message may cite, found as the built-in evaluator finds evidence
/// (same taxonomy and rules, on the masked profile) for the approved qualifications, must-haves first.
/// A fact is kept only when it is verbatim in the unmasked profile too, is short enough to quote
/// whole, and passes the message policy; the current role follows as a fact tied to no requirement,
/// and a profile that lists no role at all still has its headline.
/// </summary>
public sealed class ProfileFactFinder(TalentTaxonomy taxonomy, EvaluationRules rules, IProfileMasker masker, IMessagePolicy policy, OutreachTemplates templates, TimeProvider time)
{
    private const string CompanySuffix = ".company";

    /// <summary>The facts, best first: one per qualification (its most personal), then the current role; else the headline.</summary>
    public IReadOnlyList<ProfileFact> Find(CandidateProfile profile, IReadOnlyList<Qualification> qualifications)
    {
        var masked = masker.Mask(profile);
        var reading = new ProfileReading(masked, taxonomy, rules, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var ordered = qualifications
            .Where(q => q.Approved && q.Policy.Allowed && q.Category is QualificationCategory.Skill or QualificationCategory.Title)
            .OrderBy(q => q.Kind)
            .ThenByDescending(q => q.Weight);
        var facts = new List<ProfileFact>();
        foreach (var qualification in ordered)
        {
            var best = Candidates(reading, qualification).Where(f => Quotable(profile, f)).OrderBy(f => f.Kind).FirstOrDefault();
            if (best is not null && !facts.Any(f => string.Equals(f.Text, best.Text, StringComparison.OrdinalIgnoreCase)))
            {
                facts.Add(best);
            }
        }

        if (Current(masked) is { } current && Quotable(profile, current) && !facts.Any(f => f.Kind == ProfileFactKind.Title && f.Section == current.Section))
        {
            facts.Add(current);
        }

        if (facts.Count == 0 && Headline(masked) is { } headline && Quotable(profile, headline))
        {
            facts.Add(headline);
        }

        return facts;
    }

    private IEnumerable<ProfileFact> Candidates(ProfileReading reading, Qualification qualification)
    {
        if (qualification.Category == QualificationCategory.Title)
        {
            var title = TitleAssessment.Assess(reading, qualification);
            return title.Verdict == AssessmentVerdict.Met ? title.Evidence.Select(q => FromQuote(reading.Profile, q, q.Text, qualification.Text) with { Kind = ProfileFactKind.Title }) : [];
        }

        var subject = qualification.Subject is { Length: > 0 } s ? s : qualification.Text;
        var forms = SkillAssessment.WithNouns(taxonomy.SkillVariants(subject));
        var shadows = SkillAssessment.ShadowsOf(reading.Profile, forms);
        return SkillAssessment.Assess(reading, qualification).Evidence
            .Select(q => (Quote: q, Found: TermFinder.Find(q.Text, forms, shadows)))
            .Where(x => x.Found.Index >= 0 || x.Quote.Section.EndsWith(".title", StringComparison.Ordinal))
            .Select(x => FromQuote(reading.Profile, x.Quote, x.Found.Index >= 0 ? x.Quote.Text.Substring(x.Found.Index, x.Found.Length) : x.Quote.Text, qualification.Text));
    }

    private static ProfileFact FromQuote(CandidateProfile profile, EvidenceQuote quote, string skill, string requirement)
    {
        var role = RoleIndex(quote.Section) is { } i && i < profile.Experiences.Count ? profile.Experiences[i] : null;
        var company = role is { Company.Length: > 0 } ? role.Company : null;
        var companySection = company is null ? null : quote.Section[..quote.Section.IndexOf(']', StringComparison.Ordinal)] + "]" + CompanySuffix;
        var kind = quote.Section switch
        {
            ProfileSections.Skills => ProfileFactKind.Skill,
            _ when quote.Section.EndsWith(".title", StringComparison.Ordinal) => ProfileFactKind.Title,
            _ => ProfileFactKind.Sentence,
        };
        return new ProfileFact(kind, quote.Section, quote.Text, company, companySection, skill, requirement);
    }

    private static ProfileFact? Current(CandidateProfile masked)
    {
        var index = masked.Experiences.ToList().FindIndex(e => e.End is null);
        index = index < 0 && masked.Experiences.Count > 0 ? 0 : index;
        if (index < 0 || masked.Experiences[index] is not { Title.Length: > 0, Company.Length: > 0 } role)
        {
            return null;
        }

        var section = ProfileSections.ExperienceTitle(index);
        return new ProfileFact(ProfileFactKind.Current, section, role.Title, role.Company, section.Replace(".title", CompanySuffix, StringComparison.Ordinal), role.Title, null);
    }

    private static ProfileFact? Headline(CandidateProfile masked) =>
        masked.Headline.Trim() is { Length: > 0 } headline ? new ProfileFact(ProfileFactKind.Headline, ProfileSections.Headline, headline, null, null, headline, null) : null;

    /// <summary>Verbatim in the unmasked profile (masking changed nothing in it), short enough to quote whole, and lawful to say.</summary>
    private bool Quotable(CandidateProfile profile, ProfileFact fact) =>
        QuoteCheck.AppearsIn(profile, fact.Text)
        && (fact.Company is null || QuoteCheck.AppearsIn(profile, fact.Company))
        && fact.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= templates.MaxQuoteWords
        && !policy.Screen(fact.Text).Refused;

    // "experience[3].description" → 3.
    private static int? RoleIndex(string section)
    {
        if (!section.StartsWith("experience[", StringComparison.Ordinal))
        {
            return null;
        }

        var end = section.IndexOf(']', StringComparison.Ordinal);
        return int.TryParse(section.AsSpan(11, end - 11), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
