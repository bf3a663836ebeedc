using System.Text;
using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// What one refused preference takes out of its message: the cues that limit who is considered and the
/// term, as one phrase when only filler is between them; a noun becomes its neutral word ("the women" →
/// "the candidates"); a connector that joined the term to its neighbours goes with it.
/// </summary>
internal static partial class PreferenceEdits
{
    private static readonly HashSet<string> Determiners = new(["a", "an", "the", "some", "any", "our", "their", "my", "your", "this", "that"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a term starts a clause of its own ("so he can travel").</summary>
    private static readonly HashSet<string> SubjectLeads = new(["so", "and", "but", "because", "if", "when", "then", "as", "since", "that"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a term stands for people ("a shortlist of under-30s").</summary>
    private static readonly HashSet<string> NounLeads = new([.. Determiners, "of", "for", "to", "with", "from", "among"], StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<TextEdit> For(string text, LayoutSentence sentence, MessagePreference preference, PreferenceCues cues)
    {
        if (preference.After is { } after)
        {
            yield return new TextEdit(after.Span, "");
        }

        if (Whole(text, preference, cues) is { } whole)
        {
            yield return new TextEdit(Swallow(text, whole, cues), "");
            yield break;
        }

        foreach (var cue in Detached(text, preference, cues))
        {
            yield return new TextEdit(cue.Span, "");
        }

        yield return Neutral(text, sentence, preference, cues) is { Length: > 0 } neutral
            ? new TextEdit(preference.Term, char.IsUpper(text[preference.Term.Start]) && StartsSentence(text, preference.Term.Start) ? char.ToUpperInvariant(neutral[0]) + neutral[1..] : neutral)
            : new TextEdit(Swallow(text, preference.Term, cues), "");
    }

    // "US citizens only" inside a sentence goes on as "candidates", not "Candidates": a capital is kept only where a sentence starts.
    private static bool StartsSentence(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(" \t");
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '\n' or '\r' or '-' or '•' or '*' or '"' or '(';
    }

    /// <summary>
    /// The phrase from its first cue to its term (and an empty noun after it) when nothing between them
    /// carries meaning or names people: "except the older ones", "no other nationalities" go as one, while
    /// "only with the candidates who aren't married" keeps "with the candidates".
    /// </summary>
    private static TextSpan? Whole(string text, MessagePreference preference, PreferenceCues cues)
    {
        var removed = preference.Before.Where(c => !c.Kept).ToList();
        if (removed.Count == 0 || preference.Before.Any(c => c.Kept && c.Span.Start > removed.Min(r => r.Span.Start)))
        {
            return null;
        }

        var first = removed.MinBy(r => r.Span.Start);
        var start = first.Span.Start;
        var gap = new StringBuilder(text[start..preference.Term.Start]);
        foreach (var cue in removed)
        {
            gap.Remove(cue.Span.Start - start, cue.Span.Length).Insert(cue.Span.Start - start, new string(' ', cue.Span.Length));
        }

        // People between an excluding cue and the term go with them ("except the candidates who studied in…");
        // between a cue that keeps a group and the term they are who the request is for, and stay.
        var excludes = cues.Excludes(first.Span.Of(text));
        if (!cues.IsFiller(gap.ToString()) || (cues.MentionsPerson(gap.ToString()) && !excludes))
        {
            return null;
        }

        // The noun after the term goes too when it says nothing of its own ("except the older ones"), not
        // when it is the role ("male nurses") or what a request keeps ("show me only Black candidates").
        var asked = preference.Before.Any(c => c.Kept) && !excludes;
        var end = !asked && cues.PersonAfter(text, preference.Term.End) is { } noun && cues.IsFiller(text[preference.Term.End..noun])
            ? noun
            : preference.Term.End;
        return new TextSpan(start, end);
    }

    /// <summary>
    /// The cues that go with the term: those with nothing but filler between them and it. A cue further
    /// off stays, so the rest keeps its meaning ("no H1B or foreign nationals" goes on as "no H1B").
    /// </summary>
    private static IEnumerable<PreferenceCue> Detached(string text, MessagePreference preference, PreferenceCues cues)
    {
        var reach = preference.Term.Start;
        foreach (var cue in preference.Before.OrderByDescending(c => c.Span.Start))
        {
            if (!cues.IsFiller(text[cue.Span.End..reach]))
            {
                yield break;
            }

            if (!cue.Kept)
            {
                yield return cue;
            }

            reach = cue.Span.Start;
        }
    }

    /// <summary>
    /// The neutral word for a term used as a noun: after "the"/"a" or a request ("message the women", "find
    /// millennials"), or as the subject starting its clause ("he should know Go", "so he can travel");
    /// never before a noun of its own ("find Jewish candidates" only loses "Jewish") nor after a lead ("who are women").
    /// </summary>
    private static string? Neutral(string text, LayoutSentence sentence, MessagePreference preference, PreferenceCues cues)
    {
        var term = preference.Term;
        // A term the match holds more than ("she'd", "he should") is the subject of what follows.
        var startsClause = sentence.Clauses.Any(c => c.Start == term.Start) || SubjectLeads.Contains(WordBefore(text, term.Start)) || preference.Match.Groups["term"].Success;
        var subject = startsClause && preference.After is null && WordFollows().IsMatch(text, term.End);
        var asNoun = subject || NounLeads.Contains(WordBefore(text, term.Start)) || Determined(text, term.Start) || preference.Before.Any(c => c.Kept);
        var indefinite = Article().IsMatch(text[..term.Start]);
        if (preference.Led || !asNoun || cues.PersonAfter(text, term.End) is not null || (indefinite && Modifies(text, term.End, cues)))
        {
            return null;
        }

        // One person after "a": "a fresh face" goes on as "a candidate", not "a candidates".
        var neutral = preference.Rule.NeutralFor(preference.Match, term.Of(text));
        return indefinite && neutral is { Length: > 1 } && neutral.EndsWith('s') ? neutral[..^1] : neutral;
    }

    /// <summary>Whether a determiner comes within two words before a position, with only words between ("a big strong guy").</summary>
    private static bool Determined(string text, int position) => DeterminerBefore().IsMatch(text[..position]);

    /// <summary>
    /// Whether the term describes the noun after it rather than naming a person ("a Gen-Z vibe", "a millennial
    /// mindset"): the next word carries meaning of its own and is neither a connector nor a verb form.
    /// </summary>
    private static bool Modifies(string text, int termEnd, PreferenceCues cues) =>
        NextWord().Match(text, termEnd) is { Success: true } next
        && !cues.IsFiller(next.Groups["w"].Value)
        && !Connectives.Contains(next.Groups["w"].Value)
        && !next.Groups["w"].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && !next.Groups["w"].Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words after a noun that start what is said about it, not a noun it describes.</summary>
    private static readonly HashSet<string> Connectives = new(["from", "by", "like", "as", "near", "around", "across", "can", "could", "will", "would", "may", "might", "who's", "whose", "which", "than"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The term, with the connector that joined it to the next word ("young and hungry", "a young, energetic") or else to the one before.</summary>
    private static TextSpan Swallow(string text, TextSpan term, PreferenceCues cues)
    {
        // A comma joins adjectives after "a" ("a young, energetic designer"), not a new clause ("a mom, we build…").
        var after = ConnectorAfter().Match(text, term.End);
        var list = after.Groups["c"].Value != ","
            || (Determiners.Contains(WordBefore(text, term.Start)) && EditedText.FirstWord(text[(after.Index + after.Length)..]) is { Length: > 0 } next && !cues.IsFiller(next));
        if (after.Success && list)
        {
            return new TextSpan(term.Start, after.Index + after.Length);
        }

        var before = ConnectorBefore().Match(text[..term.Start]);
        return before.Success ? new TextSpan(before.Index, term.End) : term;
    }

    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    /// <summary>
    /// "and"/"or"/"nor" in the languages the cues know ("jeune et dynamique", "joven y dinámico", "jung und dynamisch",
    /// "niente velo né turbante", "pas de voile ni de turban").
    /// </summary>
    [GeneratedRegex(@"\G\s*(?<c>,|\b(?:and|or|nor|et|ou|ni(?:\s+(?:de\b|d['’]))?|und|oder|noch|y|o|e|né|nem|lub|ani)\b(?!-)|&|\+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorAfter();

    [GeneratedRegex(@"\s+(?:and|or|nor|ni|né|&|\+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorBefore();

    [GeneratedRegex(@"\G[ \t]*['’\p{L}]")]
    private static partial Regex WordFollows();

    [GeneratedRegex(@"\b(?:an?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b(?:a|an|the|our|their|my|your|this|that|some)\s+(?:[\p{L}-]+\s+){1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"\G[ \t]+(?<w>[\p{L}][\p{L}'’-]*)")]
    private static partial Regex NextWord();
}
