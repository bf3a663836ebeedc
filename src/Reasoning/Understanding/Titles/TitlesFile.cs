namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>prompts/builtin/vocabulary/titles.yaml: the hand-curated job titles.</summary>
public sealed class TitlesFile
{
    public const string FileName = "vocabulary/titles.yaml";

    public int Version { get; set; }

    /// <summary>Words that give a level, not a job ("senior", "ii"): stripped from the edges of a written title.</summary>
    public List<string> SeniorityWords { get; set; } = [];

    public List<TitlesFileEntry> Titles { get; set; } = [];
}
