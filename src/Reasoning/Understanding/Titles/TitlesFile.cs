namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>prompts/builtin/vocabulary/titles.yaml: the hand-curated job titles.</summary>
public sealed class TitlesFile
{
    public const string FileName = "vocabulary/titles.yaml";

    public int Version { get; set; }

    /// <summary>Words that give a level, not a job ("senior", "ii"): stripped from the edges of a written title.</summary>
    public List<string> SeniorityWords { get; set; } = [];

    /// <summary>
    /// Written titles whose leading level word is part of the job's name, not a level ("staff nurse" is a
    /// registered nurse at no particular level); the level is not read from them.
    /// </summary>
    public List<string> LevelInName { get; set; } = [];

    public List<TitlesFileEntry> Titles { get; set; } = [];

    /// <summary>
    /// The titles in other languages, by canonical title ("software engineer": [entwickler, sviluppatore, …]):
    /// read as the title they translate, never searched for or shown as its forms.
    /// </summary>
    public Dictionary<string, List<string>> Translations { get; set; } = [];

    /// <summary>The words titles in other languages are built from (<see cref="TitleCompositions"/>).</summary>
    public TranslatedWordsFile TranslatedWords { get; set; } = new();
}
