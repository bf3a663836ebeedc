using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Evals.Suites.Spec;

/// <summary>Today's canonical forms: the product's talent taxonomy (titles and skills with their aliases), folded text otherwise.</summary>
public sealed class TaxonomyCanonicalizer(TalentTaxonomy taxonomy) : ICanonicalizer
{
    public string Title(string title) => TextFolding.Fold(taxonomy.CanonicalTitle(title) ?? title);

    public string Skill(string skill) => TextFolding.Fold(taxonomy.CanonicalSkill(skill));
}
