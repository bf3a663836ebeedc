using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// Writes the rest of a message without its refused preferences. Each preference takes out its own
/// words (<see cref="PreferenceEdits"/>); then a clause left with nothing that carries meaning goes whole
/// with its delimiter, so does a clause right after it that only justifies it (or right before it, when the refused one
/// follows from it with "so"), one before it that only says who wished it, and a label with nothing
/// left after it, and what an action against a candidate spans goes whole. Sentences are rewritten one
/// by one and keep their own terminators; one left with only courtesy ("please") goes, and so does the
/// whole rest when that is all there is.
/// </summary>
internal static partial class MessageRewriter
{
    public static string Rewrite(string text, MessageLayout layout, IReadOnlyList<MessagePreference> preferences, PreferenceCues cues)
    {
        var edits = new List<TextEdit>();
        var removed = new HashSet<(int Sentence, int Clause)>();
        foreach (var preference in preferences)
        {
            if (preference.Clauses is { } range)
            {
                var clauses = layout.Sentences[preference.Sentence].Clauses;
                var first = range.First;
                if (preference.Phrase.Start > clauses[first].Start && !string.IsNullOrWhiteSpace(text[clauses[first].Start..preference.Phrase.Start]))
                {
                    // What the clause says before the preference begins stays ("find more for the AE role and | skip …").
                    edits.Add(new TextEdit(new TextSpan(preference.Phrase.Start, clauses[first].End), ""));
                    first++;
                }

                for (var c = first; c <= range.Last; c++)
                {
                    removed.Add((preference.Sentence, c));
                }
            }
            else
            {
                edits.AddRange(PreferenceEdits.For(text, layout.Sentences[preference.Sentence], preference, cues));
            }
        }

        var parts = new List<(string Text, string Gap)>();
        var afterRefused = false;
        for (var s = 0; s < layout.Sentences.Count; s++)
        {
            var sentence = layout.Sentences[s];
            var gap = s + 1 < layout.Sentences.Count ? text[sentence.End..layout.Sentences[s + 1].Start] : "";
            var inside = edits.Where(e => e.Span.Start >= sentence.Start && e.Span.Start < sentence.End).ToList();
            var gone = Enumerable.Range(0, sentence.Clauses.Count).Where(c => removed.Contains((s, c))).ToHashSet();
            if (inside.Count == 0 && gone.Count == 0)
            {
                // A sentence right after one that went whole, that only insists on it ("nobody over 40. Doesn't matter what the role is."), goes too.
                if (!(afterRefused && cues.Insists(text[sentence.Start..sentence.ContentEnd])))
                {
                    parts.Add((text[sentence.Start..sentence.End], gap));
                    afterRefused = false;
                }
            }
            else if (Rewrite(text, sentence, inside, gone, cues) is not { } rewritten)
            {
                afterRefused = true;
            }
            else
            {
                afterRefused = false;
                // An opening ("note for the brief —") left with nothing after it introduces the next sentence on its line instead.
                parts.Add(Introduces(text, sentence, gone, gap) && s + 1 < layout.Sentences.Count && inside.All(e => e.Span.Start >= sentence.Clauses[0].End)
                    ? (text[sentence.Start..sentence.Clauses[1].Start], "")
                    : (rewritten + text[sentence.ContentEnd..sentence.End], gap));
            }
        }

        var result = EditedText.TrimEnds(string.Concat(parts.Select((p, i) => i + 1 < parts.Count ? p.Text + p.Gap : p.Text)));
        return cues.IsCourtesy(result) || cues.IsOnlyReference(result) ? "" : result;
    }

    /// <summary>One sentence's content without its preferences, or null when nothing of it is left.</summary>
    private static string? Rewrite(string text, LayoutSentence sentence, List<TextEdit> edits, HashSet<int> gone, PreferenceCues cues)
    {
        var clauses = sentence.Clauses;
        var closed = new Dictionary<int, int>();
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
            if (!gone.Contains(c) && within.Count > 0 && cues.IsEmptied(EditedText.Apply(text, unit, within)))
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

            // So does an aside in brackets right after it ("skip anyone with pronouns in their bio (she/her, they/them etc)"), with its close.
            if (c > 0 && gone.Contains(c - 1) && !gone.Contains(c) && text[clauses[c - 1].End..clauses[c].Start].Contains('('))
            {
                for (var k = c; k < clauses.Count && gone.Add(k); k++)
                {
                    if (text.IndexOf(')', clauses[k].End, (k + 1 < clauses.Count ? clauses[k + 1].Start : sentence.ContentEnd) - clauses[k].End) is var close && close >= 0)
                    {
                        closed[k] = close + 1;
                        break;
                    }
                }
            }
        }

        // A clause that only gives the reason goes too when the refused one after it follows from it ("client is very traditional | so
        // nobody openly gay").
        for (var c = clauses.Count - 2; c >= 0; c--)
        {
            if (gone.Contains(c + 1) && !gone.Contains(c) && Consequence().IsMatch(clauses[c + 1].Of(text)) && cues.Justifies(clauses[c].Of(text)))
            {
                gone.Add(c);
            }
        }

        // So does a clause of only who wished it before the refused one ("Prezes chce, | żeby to była kobieta").
        for (var c = clauses.Count - 2; c >= 0; c--)
        {
            if (gone.Contains(c + 1) && !gone.Contains(c) && cues.IsWish(clauses[c].Of(text)))
            {
                gone.Add(c);
            }
        }

        // A label ("Requirements:") goes when everything after it does, unless it names the work the message is about ("for the
        // outreach batch:"); a clause after a comma is not a label but part of what comes before it ("Line cook, Chicago: no
        // Mexicans" keeps Chicago).
        for (var c = 0; c + 1 < clauses.Count; c++)
        {
            if (IsLabel(text, clauses, c) && StartsLine(text, clauses, c, sentence) && !Work().IsMatch(clauses[c].Of(text)) && Enumerable.Range(c + 1, clauses.Count - c - 1).All(gone.Contains))
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
            // A clause goes with the delimiter before it, or with the one after it when it comes first or right after a label.
            var keptBefore = Enumerable.Range(0, c).Any(k => !gone.Contains(k)) && !(c + 1 < clauses.Count && IsLabel(text, clauses, c - 1));
            edits.Add(keptBefore
                ? new TextEdit(new TextSpan(clauses[c - 1].End, closed.TryGetValue(c, out var close) ? close : Closing(text, clauses[c], sentence)), "")
                : new TextEdit(new TextSpan(clauses[c].Start, c + 1 < clauses.Count ? clauses[c + 1].Start : sentence.ContentEnd), ""));
        }

        var content = EditedText.Tidy(EditedText.Apply(text, new TextSpan(sentence.Start, sentence.ContentEnd), edits));
        if (cues.IsCourtesy(content))
        {
            return null;
        }

        // A sentence the recruiter began with a capital still begins with one.
        return char.IsUpper(text[sentence.Start..sentence.ContentEnd].FirstOrDefault(char.IsLetter)) ? EditedText.Capitalized(content) : content;
    }

    [GeneratedRegex(@"^(?:so|therefore|hence|thus|that['’]s\s+why|which\s+is\s+why)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Consequence();

    [GeneratedRegex(@"\b(?:outreach|inmails?|messages|emails|search|sourcing|shortlist|screening|interviews?|feedback)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Work();

    /// <summary>
    /// Whether only the opening of a sentence is left, an introduction a colon or a dash ends ("note for the brief — …"), and the
    /// next sentence follows on the same line.
    /// </summary>
    private static bool Introduces(string text, LayoutSentence sentence, HashSet<int> gone, string gap) =>
        sentence.Clauses.Count > 1
        && !gone.Contains(0)
        && Enumerable.Range(1, sentence.Clauses.Count - 1).All(gone.Contains)
        && text[sentence.Clauses[0].End..sentence.Clauses[1].Start].IndexOfAny([':', '-', '–', '—']) >= 0
        && !gap.Contains('\n', StringComparison.Ordinal);

    /// <summary>Whether a clause is followed by a colon: a label for what comes after it.</summary>
    private static bool IsLabel(string text, IReadOnlyList<TextSpan> clauses, int c) =>
        text[clauses[c].End..clauses[c + 1].Start].Contains(':', StringComparison.Ordinal);

    /// <summary>Whether a clause opens its sentence or a line.</summary>
    private static bool StartsLine(string text, IReadOnlyList<TextSpan> clauses, int c, LayoutSentence sentence) =>
        c == 0 ? clauses[0].Start >= sentence.Start : text[clauses[c - 1].End..clauses[c].Start].Contains('\n', StringComparison.Ordinal);

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
}
