namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>A skill of the vocabulary: its canonical name, the other ways of writing it, its neighbours and its category.</summary>
/// <param name="Name">The canonical name, lower case: what the talent index stores.</param>
/// <param name="Aliases">Other forms (abbreviations, spellings, misspellings), matched in any case.</param>
/// <param name="CaseSensitiveAliases">Forms matched in running text only as written ("Go", never "go ahead").</param>
/// <param name="Related">Canonical names of neighbouring skills, for broadening a query, never for matching it.</param>
/// <param name="Category">The function or kind of skill ("language", "healthcare", "sales").</param>
/// <param name="Line">The line of the vocabulary file the skill is written on; 0 when it was not read from a file.</param>
public sealed record SkillEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> CaseSensitiveAliases,
    IReadOnlyList<string> Related,
    string Category,
    int Line = 0)
{
    /// <summary>Every form of the skill: the name, then the aliases, then the case-sensitive aliases.</summary>
    public IEnumerable<string> Forms => [Name, .. Aliases, .. CaseSensitiveAliases];
}
