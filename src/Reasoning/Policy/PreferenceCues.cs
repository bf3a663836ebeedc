using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// The compiled "preferences" of policy.yaml: finds the cues around a term that make it a preference,
/// and tells which clauses set a preference aside, only justify one, or carry nothing on their own.
/// </summary>
internal sealed partial class PreferenceCues
{
    private const string Where = $"{PolicyRulesFile.FileName}: preferences";

    /// <summary>The most words an item of a list of attributes has ("sexual orientation", "religion or disability").</summary>
    private const int ListItemWords = 4;

    private readonly int _windowBefore;
    private readonly int _windowAfter;
    private readonly Regex _restrictBefore;
    private readonly Regex _excluding;
    private readonly Regex _restrictAfter;
    private readonly Regex _select;
    private readonly Regex _adverse;
    private readonly Regex _lifted;
    private readonly Regex _justification;
    private readonly Regex? _insistence;
    private readonly Regex _statement;
    private readonly Regex _person;
    private readonly Regex _personAnywhere;
    private readonly HashSet<string> _filler;
    private readonly HashSet<string> _courtesy;
    private readonly HashSet<string> _wishes;
    private readonly Regex _reference;

    public PreferenceCues(PreferenceCuesEntry entry, IReadOnlyDictionary<string, string> fragments)
    {
        if (entry.WindowBefore < 0 || entry.WindowAfter < 0)
        {
            throw new InvalidDataException($"{Where}: the windows cannot be negative.");
        }

        if (entry.Filler.Count == 0 || entry.Courtesy.Count == 0)
        {
            throw new InvalidDataException($"{Where}: 'filler' and 'courtesy' need words.");
        }

        if (string.IsNullOrWhiteSpace(entry.Person) || string.IsNullOrWhiteSpace(entry.Reference))
        {
            throw new InvalidDataException($"{Where}: 'person' and 'reference' need a pattern.");
        }

        Regex Compile(string pattern, string field) => PolicyRule.Compile(PolicyRule.Expand(pattern, fragments, Where, field), Where, field);
        _windowBefore = entry.WindowBefore;
        _windowAfter = entry.WindowAfter;
        _restrictBefore = Compile(entry.RestrictBefore, "restrict_before");
        _excluding = Compile(entry.Excluding, "excluding");
        _restrictAfter = Compile(entry.RestrictAfter, "restrict_after");
        _select = Compile(entry.Select, "select");
        _adverse = Compile(entry.Adverse, "adverse");
        _lifted = Compile(entry.Lifted, "lifted");
        _justification = Compile(entry.Justification, "justification");
        _insistence = string.IsNullOrWhiteSpace(entry.Insistence) ? null : Compile(entry.Insistence, "insistence");
        _reference = Compile(entry.Reference, "reference");
        _statement = Compile(entry.Statement, "statement");
        _ = (Compile(entry.Lead, "lead"), Compile(entry.Modifier, "modifier"));
        _person = Compile($@"\G[\s-]+(?:{entry.Person})\b", "person");
        _personAnywhere = Compile($@"\b(?:{entry.Person})\b", "person");
        _filler = new HashSet<string>(entry.Filler, StringComparer.OrdinalIgnoreCase);
        _courtesy = new HashSet<string>(entry.Courtesy, StringComparer.OrdinalIgnoreCase);
        _wishes = new HashSet<string>(entry.Wishes, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The cues before a term, nearest first: the nearest within the window, then each further cue
    /// within the window of the one before it ("only hire women": "hire", then "only").
    /// </summary>
    public IReadOnlyList<PreferenceCue> Before(string text, TextSpan clause, int termStart)
    {
        var cues = new List<PreferenceCue>();
        var limit = termStart;
        while (Nearest(text, clause.Start, limit) is { } cue)
        {
            cues.Add(cue);
            limit = cue.Span.Start;
        }

        return cues;
    }

    /// <summary>The cue right after a term ("male candidates preferred"), if one is within the window.</summary>
    public PreferenceCue? After(string text, TextSpan clause, int termEnd)
    {
        if (termEnd >= clause.End)
        {
            return null;
        }

        foreach (Match match in _restrictAfter.Matches(text[..clause.End], termEnd))
        {
            return Words(text, termEnd, match.Index) <= _windowAfter ? new PreferenceCue(new TextSpan(match.Index, match.Index + match.Length), Kept: false) : null;
        }

        return null;
    }

    /// <summary>Where an action against a candidate is in a sentence (outside clauses that set a preference aside), or null.</summary>
    public int? AdverseIn(string text, LayoutSentence sentence)
    {
        foreach (Match match in _adverse.Matches(text[..sentence.ContentEnd], sentence.Start))
        {
            var clause = sentence.Clauses.FirstOrDefault(c => c.Start <= match.Index && match.Index < c.End);
            if (clause.Length > 0 && !Lifts(clause.Of(text)))
            {
                return match.Index;
            }
        }

        return null;
    }

    /// <summary>Whether a clause sets a preference aside ("regardless of age", "drop the citizenship requirement").</summary>
    public bool Lifts(string clause) => _lifted.IsMatch(clause);

    /// <summary>
    /// Whether a clause sets a preference aside, or is an item of a list that one before it opens
    /// ("regardless of age, gender, race or religion"): short and without a cue of its own, so
    /// "regardless of age, women only" still states a preference.
    /// </summary>
    public bool Lifts(string text, LayoutSentence sentence, int clause)
    {
        for (var c = clause; c >= 0; c--)
        {
            var words = sentence.Clauses[c].Of(text);
            if (Lifts(words))
            {
                return true;
            }

            if (Words(text, sentence.Clauses[c].Start, sentence.Clauses[c].End) > ListItemWords || _restrictBefore.IsMatch(words) || _restrictAfter.IsMatch(words) || _select.IsMatch(words))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a clause only gives the reason for the preference before it ("it's physically demanding").</summary>
    public bool Justifies(string clause) => _justification.IsMatch(clause) || Insists(clause);

    /// <summary>Whether text only insists on a refused preference or says how widely it holds ("doesn't matter what the role is").</summary>
    public bool Insists(string text) => _insistence?.IsMatch(text) ?? false;

    /// <summary>Where a noun for people that follows the position ends ("Jewish| candidates"), or null.</summary>
    public int? PersonAfter(string text, int position) => _person.Match(text, position) is { Success: true } match ? match.Index + match.Length : null;

    /// <summary>
    /// Whether a term names the people a sentence opens with, within the window of its start ("able-bodied
    /// lads for the warehouse", "young girls for the front desk"): a request said as a noun, not a
    /// statement about people ("both interviewers are women").
    /// </summary>
    public bool Heads(string text, int sentenceStart, TextSpan term) =>
        Words(text, sentenceStart, term.Start) <= _windowBefore
        && !_statement.IsMatch(text.AsSpan(sentenceStart, term.Start - sentenceStart))
        && (_personAnywhere.IsMatch(text.AsSpan(term.Start, term.Length)) || PersonAfter(text, term.End) is not null);

    /// <summary>Whether a cue excludes the group it names ("except", "no") rather than keeping it ("only").</summary>
    public bool Excludes(string cue) => _excluding.IsMatch(cue);

    /// <summary>Whether text names people ("the candidates").</summary>
    public bool MentionsPerson(string text) => _personAnywhere.IsMatch(text);

    /// <summary>Whether text a preference was taken out of has no word left that carries anything on its own.</summary>
    public bool IsFiller(string text) => Word().Matches(text).All(w => _filler.Contains(w.Value));

    /// <summary>
    /// Whether what is left of a clause a preference was taken out of is only filler and who wished it ("the client wants", "Prezes
    /// prosi"): the wish without its object carries nothing.
    /// </summary>
    public bool IsEmptied(string text) => Emptied(text) || (_reference.Replace(text, " ") is var rest && Wished(rest) && Emptied(rest)) || WishAndReason(text);

    /// <summary>
    /// Whether what is left is who wished it and then the reason they gave, in one clause ("GM wants | since it's guest facing", "der
    /// Kunde möchte | weil …"): the reason without the wish carries nothing.
    /// </summary>
    private bool WishAndReason(string text)
    {
        foreach (Match word in Word().Matches(text))
        {
            if (word.Index > 0 && _justification.IsMatch(text[word.Index..]))
            {
                var head = text[..word.Index];
                return Wished(head) && Emptied(head);
            }

            if (!_filler.Contains(word.Value) && !_wishes.Contains(word.Value))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether what is left of a message is only the work it is about and courtesy ("for the bus mechanic search - that's it"):
    /// nothing to go on with. A role named alone ("for the Paris role") may be a new one, and goes on.
    /// </summary>
    public bool IsOnlyReference(string text) =>
        _reference.Matches(text) is { Count: > 0 } found && found.All(m => !m.Groups["role"].Success) && IsCourtesy(_reference.Replace(text, " "));

    private bool Emptied(string text) => Word().Matches(text).All(w => _filler.Contains(w.Value) || _wishes.Contains(w.Value));

    private bool Wished(string text) => Word().Matches(text).Any(w => _wishes.Contains(w.Value) && !_filler.Contains(w.Value));

    /// <summary>Whether text only says who wishes something ("Prezes chce", "the client asked"): emptied, and with a word of wishing.</summary>
    public bool IsWish(string text) => IsEmptied(text) && Wished(text);

    /// <summary>Whether text is only courtesy ("please", "thanks"): nothing to go on with.</summary>
    public bool IsCourtesy(string text) => Word().Matches(text).All(w => _courtesy.Contains(w.Value));

    private PreferenceCue? Nearest(string text, int from, int limit)
    {
        PreferenceCue? nearest = null;
        foreach (var (pattern, kept) in new[] { (_restrictBefore, false), (_select, true) })
        {
            foreach (Match match in pattern.Matches(text[..limit], from))
            {
                var end = match.Index + match.Length;
                var closer = nearest is not { } best || end > best.Span.End || (end == best.Span.End && !kept && best.Kept);
                if (match.Length > 0 && closer && Words(text, end, limit) <= _windowBefore)
                {
                    nearest = new PreferenceCue(new TextSpan(match.Index, end), kept);
                }
            }
        }

        return nearest;
    }

    private static int Words(string text, int from, int to) => to <= from ? 0 : Word().Count(text.AsSpan(from, to - from));

    /// <summary>A word: an apostrophe's ending ("don't") and German's gender-inclusive ending ("Kandidat:innen", "Bewerber*in") are part of it.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[:*_/][Ii]n(?:nen)?\b)?")]
    private static partial Regex Word();
}
