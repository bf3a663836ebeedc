using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>One clause of a message as memory reads it: a sentence, or a part joined by ";", a line break, a dash or ", oh and"; never a part of a quote.</summary>
/// <param name="Start">Where it starts in the message.</param>
/// <param name="Text">Its words, trimmed.</param>
public readonly partial record struct MemoryClause(int Start, string Text)
{
    public int End => Start + Text.Length;

    /// <summary>The clauses of a message, in order.</summary>
    public static IReadOnlyList<MemoryClause> Split(string message)
    {
        var clauses = new List<MemoryClause>();
        var start = 0;
        var quoted = Quoted().Matches(message);
        foreach (Match boundary in Boundary().Matches(message))
        {
            // "tu signes « Camille – Talent Lyon »": a dash or a stop inside a quote is part of what is quoted; a line break still ends it.
            if (quoted.Any(q => q.Index < boundary.Index && boundary.Index + boundary.Length < q.Index + q.Length))
            {
                continue;
            }

            Add(message, start, boundary.Index, clauses);
            start = boundary.Index + boundary.Length;
        }

        Add(message, start, message.Length, clauses);
        return clauses;
    }

    private static void Add(string message, int from, int to, List<MemoryClause> clauses)
    {
        var raw = message[from..to];
        var text = raw.Trim();
        if (text.Trim('.', '!', ',', ' ', '-', '–', '—', '*', '•').Length > 0)
        {
            clauses.Add(new MemoryClause(from + raw.IndexOf(text, StringComparison.Ordinal), text));
        }
    }

    // A sentence ends at . ! ? (not inside "e.g.", a title before a name such as "Capt.", "Sr." or "ing.", a unit such as "tys." or "Tsd.", or a number), a line break, a ";" or a spaced dash; in Japanese at 。！？ and at ? ! with no space after.
    [GeneratedRegex(@"(?<=[!?])\s+|(?<!\b(?:e\.g|i\.e|etc|approx|vs|mr|mrs|ms|dr|prof|capt|sr|sra|srta|mme|mlle|st|no|ing|lic|arq|mtro|mtra|ir|drs|tys|tsd|mln|mio|inkl|bzw|ca|godz|[A-Za-z]))\.+(?=\s|$)\s*|[\r\n]+|;\s*|\s+[-–—]\s+|,\s*(?=(?:oh\s+and|and\s+(?:also|btw|fyi)|btw|fyi|plus)\b)|(?<=[。！？])\s*|(?<=[!?])(?=[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Boundary();

    // A quote in guillemets, double or single quotes, on one line ("sign it “Cheers – Ana”", "come 'Giulia – Talent Team'").
    [GeneratedRegex(@"«[^»\n]{1,80}»|“[^”\n]{1,80}”|""[^""\n]{1,80}""|(?<!\p{L})'[^'\n]{1,60}'(?!\p{L})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Quoted();
}
