namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>prompts/builtin/vocabulary/languages.yaml: spoken languages by their English name, their names in other languages and their codes.</summary>
public sealed class LanguagesFile
{
    public const string FileName = "vocabulary/languages.yaml";

    public string Version { get; set; } = "";

    public Dictionary<string, LanguageEntry> Languages { get; set; } = [];

    /// <summary>More English names of languages, read as themselves ("farsi", "asl").</summary>
    public List<string> OtherLanguages { get; set; } = [];

    /// <summary>Names in other languages that are also words or names of English: the language only with a cue.</summary>
    public List<string> NeedCue { get; set; } = [];

    public sealed class LanguageEntry
    {
        /// <summary>The ISO 639-1 code and any code recruiters write for the language ("jp").</summary>
        public List<string> Codes { get; set; } = [];

        /// <summary>The language's names in other languages, by the language that names it ("es": ["inglés"]).</summary>
        public Dictionary<string, List<string>> Names { get; set; } = [];
    }
}
