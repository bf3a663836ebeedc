using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Talent.Search;

/// <summary>
/// What the talent index and search know of skills and titles: synonyms (a search for any form
/// finds the others), neighbours for broadening, and title families. One source for the whole
/// product: the built-in engine's vocabularies (prompts/builtin/vocabulary/skills.yaml, titles.yaml,
/// esco-titles.tsv). Lookups are case-insensitive on whitespace-normalized text.
/// </summary>
public sealed class TalentTaxonomy(SkillVocabulary skills, TitleVocabulary titles)
{
    private static readonly Lazy<TalentTaxonomy> Shared = new(() => new(SkillVocabulary.LoadDefault(), TitleVocabulary.LoadDefault()));

    /// <summary>A taxonomy with no entries: every lookup returns its input.</summary>
    public static TalentTaxonomy Empty { get; } = new(SkillVocabulary.Empty, TitleVocabulary.Empty);

    /// <summary>The vocabularies copied beside the program, loaded once per process.</summary>
    public static TalentTaxonomy LoadDefault() => Shared.Value;

    public static TalentTaxonomy Load(PromptLibrary library) => new(SkillVocabulary.Load(library), TitleVocabulary.Load(library));

    /// <summary>The canonical name of a skill (its own normalized form when the vocabulary does not know it).</summary>
    public string CanonicalSkill(string skill) => skills.Entry(skill)?.Name ?? Normalize(skill);

    /// <summary>Every form of a skill: canonical name first, then aliases; the text alone when unknown.</summary>
    public IReadOnlyList<string> SkillVariants(string text) =>
        skills.Entry(text) is { } entry ? [.. entry.Forms.Select(Normalize).Distinct(StringComparer.Ordinal)] : [Normalize(text)];

    /// <summary>Every known skill written in running text, left to right, with where it is written (its canonical name).</summary>
    public IReadOnlyList<(string Skill, int Start, int Length)> SkillsIn(string text) =>
        [.. skills.Find(text).Select(m => (m.Value.Name, m.Start, m.Length))];

    /// <summary>Neighbouring skills, for broadening a query (never for matching it).</summary>
    public IReadOnlyList<string> RelatedSkills(string skill) => skills.Related(skill);

    /// <summary>
    /// Every equivalent way of writing a title: when the text contains a known title (as whole
    /// words), that part is replaced by each of its forms ("senior swe" gives "senior software
    /// engineer", ...). The input comes first.
    /// </summary>
    public IReadOnlyList<string> TitleVariants(string text)
    {
        var form = Normalize(text);
        var found = titles.Find(form);
        if (found.Count == 0)
        {
            return [form];
        }

        var match = found[0];
        var before = form[..match.Start];
        var after = form[match.End..];
        return [.. match.Value.Forms
            .Select(f => Normalize(before + f.ToLowerInvariant() + after))
            .Prepend(form)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The canonical title when the whole text is a known title or alias ("SWE"), else null.</summary>
    public string? CanonicalTitle(string text) => titles.Lookup(Normalize(text))?.Name;

    /// <summary>Canonical names of every known title written inside a title ("Senior Backend Developer" holds "backend engineer").</summary>
    public IEnumerable<string> TitlesWithin(string title) => titles.Find(title).Select(m => m.Value.Name).Distinct(StringComparer.Ordinal);

    /// <summary>The family of a title ("software engineering"), or empty when unknown.</summary>
    public string TitleFamily(string title) => titles.Lookup(Normalize(title))?.Family ?? "";

    /// <summary>Canonical titles of one family, for broadening a title search.</summary>
    public IReadOnlyList<string> TitlesInFamily(string family) => titles.TitlesInFamily(family);

    internal static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
