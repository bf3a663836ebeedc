namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// The words of titles in other languages (titles.yaml, translated_words): field and head words per language and
/// the connectors that join them, from which <see cref="TitleCompositions"/> builds the written titles.
/// </summary>
public sealed class TranslatedWordsFile
{
    /// <summary>What joins a head to the field after it, per language ("de", "di", "ds."); "" joins with a space alone.</summary>
    public Dictionary<string, List<string>> Connectors { get; set; } = [];

    /// <summary>Head words ("engineer") and their forms per language.</summary>
    public Dictionary<string, LanguageForms> Heads { get; set; } = [];

    /// <summary>Field words ("data") and their forms per language.</summary>
    public Dictionary<string, FieldForms> Fields { get; set; } = [];
}

/// <summary>A word's forms in the languages the built-in engine reads titles in.</summary>
public class LanguageForms
{
    public List<string> Es { get; set; } = [];

    public List<string> Fr { get; set; } = [];

    public List<string> It { get; set; } = [];

    public List<string> Pt { get; set; } = [];

    public List<string> De { get; set; } = [];

    public List<string> Nl { get; set; } = [];

    public List<string> Pl { get; set; } = [];
}

/// <summary>A field word's forms, the English words a title may use for it, and whether it follows a head with no connector.</summary>
public sealed class FieldForms : LanguageForms
{
    /// <summary>English spellings of the field in titles ("math", "maths", "mathematics"); the key alone when empty.</summary>
    public List<string> English { get; set; } = [];

    /// <summary>A name that follows a Romance or Polish head as it is ("desarrollador Java"), never after "de".</summary>
    public bool Bare { get; set; }
}
