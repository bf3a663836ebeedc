using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Projects;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Turns a job spec and its approved qualifications into the parts of a boolean query. The place
/// comes from the location seam (the spec's places and remote scope as search terms); the query
/// only narrows what the index returns, the constraint filter decides who is in.
/// </summary>
public sealed class QueryPlanner(TalentTaxonomy taxonomy, ILocationMatcher places)
{

    /// <summary>The first query plan of a project; unapproved or policy-refused qualifications are ignored.</summary>
    public QueryPlan Plan(JobSpec spec, IReadOnlyList<Qualification> qualifications, IReadOnlyList<string>? exclusions = null)
    {
        var approved = qualifications.Where(q => q.Approved && q.Policy.Allowed).ToList();
        var title = CanonicalTitle(spec);
        var core = title.Length == 0 ? [] : taxonomy.TitleVariants(title).ToList();
        foreach (var extra in approved.Where(q => q.Kind == QualificationKind.MustHave && q.Category == QualificationCategory.Title))
        {
            core.AddRange(taxonomy.TitleVariants(SubjectOf(extra)));
        }

        var family = taxonomy.TitleFamily(title);
        var familyTitles = core.Concat(family.Length == 0 ? [] : taxonomy.TitlesInFamily(family)).Distinct(StringComparer.Ordinal).ToList();
        var scope = places.PlacesOf(spec);
        var locations = scope.SearchTerms
            .Concat(approved.Where(q => q.Kind == QualificationKind.MustHave && q.Category == QualificationCategory.Location).Select(SubjectOf))
            .Select(Normalize)
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var where = locations.Count == 0 ? LocationScope.Anywhere : LocationScope.Exact;
        return new QueryPlan(
            [.. core.Distinct(StringComparer.Ordinal)],
            familyTitles,
            TitleScope.Core,
            Skills(approved, QualificationKind.MustHave),
            Skills(approved, QualificationKind.NiceToHave),
            [],
            locations,
            where,
            [.. (exclusions ?? []).Select(Normalize).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)]);
    }

    private string CanonicalTitle(JobSpec spec)
    {
        foreach (var written in new[] { spec.NormalizedTitle, spec.Title }.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (taxonomy.CanonicalTitle(written) is { } known)
            {
                return known;
            }

            if (taxonomy.TitlesWithin(written).FirstOrDefault() is { } inside)
            {
                return inside;
            }
        }

        return Normalize(string.IsNullOrWhiteSpace(spec.NormalizedTitle) ? spec.Title : spec.NormalizedTitle);
    }

    private List<string> Skills(IEnumerable<Qualification> approved, QualificationKind kind) =>
        [.. approved
            .Where(q => q.Kind == kind && q.Category == QualificationCategory.Skill)
            .Select(q => taxonomy.CanonicalSkill(SubjectOf(q)))
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)];

    private static string SubjectOf(Qualification qualification) =>
        string.IsNullOrWhiteSpace(qualification.Subject) ? qualification.Text : qualification.Subject;

    private static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
