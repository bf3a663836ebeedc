using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>
/// prompts/builtin/vocabulary/not-skills.txt: words and phrases that look like skills but are not
/// (days, months, ASAP, CEO, NYC, Q1; "New Orleans" beside the skill "Orleans", "Go ahead" beside
/// "Go"). One a line, '#' starts a comment; compared folded, so "Asap" is "ASAP". A word listed here
/// that is also a skill's form is that skill in a skill field only, never in running text.
/// </summary>
public sealed class NotSkills
{
    public const string FileName = "vocabulary/not-skills.txt";

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _entries = [];

    public NotSkills(IEnumerable<string> entries)
    {
        foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (_keys.Add(TokenFold.Key(entry)))
            {
                _entries.Add(entry);
            }
        }
    }

    public static NotSkills Empty { get; } = new([]);

    /// <summary>Every word and phrase, as written in the file.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>The entries of more than one word: phrases that hide a skill inside them ("New Orleans").</summary>
    public IEnumerable<string> Phrases => _entries.Where(e => Tokenizer.Tokenize(e).Count > 1);

    public static NotSkills Load(PromptLibrary library) => Parse(library.ReadBuiltIn(FileName));

    public static NotSkills Parse(string text) =>
        new(text.Split('\n').Select(line => line.Split('#', 2)[0]));

    /// <summary>Whether a word or phrase, in any case, is listed.</summary>
    public bool Contains(string text) => _keys.Contains(TokenFold.Key(text));
}
