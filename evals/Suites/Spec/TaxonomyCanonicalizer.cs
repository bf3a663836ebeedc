using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Evals.Suites.Spec;

/// <summary>Today's canonical forms: the product's talent taxonomy (titles and skills with their aliases), folded text otherwise.</summary>
public sealed class TaxonomyCanonicalizer(TalentTaxonomy taxonomy) : ICanonicalizer
{
    public string Title(string title) => TextFolding.Fold(taxonomy.CanonicalTitle(title) ?? title);

    // Folding keeps letters and digits only, so "c++" and "c#" would both be "c": their signs are spelled out first.
    public string Skill(string skill) => TextFolding.Fold(taxonomy.CanonicalSkill(skill).Replace("+", " plus ", StringComparison.Ordinal).Replace("#", " sharp ", StringComparison.Ordinal));
}
