using Hiring.Agents.Evaluation;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// What a spec asks of the current title's role: the role's title or a synonym meets it ("Senior
/// Back-end Developer" for a backend engineer); a title of the same family is adjacent (a frontend
/// engineer for a backend role), which the loop may source when it widens titles but which never
/// reaches a shortlist on its own; anything else does not meet it (a financial analyst for a data
/// analyst role, whatever skills they share).
/// </summary>
public sealed class TitleRule
{
    private readonly TalentTaxonomy _taxonomy;
    private readonly IReadOnlyList<string> _forms;
    private readonly string _family;

    private TitleRule(TalentTaxonomy taxonomy, string canonical)
    {
        _taxonomy = taxonomy;
        Canonical = canonical;
        _forms = taxonomy.TitleVariants(canonical);
        _family = taxonomy.TitleFamily(canonical);
    }

    /// <summary>The role's title, as the taxonomy names it.</summary>
    public string Canonical { get; }

    /// <summary>The rule of the spec's title, or null when the spec names none.</summary>
    public static TitleRule? For(JobSpec spec, TalentTaxonomy taxonomy)
    {
        foreach (var written in new[] { spec.NormalizedTitle, spec.Title }.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var bare = TitleLevels.Strip(written);
            var canonical = taxonomy.CanonicalTitle(bare) ?? taxonomy.TitlesWithin(bare).FirstOrDefault() ?? TalentTaxonomy.Normalize(bare);
            if (canonical.Length > 0)
            {
                return new TitleRule(taxonomy, canonical);
            }
        }

        return null;
    }

    public AssessmentVerdict Check(string title)
    {
        var within = _taxonomy.TitlesWithin(title).ToList();
        if (!within.Exists(Narrows) && (within.Contains(Canonical, StringComparer.Ordinal) || TermFinder.Mentions(title, _forms, [])))
        {
            return AssessmentVerdict.Met;
        }

        return _family.Length > 0 && within.Any(t => _taxonomy.TitleFamily(t) == _family) ? AssessmentVerdict.Partial : AssessmentVerdict.NotMet;
    }

    /// <summary>
    /// A longer title that holds the role's title names another role: "Technical Product Manager"
    /// mentions "Product Manager" but is its own role, so it is adjacent at best, never the role.
    /// </summary>
    private bool Narrows(string found) =>
        !string.Equals(found, Canonical, StringComparison.OrdinalIgnoreCase)
        && $" {found} ".Contains($" {Canonical} ", StringComparison.OrdinalIgnoreCase);
}
