namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>Where a title of the <see cref="TitleVocabulary"/> comes from.</summary>
public enum TitleSource
{
    /// <summary>prompts/builtin/vocabulary/titles.yaml, hand-curated: wins every form it names.</summary>
    Product,

    /// <summary>prompts/builtin/vocabulary/esco-titles.tsv, derived from ESCO's occupations: the long tail.</summary>
    Esco,
}
