using Hiring.Reasoning.Prompts;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// Finds preferences for or against a protected attribute in a recruiter's message with the rules of
/// prompts/builtin/policy.yaml that read messages. A qualification is a requirement already; a message
/// is not, so a rule's words count only where the message states a preference with them: next to a
/// cue that limits who is considered ("only", "no", "preferred", "must be"), next to a request for
/// people ("find", "hire"), alone in a clause of a list ("Go, Kubernetes, male"), as the people a
/// sentence opens with ("able-bodied lads for the warehouse"), in a sentence that
/// acts against a candidate ("she's pregnant, drop her"), or, for rules whose words are a preference
/// by themselves ("digital native", "too old"), anywhere. The rest of the message is rewritten without
/// what was found (<see cref="MessageRewriter"/>).
/// </summary>
public sealed partial class MessagePolicy : IMessagePolicy
{
    private readonly IReadOnlyList<PolicyRule> _rules;
    private readonly PreferenceCues _cues;
    private readonly Misspellings _misspellings;
    private readonly RulePrefilter? _prefilter;

    public MessagePolicy(PolicyRuleSet rules)
        : this(rules, prefiltered: true)
    {
    }

    /// <param name="rules">The rules.</param>
    /// <param name="prefiltered">Whether a rule is tested only on messages that hold one of the words its pattern needs (false: every rule on every message, to compare with).</param>
    internal MessagePolicy(PolicyRuleSet rules, bool prefiltered)
    {
        _cues = rules.Cues ?? throw new InvalidDataException($"{PolicyRulesFile.FileName}: 'preferences' is required to screen messages.");
        _rules = [.. rules.Rules.Where(r => r.InMessages != MessageRuleMode.Never)];
        _misspellings = rules.Misspellings;
        _prefilter = prefiltered ? new RulePrefilter([.. _rules.Select(r => r.MessageWords)]) : null;
        Version = rules.Version;
    }

    public string Version { get; }

    public static MessagePolicy Load(PromptLibrary library) => new(PolicyRuleSet.Load(library));

    public MessageScreening Screen(string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return new MessageScreening(message ?? "", []);
        }

        // Rules read the words as meant ("y0ung" as "young", "Chrisitan" as "Christian"); the rest is rewritten from the message as written.
        var read = _misspellings.Read(Leetspeak.Read(message));
        // Most messages match no rule: the layout and the lists are built only once one does.
        List<(PolicyRule Rule, System.Text.RegularExpressions.Match Match)>? matches = null;
        // A rule can match only a message holding one of the words its pattern needs; most rules are skipped without running their pattern.
        Span<ulong> candidates = stackalloc ulong[_prefilter?.Words ?? 0];
        _prefilter?.Candidates(read, candidates);
        for (var i = 0; i < _rules.Count; i++)
        {
            var rule = _rules[i];
            if ((_prefilter is not null && (candidates[i >> 6] & (1UL << (i & 63))) == 0) || !rule.AppliesTo(read))
            {
                continue;
            }

            for (var match = rule.FirstMatchIn(read); match.Success; match = match.NextMatch())
            {
                (matches ??= []).Add((rule, match));
            }
        }

        if (matches is null)
        {
            return new MessageScreening(message, []);
        }

        var layout = MessageLayout.Of(read);
        var terms = matches.Select(m => PolicyRule.TermOf(m.Match)).Select(t => new TextSpan(t.Start, t.End)).ToList();
        List<MessagePreference>? found = null;
        foreach (var (rule, match) in matches)
        {
            if (Read(read, layout, rule, match, terms) is { } preference)
            {
                (found ??= []).Add(preference);
            }
        }

        if (found is null)
        {
            return new MessageScreening(message, []);
        }

        var preferences = Distinct(found);
        if (preferences.Count == 0)
        {
            return new MessageScreening(message, []);
        }

        return new MessageScreening(
            MessageRewriter.Rewrite(message, layout, preferences, _cues),
            [.. preferences.OrderBy(p => p.Phrase.Start).Select(p => p.ToFinding(message))]);
    }

    private MessagePreference? Read(string message, MessageLayout layout, PolicyRule rule, System.Text.RegularExpressions.Match match, List<TextSpan> terms)
    {
        var (start, end, led) = PolicyRule.TermOf(match);
        if (end <= start)
        {
            return null;
        }

        var (s, first) = layout.Locate(start);
        var sentence = layout.Sentences[s];
        if (sentence.Clauses.Count == 0)
        {
            return null;
        }

        // A term that runs past its sentence (an abbreviation the layout took for an end) is read in the sentence it starts in.
        var (endSentence, endClause) = layout.Locate(end - 1);
        var last = endSentence == s ? endClause : sentence.Clauses.Count - 1;
        var clause = sentence.Clauses[first];
        if (rule.Excuses(message[sentence.Start..sentence.End]) || _cues.Lifts(message, sentence, first))
        {
            return null;
        }

        var term = new TextSpan(start, end);
        var before = _cues.Before(message, clause, start);
        var after = _cues.After(message, sentence.Clauses[last], end);
        var stated = rule.InMessages == MessageRuleMode.Always || before.Count > 0 || after is not null || Listed(message, sentence, first, last, terms)
            || (first == 0 && _cues.Heads(message, sentence.Start, term))
            || (Describes(message, sentence, first) && _cues.Heads(message, clause.Start, term));

        // An action against a candidate in the same sentence makes a mention a preference, and goes with it.
        if (_cues.AdverseIn(message, sentence) is { } action)
        {
            // It goes from the action when the action comes first ("find more and skip candidates from …": the search stays).
            var (_, acting) = layout.Locate(action);
            var from = acting <= first ? Joined(message, Math.Min(action, term.Start)) : sentence.Clauses[first].Start;
            var (named, begin) = Named(message, sentence, Math.Min(first, acting), from);
            return Spanning(rule, match, term, led, s, sentence, (named, Math.Max(last, acting)), begin);
        }

        if (!stated)
        {
            return null;
        }

        return rule.TakesClause
            ? Spanning(rule, match, term, led, s, sentence, (first, last))
            : MessagePreference.Cued(rule, match, term, led, before, after, s);
    }

    /// <summary>
    /// Where what an action spans starts with the candidate it names, when only that name comes before it in its clause or
    /// in the clause before ("candidate 2 is a no - …", "A la candidata 4 descártala, …", "#3, drop her, …", "Rahul skip lah, …"):
    /// the name goes with the action rather than staying on its own.
    /// </summary>
    private static (int Clause, int Start) Named(string message, LayoutSentence sentence, int clause, int from)
    {
        var start = sentence.Clauses[clause].Start;
        if (from > start && Reference().IsMatch(message[start..from]))
        {
            return (clause, start);
        }

        return from <= start && clause > 0 && Reference().IsMatch(sentence.Clauses[clause - 1].Of(message))
            ? (clause - 1, sentence.Clauses[clause - 1].Start)
            : (clause, from);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:(?:a|à|al|la|le|el|il|lo|the|het|de|candidate|candidat[aoe]?|kandidat(?:in)?|kandydat(?:ka)?|number|nr|no|n[°º])\.?\s+)*(?:#?\d{1,2}|(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))[\s,:–—-]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Reference();

    /// <summary>
    /// Where a phrase starts with the conjunction that joins it to what goes before, and the subject that acts in it ("… and |
    /// skip …", "… but | we'll drop …", "Par contre | on écarte …").
    /// </summary>
    private static int Joined(string message, int start) =>
        Conjunction().Match(message[..start]) is { Success: true } joined ? joined.Index : start;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:but|and|or|yet|except|though|mais|et|par\s+contre|pero|y|ma|però|aber|und|maar|ale)\s+(?:(?:we|we['’]ll|i|i['’]ll|let['’]s|on|nous|je|wir|ich|ik|noi)\s+)?|\b(?:we|we['’]ll|i['’]ll|let['’]s|on|nous|wir|ik|noi)\s+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Conjunction();

    private static MessagePreference Spanning(PolicyRule rule, System.Text.RegularExpressions.Match match, TextSpan term, bool led, int s, LayoutSentence sentence, (int First, int Last) clauses, int? from = null) =>
        new(rule, match, term, led, [], null, s, clauses, new TextSpan(from ?? sentence.Clauses[clauses.First].Start, sentence.Clauses[clauses.Last].End));

    /// <summary>
    /// Whether a clause spells out, after a colon or a dash, the person the clause before it asks for ("we want
    /// a chairman type: a man with gravitas"): it opens with "a", "an" or "someone", so a list of who is on a
    /// team ("Team: 5 men and 2 women") is not read as a request.
    /// </summary>
    private static bool Describes(string message, LayoutSentence sentence, int clause) =>
        clause > 0
        && message[sentence.Clauses[clause - 1].End..sentence.Clauses[clause].Start] is var delimiter
        && delimiter.IndexOfAny([':', '-', '–', '—']) >= 0
        && Someone().IsMatch(message, sentence.Clauses[clause].Start);

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:an?|someone|somebody)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Someone();

    /// <summary>
    /// A term alone in its clause but for filler and the words of other rules is listed as a requirement ("Go, Kubernetes, male",
    /// "vendedora, chica joven de entre 20 y 28 años").
    /// </summary>
    private bool Listed(string message, LayoutSentence sentence, int first, int last, List<TextSpan> terms)
    {
        var clauses = new TextSpan(sentence.Clauses[first].Start, sentence.Clauses[last].End);
        var rest = message.ToCharArray(clauses.Start, clauses.Length);
        foreach (var other in terms.Where(t => t.Overlaps(clauses)))
        {
            Array.Fill(rest, ' ', Math.Max(other.Start, clauses.Start) - clauses.Start, Math.Min(other.End, clauses.End) - Math.Max(other.Start, clauses.Start));
        }

        return _cues.IsFiller(new string(rest));
    }

    /// <summary>
    /// One preference per attribute and place: where two of one attribute overlap, the one that starts first
    /// (then the longer) stays; words inside another attribute's ("have kids" in "not planning to have kids") go,
    /// but the same words read as two attributes ("no gaps in employment history": disability and pregnancy) name both.
    /// </summary>
    private static List<MessagePreference> Distinct(List<MessagePreference> found)
    {
        var kept = new List<MessagePreference>();
        foreach (var preference in found.OrderBy(p => p.Term.Start).ThenByDescending(p => p.Term.Length))
        {
            if (!kept.Any(k => (k.Rule.Attribute == preference.Rule.Attribute && k.Term.Overlaps(preference.Term)) || (k.Term.Contains(preference.Term) && k.Term != preference.Term)))
            {
                kept.Add(preference);
            }
        }

        return kept;
    }
}
