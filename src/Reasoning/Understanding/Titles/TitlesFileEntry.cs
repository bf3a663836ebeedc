namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>One title as a vocabulary file writes it (titles.yaml, or a row of esco-titles.tsv).</summary>
public sealed class TitlesFileEntry
{
    public string Name { get; set; } = "";

    public List<string> Aliases { get; set; } = [];

    /// <summary>Forms matched only as written ("PM", never "pm" in "3 pm").</summary>
    public List<string> CaseSensitiveAliases { get; set; } = [];

    public string Family { get; set; } = "";
}
