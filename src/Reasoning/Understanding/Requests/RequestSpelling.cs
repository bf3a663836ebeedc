using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// Reads past typing slips in the words of a request ("lookng for a socail media manager",
/// "reciptionist", "frontend enginer"): a word that no vocabulary knows is read as the word of a
/// job title or the function word within one edit of it (two for words of nine letters or more, a
/// swap of neighbours counting as one) that begins with the same letter; when several are that
/// close, the one ending with the same letter ("recruitr" is a "recruiter", not "recruit"), then the
/// most common. A word that only one title's ESCO aliases use is no word of the vocabulary: those
/// aliases have slips of their own ("agricultural research enginer").
/// Left as written: words of four letters or fewer, words with digits or marks, capitalized words
/// inside a sentence and words in capitals (names: "Maria", "Redis"), words that the skill, title
/// or request vocabularies know (plurals included), misspelled skills (<see cref="SkillSpelling"/>
/// reads those), and inflected words ("managed", "hiring", "quickly"), which are real words
/// more often than slips.
/// </summary>
public sealed class RequestSpelling
{
    private const int MinLength = 5;
    private const int LongWord = 9;

    // Function words are everyday words: more common than any title word.
    private const int FunctionWordWeight = 1_000_000;

    private static readonly string[] Inflections = ["ed", "ing", "ly"];

    private readonly Dictionary<string, int> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _byLength = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly RequestWords _words;
    private readonly SkillSpelling _skillSpelling;

    public RequestSpelling(TitleVocabulary titles, RequestWords words, SkillVocabulary skills, SkillSpelling skillSpelling)
    {
        _words = words;
        _skillSpelling = skillSpelling;
        // How many titles use each word; a word only ESCO's aliases use is a word only when two titles do.
        var trusted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in titles.Entries)
        {
            trusted.UnionWith(entry.Aliases.Take(entry.CuratedAliasCount).Prepend(entry.Name).SelectMany(WordsOf));
            foreach (var word in entry.Forms.SelectMany(WordsOf).Distinct(StringComparer.Ordinal))
            {
                _targets[word] = _targets.GetValueOrDefault(word) + 1;
            }
        }

        foreach (var once in _targets.Where(t => t.Value < 2 && !trusted.Contains(t.Key)).Select(t => t.Key).ToList())
        {
            _targets.Remove(once);
        }

        // Levels are as everyday as function words in a request ("senoir frontend dev").
        foreach (var word in words.FunctionWords.Concat(titles.SeniorityWords).SelectMany(WordsOf))
        {
            _targets[word] = _targets.GetValueOrDefault(word) + FunctionWordWeight;
        }

        foreach (var word in _targets.Keys.Where(w => w.Length >= MinLength - 1))
        {
            if (!_byLength.TryGetValue(word.Length, out var list))
            {
                _byLength[word.Length] = list = [];
            }

            list.Add(word);
        }

        _known.UnionWith(_targets.Keys);
        _known.UnionWith(skills.Entries.SelectMany(e => e.Forms).SelectMany(WordsOf));
        _known.UnionWith(titles.SeniorityWords);
        _known.UnionWith(titles.TranslatedForms.SelectMany(WordsOf));
    }

    /// <summary>The tokens, each misspelled word's <see cref="Token.Folded"/> replaced by the word meant; claimed tokens are left alone.</summary>
    public IReadOnlyList<Token> Correct(IReadOnlyList<Token> tokens, bool[] claimed)
    {
        Token[]? corrected = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "Englischkenntnisse wären schön": a word written with a letter English does not use is another language's word, no slip of an English one.
            if (!claimed[i] && Candidate(tokens, i) && !tokens[i].Text.Any(c => c > '\u007f' && char.IsLetter(c)) && Meant(tokens[i].Folded) is { } meant)
            {
                corrected ??= [.. tokens];
                corrected[i] = tokens[i] with { Folded = meant };
            }
        }

        return corrected ?? tokens;
    }

    /// <summary>The word a misspelled word meant, or null when it is known, unlike any, or equally like two.</summary>
    public string? Meant(string folded)
    {
        if (folded.Length < MinLength || !folded.All(char.IsAsciiLetterLower) || IsKnown(folded)
            || Inflections.Any(e => folded.EndsWith(e, StringComparison.Ordinal)) || _skillSpelling.Correct(folded) is not null)
        {
            return null;
        }

        var allowed = folded.Length >= LongWord ? 2 : 1;
        var (best, bestRank, tied) = ((string?)null, (Distance: int.MaxValue, Ending: 0, Count: 0), false);
        for (var length = folded.Length - allowed; length <= folded.Length + allowed; length++)
        {
            foreach (var target in (_byLength.GetValueOrDefault(length) ?? []).Where(t => t[0] == folded[0]))
            {
                // Two edits only inside the word: a real word that ends differently is no slip.
                var distance = EditDistance.Between(folded, target, allowed);
                if (distance > allowed || (distance == 2 && target[^2..] != folded[^2..]))
                {
                    continue;
                }

                var rank = (Distance: distance, Ending: target[^1] == folded[^1] ? 1 : 0, Count: _targets[target]);
                var better = rank.Distance != bestRank.Distance ? rank.Distance < bestRank.Distance
                    : rank.Ending != bestRank.Ending ? rank.Ending > bestRank.Ending
                    : rank.Count > bestRank.Count;
                if (better)
                {
                    (best, bestRank, tied) = (target, rank, false);
                }
                else if (rank == bestRank)
                {
                    tied = true;
                }
            }
        }

        return tied ? null : best;
    }

    /// <summary>Whether a folded word is one the skill, title or request vocabularies know (plurals included).</summary>
    public bool IsKnown(string folded) =>
        _known.Contains(folded) || _words.IsAny(folded) || _words.IsTitleShortForm(folded)
        || (folded.EndsWith('s') && _known.Contains(folded[..^1]))
        || (folded.EndsWith("es", StringComparison.Ordinal) && _known.Contains(folded[..^2]));

    // A name is capitalized inside a sentence; a slip at a sentence's start is still read.
    private static bool Candidate(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || !char.IsUpper(token.Text[0]))
        {
            return token.Kind == TokenKind.Word;
        }

        var startsSentence = i == 0 || tokens[i - 1].Text is "." or "!" or "?" or ":" or "\"";
        return startsSentence && token.Text.Skip(1).All(char.IsLower);
    }

    private static IEnumerable<string> WordsOf(string form) =>
        Tokenizer.Tokenize(form).Where(t => t.Kind == TokenKind.Word && t.Folded.All(char.IsAsciiLetterLower)).Select(t => t.Folded);
}
