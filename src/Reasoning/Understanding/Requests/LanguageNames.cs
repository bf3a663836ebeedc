using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// The spoken languages of <see cref="LanguagesFile"/> compiled: every name a language has, in English and in other languages,
/// with the forms each language's grammar makes of them ("l'anglais", "dell'inglese", "Englischkenntnisse"), each read as the
/// English name; which of them name the language wherever they stand; and the codes ("EN", "jp").
/// </summary>
public sealed class LanguageNames
{
    // French and Italian run the article or "of" into a name that starts with a vowel ("l'anglais", "d'inglese", "dell'inglese").
    private static readonly string[] Elisions = ["l'", "d'", "dell'", "all'", "nell'", "dall'"];

    private readonly HashSet<string> _english = new(StringComparer.Ordinal);
    private readonly HashSet<string> _standAlone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

    public LanguageNames(LanguagesFile file)
    {
        if (file.Languages.Count == 0)
        {
            throw new InvalidDataException($"{LanguagesFile.FileName}: 'languages' is empty.");
        }

        var needCue = file.NeedCue.Select(TokenFold.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (english, entry) in file.Languages)
        {
            var name = TokenFold.Key(english);
            _english.Add(name);
            Names.Add((name, name));
            foreach (var code in entry.Codes)
            {
                _codes.TryAdd(TokenFold.Key(code), name);
            }

            foreach (var (language, written) in entry.Names)
            {
                foreach (var form in written.Select(TokenFold.Key).SelectMany(w => Forms(language, w)))
                {
                    Names.Add((form, name));
                }
            }
        }

        foreach (var other in file.OtherLanguages.Select(TokenFold.Key))
        {
            _english.Add(other);
            Names.Add((other, other));
        }

        _standAlone.UnionWith(Names.Select(n => n.Name).Where(n => !_english.Contains(n) && !needCue.Contains(n)));
    }

    /// <summary>Every name, folded, with the English name it is read as.</summary>
    public List<(string Name, string English)> Names { get; } = [];

    /// <summary>Whether a name is the language wherever it stands: a name in another language that is no word of English.</summary>
    public bool StandsAlone(string folded) => _standAlone.Contains(folded);

    /// <summary>The English name of the language a code stands for ("fr" → "french"), or null.</summary>
    public string? OfCode(string folded) => _codes.GetValueOrDefault(folded);

    private static IEnumerable<string> Forms(string language, string name)
    {
        yield return name;
        if (language is "fr" or "it" && name.Length > 0 && "aeiouh".Contains(name[0], StringComparison.Ordinal))
        {
            foreach (var elision in Elisions)
            {
                yield return elision + name;
            }
        }

        if (language == "de")
        {
            // "Englischkenntnisse", "Deutschkenntnisse": German's knowledge of a language, written as one word.
            yield return name + "kenntnisse";
        }
    }
}
