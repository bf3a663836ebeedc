using System.Text;
using System.Text.RegularExpressions;

namespace Hiring.Agents.Policy;

/// <summary>
/// Writes the rest of a message without its refused preferences: each cue that limits who is
/// considered and each term is taken out (a noun becomes its neutral word: "the women" → "the
/// candidates"), a clause left with nothing that carries meaning goes whole with its delimiter, so
/// does a clause right after it that only justifies it, and the punctuation and articles are tidied.
/// Sentences are rewritten one by one and keep their own terminators; one left with only courtesy
/// ("please") goes, and so does the whole rest when that is all there is.
/// </summary>
internal static partial class MessageRewriter
{
    private static readonly HashSet<string> Determiners = new(["a", "an", "the", "some", "any", "our", "their", "my", "your", "this", "that"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a term starts a clause of its own ("so he can travel").</summary>
    private static readonly HashSet<string> SubjectLeads = new(["so", "and", "but", "because", "if", "when", "then", "as", "since", "that"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a term stands for people ("a shortlist of under-30s").</summary>
    private static readonly HashSet<string> NounLeads = new([.. Determiners, "of", "for", "to", "with", "from", "among"], StringComparer.OrdinalIgnoreCase);

    public static string Rewrite(string text, MessageLayout layout, IReadOnlyList<MessagePreference> preferences, PreferenceCues cues)
    {
        var edits = new List<Edit>();
        var removed = new HashSet<(int Sentence, int Clause)>();
        foreach (var preference in preferences)
        {
            if (preference.Clauses is { } range)
            {
                for (var c = range.First; c <= range.Last; c++)
                {
                    removed.Add((preference.Sentence, c));
                }

                continue;
            }

            if (preference.After is { } after)
            {
                edits.Add(new Edit(after.Span, ""));
            }

            if (Whole(text, preference, cues) is { } whole)
            {
                edits.Add(new Edit(Swallow(text, whole, cues), ""));
                continue;
            }

            edits.AddRange(Detached(text, preference, cues).Select(c => new Edit(c.Span, "")));
            var neutral = Neutral(text, layout.Sentences[preference.Sentence], preference, cues);
            edits.Add(neutral is { Length: > 0 }
                ? new Edit(preference.Term, MatchCase(text[preference.Term.Start], neutral))
                : new Edit(Swallow(text, preference.Term, cues), ""));
        }

        var parts = new List<(string Text, string Gap)>();
        for (var s = 0; s < layout.Sentences.Count; s++)
        {
            var sentence = layout.Sentences[s];
            var gap = s + 1 < layout.Sentences.Count ? text[sentence.End..layout.Sentences[s + 1].Start] : "";
            var inside = edits.Where(e => e.Span.Start >= sentence.Start && e.Span.Start < sentence.End).ToList();
            var gone = Enumerable.Range(0, sentence.Clauses.Count).Where(c => removed.Contains((s, c))).ToHashSet();
            if (inside.Count == 0 && gone.Count == 0)
            {
                parts.Add((text[sentence.Start..sentence.End], gap));
                continue;
            }

            if (Rewrite(text, sentence, inside, gone, cues) is { } rewritten)
            {
                parts.Add((rewritten + text[sentence.ContentEnd..sentence.End], gap));
            }
        }

        var result = Ends().Replace(string.Concat(parts.Select((p, i) => i + 1 < parts.Count ? p.Text + p.Gap : p.Text)), "");
        return cues.IsCourtesy(result) ? "" : result;
    }

    /// <summary>One sentence's content without its preferences, or null when nothing of it is left.</summary>
    private static string? Rewrite(string text, LayoutSentence sentence, List<Edit> edits, HashSet<int> gone, PreferenceCues cues)
    {
        var clauses = sentence.Clauses;
        for (var c = 0; c < clauses.Count; c++)
        {
            // A clause is judged with the ones an edit joins it to ("a young, energetic designer").
            var last = c;
            while (last + 1 < clauses.Count && edits.Any(e => e.Span.Start < clauses[last].End && e.Span.End > clauses[last].End))
            {
                last++;
            }

            var unit = new TextSpan(clauses[c].Start, clauses[last].End);
            var within = edits.Where(e => e.Span.Overlaps(unit))
                .Select(e => e with { Span = new TextSpan(Math.Max(e.Span.Start, unit.Start), Math.Min(e.Span.End, unit.End)) })
                .ToList();
            if (!gone.Contains(c) && within.Count > 0 && cues.IsFiller(Apply(text, unit, within)))
            {
                for (var k = c; k <= last; k++)
                {
                    gone.Add(k);
                }
            }

            // A clause that only gives the reason for a refused one goes with it.
            if (c > 0 && gone.Contains(c - 1) && !gone.Contains(c) && cues.Justifies(clauses[c].Of(text)))
            {
                gone.Add(c);
            }
        }

        // A label ("Requirements:") goes when everything after it does.
        for (var c = 0; c + 1 < clauses.Count; c++)
        {
            if (text[clauses[c].End..clauses[c + 1].Start].Contains(':', StringComparison.Ordinal) && Enumerable.Range(c + 1, clauses.Count - c - 1).All(gone.Contains))
            {
                gone.Add(c);
            }
        }

        if (gone.Count == clauses.Count)
        {
            return null;
        }

        foreach (var c in gone)
        {
            // A clause goes with the delimiter before it, or with the one after it when it comes first or after a label.
            var keptBefore = Enumerable.Range(0, c).Any(k => !gone.Contains(k))
                && !(c + 1 < clauses.Count && text[clauses[c - 1].End..clauses[c].Start].Contains(':', StringComparison.Ordinal));
            edits.Add(keptBefore
                ? new Edit(new TextSpan(clauses[c - 1].End, Closing(text, clauses[c], sentence)), "")
                : new Edit(new TextSpan(clauses[c].Start, c + 1 < clauses.Count ? clauses[c + 1].Start : sentence.ContentEnd), ""));
        }

        var content = Tidy(Apply(text, new TextSpan(sentence.Start, sentence.ContentEnd), Merge(edits)));
        if (cues.IsCourtesy(content))
        {
            return null;
        }

        var wasCapital = text.Skip(sentence.Start).Take(sentence.ContentEnd - sentence.Start).FirstOrDefault(char.IsLetter) is var first && char.IsUpper(first);
        var letter = content.IndexOf(content.FirstOrDefault(char.IsLetter));
        return wasCapital && letter >= 0 && char.IsLower(content[letter]) ? content[..letter] + char.ToUpperInvariant(content[letter]) + content[(letter + 1)..] : content;
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

        if (!cues.IsFiller(gap.ToString()) || cues.MentionsPerson(gap.ToString()))
        {
            return null;
        }

        // The noun after the term goes too when it says nothing of its own ("except the older ones"), not
        // when it is the role ("male nurses") or what a request keeps ("show me only Black candidates").
        var asked = preference.Before.Any(c => c.Kept) && !cues.Excludes(first.Span.Of(text));
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
    /// millennials"), or as the subject starting its clause ("he should know Go", "so he can travel"); never before a noun of
    /// its own ("find Jewish candidates" only loses "Jewish") nor after a lead ("who are women").
    /// </summary>
    private static string? Neutral(string text, LayoutSentence sentence, MessagePreference preference, PreferenceCues cues)
    {
        var term = preference.Term;
        var startsClause = sentence.Clauses.Any(c => c.Start == term.Start) || SubjectLeads.Contains(WordBefore(text, term.Start));
        var subject = startsClause && preference.After is null && Word().IsMatch(text, term.End);
        var asNoun = subject || NounLeads.Contains(WordBefore(text, term.Start)) || preference.Before.Any(c => c.Kept);
        return preference.Led || !asNoun || cues.PersonAfter(text, term.End) is not null ? null : preference.Rule.NeutralFor(preference.Match, term.Of(text));
    }

    /// <summary>The term, with the connector that joined it to the next word ("young and hungry", "a young, energetic") or else to the one before.</summary>
    private static TextSpan Swallow(string text, TextSpan term, PreferenceCues cues)
    {
        // A comma joins adjectives after "a" ("a young, energetic designer"), not a new clause ("a mom, we build…").
        var after = ConnectorAfter().Match(text, term.End);
        var list = after.Groups["c"].Value != "," || (Determiners.Contains(WordBefore(text, term.Start)) && NextWord().Match(text[(after.Index + after.Length)..]) is { Success: true } next && !cues.IsFiller(next.Groups["word"].Value));
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

    /// <summary>Where a clause ends, with the bracket that closes it when it was all that was in brackets ("(max 40 y/o)").</summary>
    private static int Closing(string text, TextSpan clause, LayoutSentence sentence)
    {
        var next = clause.End;
        while (next < sentence.ContentEnd && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        var opened = text.LastIndexOfAny(['(', '['], clause.Start) is var open && open >= sentence.Start && text[open..clause.Start].Trim().Length == 1;
        return opened && next < sentence.ContentEnd && text[next] is ')' or ']' ? next + 1 : clause.End;
    }

    /// <summary>Edits sorted, overlapping ones joined into one removal.</summary>
    private static List<Edit> Merge(List<Edit> edits)
    {
        var merged = new List<Edit>();
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
        {
            if (merged.Count > 0 && merged[^1].Span.End > edit.Span.Start)
            {
                var last = merged[^1];
                merged[^1] = new Edit(new TextSpan(last.Span.Start, Math.Max(last.Span.End, edit.Span.End)), "");
            }
            else
            {
                merged.Add(edit);
            }
        }

        return merged;
    }

    /// <summary>The text of a span with the edits inside it applied, fixing "a"/"an" where a word was taken out after one.</summary>
    private static string Apply(string text, TextSpan span, List<Edit> edits)
    {
        var result = new StringBuilder();
        var position = span.Start;
        foreach (var edit in Merge(edits).Where(e => span.Contains(e.Span)))
        {
            result.Append(text, position, edit.Span.Start - position);
            var next = edit.Replacement.Length > 0 ? edit.Replacement : text[edit.Span.End..span.End];
            FixArticle(result, next);
            result.Append(edit.Replacement);
            position = edit.Span.End;
        }

        result.Append(text, position, span.End - position);
        return result.ToString();
    }

    private static void FixArticle(StringBuilder result, string next)
    {
        var article = ArticleAtEnd().Match(result.ToString());
        var word = NextWord().Match(next).Groups["word"].Value;
        if (!article.Success || word.Length == 0 || word.All(char.IsUpper))
        {
            return;
        }

        // Acronyms ("an SDR") are left as written; words take "an" before a vowel sound.
        var chosen = VowelSound().IsMatch(word) && !ConsonantSound().IsMatch(word) ? "an" : "a";
        var group = article.Groups["article"];
        result.Remove(group.Index, group.Length).Insert(group.Index, char.IsUpper(group.Value[0]) ? char.ToUpperInvariant(chosen[0]) + chosen[1..] : chosen);
    }

    private static string MatchCase(char original, string neutral) =>
        char.IsUpper(original) && neutral.Length > 0 ? char.ToUpperInvariant(neutral[0]) + neutral[1..] : neutral;

    private static string Tidy(string content)
    {
        content = Spaces().Replace(content, " ");
        content = SpaceBeforePunctuation().Replace(content, "$1");
        content = SpaceAfterOpening().Replace(content, "$1");
        content = EmptyBrackets().Replace(content, "");
        content = RepeatedDelimiters().Replace(content, "$1");
        content = DeterminerComma().Replace(content, "$1 ");
        content = Ends().Replace(content, "");
        return Spaces().Replace(content, " ");
    }

    private readonly record struct Edit(TextSpan Span, string Replacement);

    [GeneratedRegex(@"\G\s*(?<c>,|\band\b|\bor\b|&|\+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorAfter();

    [GeneratedRegex(@"\s+(?:and|or|&|\+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorBefore();

    [GeneratedRegex(@"(?:^|\s)(?<article>an?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleAtEnd();

    [GeneratedRegex(@"^[\s,]*(?<word>[\p{L}]+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^\s*(?:[aeiou]|hour|honest|honou?r|heir)", RegexOptions.IgnoreCase)]
    private static partial Regex VowelSound();

    [GeneratedRegex(@"^\s*(?:uni|use|usu|uti|eu|one|once)", RegexOptions.IgnoreCase)]
    private static partial Regex ConsonantSound();

    [GeneratedRegex(@"\G[ \t]*['’\p{L}]")]
    private static partial Regex Word();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[ \t]+([,.;:!?)\]])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"([(\[])[ \t]+")]
    private static partial Regex SpaceAfterOpening();

    [GeneratedRegex(@"\(\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"([,;:])(?:\s*[,;:])+")]
    private static partial Regex RepeatedDelimiters();

    [GeneratedRegex(@"\b(a|an|the)\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerComma();

    [GeneratedRegex(@"^[\s,;:\-–—]+|[\s,;:\-–—(]+$")]
    private static partial Regex Ends();
}
