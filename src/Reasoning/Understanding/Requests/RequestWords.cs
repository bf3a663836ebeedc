using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// prompts/builtin/requests.yaml compiled: the words around requirements (must and nice cues,
/// fillers, job conditions, function words), with the spoken languages of vocabulary/languages.yaml, as phrase indexes, the seniority and
/// years readers, and the short forms of title words.
/// </summary>
public sealed class RequestWords
{
    private readonly Dictionary<WordKind, PhraseIndex<string>> _words = [];
    private readonly Dictionary<string, string> _titleWords;
    private readonly ILookup<string, string> _shortForms;

    // Single words of chat (function words, fillers, conditions) long enough that one slip of the keyboard leaves them recognisable.
    private readonly HashSet<string> _chatWords;
    private const int TypoLength = 5;

    public RequestWords(RequestRulesFile rules, LanguagesFile languages)
    {
        if (string.IsNullOrWhiteSpace(rules.Version))
        {
            throw new InvalidDataException($"{RequestRulesFile.FileName}: 'version' is missing.");
        }

        Version = rules.Version;
        Add(WordKind.NiceCue, rules.NiceCues);
        Add(WordKind.MustCue, rules.MustCues);
        Add(WordKind.NotNeededCue, rules.NotNeededCues);
        Add(WordKind.NotNeededOpener, rules.NotNeededOpeners);
        Add(WordKind.Filler, rules.Fillers);
        Add(WordKind.Condition, rules.Conditions);
        Add(WordKind.WorkCondition, rules.WorkConditions);
        Languages = new LanguageNames(languages);
        var spoken = new PhraseIndex<string>();
        foreach (var (name, english) in Languages.Names)
        {
            spoken.Add(name, english, PhraseOptions.NoPlural);
        }

        _words[WordKind.Language] = spoken;

        Add(WordKind.LanguageCue, rules.LanguageCues);
        Add(WordKind.Function, rules.FunctionWords);
        Add(WordKind.RequirementLead, rules.RequirementLeads);
        Add(WordKind.RequirementTail, rules.RequirementTails);
        Add(WordKind.NiceLabel, rules.NiceLabels);
        Add(WordKind.MustLabel, rules.MustLabels);
        _chatWords = [.. rules.FunctionWords.Concat(rules.Fillers).Concat(rules.Conditions).Select(TokenFold.Key).Where(w => w.Length >= TypoLength && w.All(char.IsLetter))];
        FunctionWords = [.. rules.FunctionWords.Select(TokenFold.Key).Distinct(StringComparer.Ordinal)];
        _titleWords = new Dictionary<string, string>(rules.TitleWords.Select(w => KeyValuePair.Create(TokenFold.Key(w.Key), w.Value)), StringComparer.Ordinal);
        _shortForms = _titleWords.ToLookup(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        Seniority = new SeniorityReader(rules);
        Years = new YearsReader(rules);
    }

    public string Version { get; }

    public SeniorityReader Seniority { get; }

    public YearsReader Years { get; }

    /// <summary>The spoken languages: which names stand alone, and the codes.</summary>
    public LanguageNames Languages { get; }

    /// <summary>The function words ("looking", "find", "for"), folded.</summary>
    public IReadOnlyList<string> FunctionWords { get; }

    /// <summary>Whether a phrase is a word of any kind this file lists (cue, filler, condition, language, function word).</summary>
    public bool IsAny(string phrase) => _words.Values.Any(index => index.TryGet(phrase, out _));

    public static RequestWords Load(PromptLibrary library) =>
        new(BuiltInResource.Load<RequestRulesFile>(library, RequestRulesFile.FileName), BuiltInResource.Load<LanguagesFile>(library, LanguagesFile.FileName));

    public IReadOnlyList<PhraseMatch<string>> Find(WordKind kind, string text, IReadOnlyList<Token> tokens) => _words[kind].FindAll(text, tokens);

    public bool Is(WordKind kind, string phrase) => _words[kind].TryGet(phrase, out _);

    /// <summary>
    /// "sombody", "somone", "experince": a lower-case word one letter short of, one letter over or two letters swapped
    /// from a word of chat is that word mistyped. A letter changed is not counted: it makes other real words ("wiring", "hiring").
    /// </summary>
    public bool IsChatTypo(string written)
    {
        var folded = TokenFold.Key(written);
        return folded.Length >= TypoLength && written.All(char.IsLower) && !_chatWords.Contains(folded)
            && _chatWords.Any(word => Math.Abs(word.Length - folded.Length) <= 1 && EditDistance.OneSlipApart(folded, word));
    }

    /// <summary>
    /// "obviously", "naturally", "clearly": an adverb of manner made from an adjective, which says how the recruiter
    /// feels about a requirement and is no part of it; "supply", "family", "assembly" are not made that way.
    /// </summary>
    public static bool IsMannerAdverb(string folded) =>
        folded.Length >= 6 && folded.EndsWith("ly", StringComparison.Ordinal)
        && (folded.EndsWith("ably", StringComparison.Ordinal) || folded.EndsWith("ibly", StringComparison.Ordinal)
            || AdjectiveEndings.Any(ending => folded.AsSpan(0, folded.Length - 2).EndsWith(ending, StringComparison.Ordinal)));

    private static readonly string[] AdjectiveEndings = ["ous", "al", "ent", "ant", "ive", "ful", "ic", "ar", "ear", "ain", "ect", "ict", "ite", "ute", "ete", "ate", "ure", "less", "ish"];

    /// <summary>The full word for a short form of a title word ("dev" → "developer"), or the word itself.</summary>
    public string TitleWord(string folded) => _titleWords.GetValueOrDefault(folded, folded);

    public bool IsTitleShortForm(string folded) => _titleWords.ContainsKey(folded);

    /// <summary>The short forms of a full title word ("performance" → "perf").</summary>
    public IEnumerable<string> ShortForms(string fullWord) => _shortForms[fullWord];

    private void Add(WordKind kind, List<string> phrases)
    {
        if (phrases.Count == 0)
        {
            throw new InvalidDataException($"{RequestRulesFile.FileName}: the {kind} list is empty.");
        }

        var index = new PhraseIndex<string>();
        foreach (var phrase in phrases)
        {
            index.Add(phrase, TokenFold.Key(phrase), kind is WordKind.Language or WordKind.Function or WordKind.WorkCondition ? PhraseOptions.NoPlural : PhraseOptions.None);
        }

        _words[kind] = index;
    }
}
