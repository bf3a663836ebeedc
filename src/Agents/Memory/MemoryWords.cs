using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// The content words of a text as memory compares them: lower case, accents and punctuation off, a plural's "s" off.
/// Words of one meaning ("licence", "certificate") meet, and a word for a kind meets its instances ("day" the
/// weekdays, "language" English; "much" any figure), and so does a word typed with one letter left out: a question seldom says a memory's own words.
/// </summary>
public sealed partial class MemoryWords
{
    private readonly HashSet<string> _common;
    private readonly Dictionary<string, int> _meaning = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _instances = new(StringComparer.Ordinal);
    private readonly HashSet<string> _amounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _english = new(StringComparer.Ordinal);

    /// <summary>The instance that stands for any figure ("how much…?" is answered by "210k", "£38/hr", "12%").</summary>
    public const string AnyNumber = "#number";

    /// <param name="common">Words too common to tie a question to a memory.</param>
    /// <param name="synonyms">Groups of words of one meaning.</param>
    /// <param name="kinds">A word for a kind and the words of its instances.</param>
    /// <param name="glosses">An English word and the words of other languages for it ("swedish": svenska, schwedisch…): they meet as synonyms do.</param>
    public MemoryWords(IEnumerable<string> common, IEnumerable<IEnumerable<string>>? synonyms = null, IReadOnlyDictionary<string, List<string>>? kinds = null, IReadOnlyDictionary<string, List<string>>? glosses = null)
    {
        _common = [.. common.Select(Stem)];
        var group = 0;
        foreach (var words in synonyms ?? [])
        {
            group++;
            foreach (var word in words.SelectMany(w => Split(w)).Select(Stem))
            {
                _meaning[word] = group;
            }
        }

        foreach (var (english, others) in glosses ?? new Dictionary<string, List<string>>())
        {
            var word = Stem(english.ToLowerInvariant());
            if (!_meaning.TryGetValue(word, out var meaning))
            {
                meaning = _meaning[word] = ++group;
            }

            foreach (var other in others.SelectMany(w => Split(w)).Select(Stem).Where(w => w != word))
            {
                _meaning.TryAdd(other, meaning);
                _english.TryAdd(other, english);
            }
        }

        foreach (var (kind, instances) in kinds ?? new Dictionary<string, List<string>>())
        {
            foreach (var head in Split(kind).Select(Stem))
            {
                // "which language…?" finds "på svenska" as it finds "in Swedish": an instance's words in other languages are instances too.
                var named = instances.Where(w => w != AnyNumber).SelectMany(w => Split(w)).Select(Stem).ToHashSet(StringComparer.Ordinal);
                _instances[head] = [.. named, .. _english.Where(g => named.Contains(Stem(g.Value.ToLowerInvariant()))).Select(g => g.Key)];
                if (instances.Contains(AnyNumber))
                {
                    _amounts.Add(head);
                }
            }
        }
    }

    /// <summary>
    /// The words of <paramref name="text"/> told in another language, each with its English word ("svenska: Swedish", "abril: April"),
    /// that <paramref name="question"/> does not say itself: an answer to a question asked in other words than the memory's shows both.
    /// </summary>
    public IReadOnlyList<string> Glosses(string text, string question)
    {
        var asked = Split(question).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var said = Split(text).Select(Stem).ToHashSet(StringComparer.Ordinal);
        return [.. Split(text).Where(w => _english.TryGetValue(Stem(w), out var english) && !asked.Contains(Stem(w)) && !said.Contains(Stem(english.ToLowerInvariant())))
            .Select(w => $"{w}: {_english[Stem(w)]}").Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether the word names a kind whose instances a memory may name ("days": Monday, "time": mornings).</summary>
    public bool NamesKind(string word) => _instances.ContainsKey(Stem(word));

    /// <summary>How many of the question's words the memory's words answer: the word itself, one of the same meaning, or an instance of the kind it names.</summary>
    /// <param name="memory">The memory's content words (<see cref="Content"/>).</param>
    /// <param name="question">The question's content words.</param>
    public int Shared(IReadOnlyList<string> memory, IReadOnlyList<string> question) =>
        question.Count(q => memory.Contains(q, StringComparer.Ordinal)
            || (_meaning.TryGetValue(q, out var meaning) && memory.Any(m => _meaning.TryGetValue(m, out var other) && other == meaning))
            || (_instances.TryGetValue(q, out var instances) && memory.Any(instances.Contains))
            || (_amounts.Contains(q) && memory.Any(m => m.Any(char.IsDigit)))
            || (IsPay(q) && memory.Any(IsMoney))
            || memory.Any(m => OneLetterApart(m, q)));

    /// <summary>Whether a word means pay ("salaire", "comp"): a sum of money answers it ("62k", "18 tys", "44 mil netos").</summary>
    private bool IsPay(string word) => _meaning.TryGetValue(word, out var meaning) && _meaning.TryGetValue(Stem("salary"), out var pay) && meaning == pay;

    /// <summary>Whether a word is a sum of money: a figure in thousands ("62k") or a word that only counts money ("tys", "lpa", "netos").</summary>
    private static bool IsMoney(string word) =>
        (word.Length > 1 && word.Any(char.IsDigit) && word[^1] == 'k' && char.IsDigit(word[^2])) || MoneyWords.Contains(word);

    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal) { "tys", "tsd", "mil", "lpa", "lakh", "lakhs", "crore", "ctc", "brutto", "netto", "neto", "netos", "bruto", "brutos", "gross", "base" };

    /// <summary>The fewest letters a word has for a typo of it (a letter dropped or doubled) to still meet it.</summary>
    private const int TypoLength = 5;

    /// <summary>Whether one word is the other with one letter left out ("belamy" of "bellamy", "electrican" of "electrician").</summary>
    private static bool OneLetterApart(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < TypoLength || longer.Length != shorter.Length + 1)
        {
            return false;
        }

        var at = 0;
        while (at < shorter.Length && shorter[at] == longer[at])
        {
            at++;
        }

        return string.CompareOrdinal(shorter, at, longer, at + 1, shorter.Length - at) == 0;
    }

    /// <summary>The words of the text that are not in <paramref name="frame"/> nor common, stemmed.</summary>
    public IReadOnlyList<string> Content(string text, IReadOnlySet<string>? frame = null) =>
        [.. Split(text).Where(w => frame is null || !frame.Contains(w)).Select(Stem).Where(w => w.Length > 1 && !_common.Contains(w)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Every word of the text, lower case without accents, in order. An apostrophe joins a word's parts ("don't" is "dont"), but an
    /// article or pronoun elided before a word is no part of it ("qu'Élodie", "l'agence", "dell'azienda" are "elodie", "agence",
    /// "azienda"), nor a case ending after a name ("Akdeniz'de", "İK'dan" are "akdeniz", "ik"): the name is the word.
    /// </summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var name = false;
        var skipping = false;
        var script = 0;
        // "GM's" is the GM: a possessive's "s" is not part of the word.
        var chars = Possessive().Replace(text, "").Normalize(NormalizationForm.FormD);
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is '\'' or '’')
            {
                if (word.Length > 0 && Elided.Contains(word.ToString()) && i + 1 < chars.Length && char.IsLetter(chars[i + 1]))
                {
                    word.Clear();
                }
                else if (name && word.Length >= 2 && CaseEnding(chars, i + 1))
                {
                    skipping = true;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (!skipping)
                {
                    // Japanese writes no spaces: a word ends where the script does ("サクラ精機の内定" is サクラ, 精機, 内定).
                    if (Script(c) != script)
                    {
                        Flush(words, word, script);
                    }

                    script = Script(c);
                    name = word.Length == 0 ? char.IsUpper(c) : name;
                    word.Append(char.ToLowerInvariant(c));
                }
            }
            else
            {
                skipping = false;
                Flush(words, word, script);
            }
        }

        Flush(words, word, script);
        return words;
    }

    /// <summary>Ends the word; a run of hiragana is Japanese grammar (particles, endings), no word.</summary>
    private static void Flush(List<string> words, StringBuilder word, int script)
    {
        if (word.Length > 0 && script != Hiragana)
        {
            words.Add(word.ToString());
        }

        word.Clear();
    }

    private const int Hiragana = 2;

    /// <summary>The script of a letter as Japanese mixes them: 1 kanji, 2 hiragana, 3 katakana, 0 any other.</summary>
    private static int Script(char c) => c switch
    {
        >= '\u3400' and <= '\u9fff' => 1,
        >= '\u3040' and <= '\u309f' => Hiragana,
        >= '\u30a0' and <= '\u30ff' or >= '\uff66' and <= '\uff9f' => 3,
        _ => 0,
    };

    // Articles and pronouns that French and Italian elide before a vowel.
    private static readonly HashSet<string> Elided = new(["l", "d", "qu", "j", "c", "n", "s", "m", "t", "dell", "all", "dall", "nell", "sull", "quell", "un", "lorsqu", "puisqu", "jusqu"], StringComparer.Ordinal);

    // What follows an apostrophe in English ("it's", "don't", "we're", "I've", "we'll", "I'd", "I'm"): part of the word, not a case ending.
    private static readonly HashSet<string> Contracted = new(["s", "t", "re", "ve", "ll", "d", "m"], StringComparer.Ordinal);

    /// <summary>Whether the letters from <paramref name="at"/> are a lower-case ending put after a name ("'de", "'dan"), not an English contraction's.</summary>
    private static bool CaseEnding(string chars, int at)
    {
        var end = at;
        while (end < chars.Length && (char.IsLetter(chars[end]) || CharUnicodeInfo.GetUnicodeCategory(chars[end]) == UnicodeCategory.NonSpacingMark))
        {
            end++;
        }

        var ending = new string([.. chars[at..end].Where(char.IsLetter)]);
        return ending.Length > 0 && ending.All(char.IsLower) && !Contracted.Contains(ending);
    }

    /// <summary>
    /// A word without its plural ending ("agencies" and "agency" meet as "agency"), nor a verb's "-ed" or "-ing" ("submitted",
    /// "submitting" and "submit" meet as "submit"; "booked" and "book" as "book").
    /// </summary>
    public static string Stem(string word)
    {
        var stem = word switch
        {
            { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
            { Length: > 3 } when word.EndsWith("ss", StringComparison.Ordinal) => word,
            { Length: > 3 } when word.EndsWith('s') => word[..^1],
            _ => word,
        };
        return stem switch
        {
            { Length: >= VerbStem + 3 } when stem.EndsWith("ing", StringComparison.Ordinal) => Undoubled(stem[..^3]),
            { Length: >= VerbStem + 2 } when stem.EndsWith("ed", StringComparison.Ordinal) && !stem.EndsWith("eed", StringComparison.Ordinal) => Undoubled(stem[..^2]),
            _ => stem,
        };
    }

    /// <summary>The fewest letters left of a word once "-ed" or "-ing" is taken off ("red" and "ring" keep theirs).</summary>
    private const int VerbStem = 4;

    /// <summary>"submitt" of "submitted" is "submit"; "staff" of "staffed" stays.</summary>
    private static string Undoubled(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && "bdgmnprt".Contains(stem[^1], StringComparison.Ordinal) ? stem[..^1] : stem;

    [GeneratedRegex(@"['’]s\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Possessive();
}
