using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// The details one memory lists ("Vistaraj, Pune — they buy out notice up to 60 days, joining bonus capped at 1 lakh, and the HM
/// is Suresh"; "my preferences for the Biella account: always cc Giulia, no calls on Mondays"), so one of them can be forgotten
/// and the rest kept: the parts between commas or semicolons outside brackets and quotes, after the label a colon ends.
/// </summary>
public static partial class MemoryDetails
{
    /// <summary>
    /// The memory without the details <paramref name="named"/> picks; null when it picks none, all of them, or what the memory is
    /// about (its label, or its first part when it has none: "forget the Vistaraj thing" is the whole memory).
    /// </summary>
    public static (string Kept, IReadOnlyList<string> Dropped)? Without(string text, Func<string, bool> named)
    {
        var (label, body) = Labelled(text);
        var parts = Parts(body);
        if (parts.Count < 2 || (label is not null && named(label)))
        {
            return null;
        }

        var dropped = parts.Where(named).ToList();
        // "Harlow Foods, they pay 18%" without its one detail would only name whom it was about.
        if (dropped.Count == 0 || dropped.Count == parts.Count || (label is null && (named(parts[0]) || (dropped.Count == parts.Count - 1 && OnlyAName().IsMatch(Bracketed().Replace(parts[0], "").Trim())))))
        {
            return null;
        }

        return Kept(label, parts, dropped);
    }

    /// <summary>
    /// The memory without the parts about the names <paramref name="named"/> picks, when it lists several names each opening a part
    /// of its own with what was told of it ("Callwise BPO ka fee 12% hai, Zenith CX ka 10%"); null when it lists no such names, or the
    /// names picked are all of them or none.
    /// </summary>
    public static (string Kept, IReadOnlyList<string> Dropped)? WithoutSubject(string text, Func<string, bool> named)
    {
        var (label, body) = Labelled(text);
        var parts = Parts(body);
        // "Zenith CX ka 10% — Callwise ki HR Neha Arora hai": a dash before a word of another name the memory lists opens a part about that name.
        var listed = parts.Select(p => OpeningName().Match(p)).Where(m => m.Success).Select(m => m.Value).ToList();
        parts = [.. parts.SelectMany(p => DashedOff(p, listed))];
        var openers = parts.Select(p => OpeningName().Match(p) is { Success: true } name ? name.Value : null).ToList();
        if (openers.Count(o => o is not null) < 2 || openers.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2 || (label is not null && named(label)))
        {
            return null;
        }

        // "Giulia Ferrari chiede 38k, preavviso 1 mese — Marco Rinaldi chiede 35k, disponibile subito": a part that opens in lower case
        // goes on about the name before it ("Callwise ki HR Neha Arora hai" opens with a name of its own).
        for (var i = 1; i < openers.Count; i++)
        {
            openers[i] ??= parts[i].TrimStart() is [var first, ..] && char.IsLower(first) ? openers[i - 1] : null;
        }

        var dropped = parts.Where((_, i) => openers[i] is { } name && named(name)).ToList();
        return dropped.Count == 0 || dropped.Count == parts.Count ? null : Kept(label, parts, dropped);
    }

    /// <summary>The part, split at a spaced dash whose next word is a word of a name <paramref name="listed"/> that the part does not open with.</summary>
    private static IEnumerable<string> DashedOff(string part, IReadOnlyList<string> listed)
    {
        foreach (Match dash in SpacedDash().Matches(part))
        {
            var after = part[(dash.Index + dash.Length)..];
            // … or a full name of its own ("— Marco Rinaldi (contabile, Modena) chiede 35k").
            if ((MemoryWords.Split(after) is [var first, ..] && listed.Any(n => !part.StartsWith(n, StringComparison.Ordinal) && MemoryCorrection.SharesWord(n, first)))
                || (OpeningName().Match(after) is { Success: true } name && name.Value.Contains(' ', StringComparison.Ordinal) && !part.StartsWith(name.Value, StringComparison.Ordinal)))
            {
                return [part[..dash.Index].Trim(), after.Trim()];
            }
        }

        return [part];
    }

    [GeneratedRegex(@"\s[—–-]\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex SpacedDash();

    private static (string Kept, IReadOnlyList<string> Dropped) Kept(string? label, List<string> parts, List<string> dropped)
    {
        var kept = string.Join(", ", parts.Where(p => !dropped.Contains(p)));
        return (label is null ? kept : $"{label}: {kept}", dropped);
    }

    /// <summary>What a memory opens with, its label and first detail: what it is about ("Info: Bei Brenner Antriebstechnik ist Herr Albrecht …").</summary>
    public static string Opening(string text)
    {
        var (label, body) = Labelled(text);
        return $"{label} {Parts(body).FirstOrDefault()}".Trim();
    }

    /// <summary>The label a colon ends before the first comma (none inside brackets or quotes), and the body after it.</summary>
    private static (string? Label, string Body) Labelled(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var label = colon > 0 && !Protected(text).Any(p => p.Index < colon && colon < p.Index + p.Length) && text.IndexOf(',', StringComparison.Ordinal) is var comma && (comma < 0 || colon < comma) ? text[..colon] : null;
        return (label, label is null ? text : text[(colon + 2)..]);
    }

    /// <summary>The details between top-level commas, semicolons and sentence ends, without a joining "and".</summary>
    private static List<string> Parts(string body)
    {
        var inside = Protected(body);
        var parts = new List<string>();
        var start = 0;
        foreach (Match separator in Separator().Matches(body))
        {
            if (inside.Any(p => p.Index < separator.Index && separator.Index < p.Index + p.Length))
            {
                continue;
            }

            parts.Add(body[start..separator.Index]);
            start = separator.Index + separator.Length;
        }

        parts.Add(body[start..]);
        // "Valentina pide 9 millones mensuales y su visa vence en diciembre": two sentences joined by "and" in any language are two details.
        parts = [.. parts.SelectMany(JoinedSentences)];
        // "wants a sitting CFO, not an FD stepping up": a part that denies or draws on the one before is one detail with it.
        return Folded(parts.Select(p => p.Trim()).Where(p => p.Length > 0), LeansBack().IsMatch);
    }

    /// <summary>A part split where "and" joins two sentences, each of several words, the second opening with its own subject.</summary>
    private static IEnumerable<string> JoinedSentences(string part) =>
        SentenceJoin().Match(part) is { Success: true } join && MemoryWords.Split(part[..join.Index]).Count >= SentenceWords && MemoryWords.Split(part[(join.Index + join.Length)..]).Count >= SentenceWords
            ? [part[..join.Index], part[(join.Index + join.Length)..]]
            : [part];

    /// <summary>The fewest words each side of an "and" has for it to join two sentences rather than two names or things.</summary>
    private const int SentenceWords = 4;

    // "… y su visa …", "… and her notice …", "… e la sua …", "… und ihr …": "and" before a possessive that opens a sentence of its own.
    [GeneratedRegex(@"\s+(?:and|y|e|et|und|en|i|og|och)\s+(?=(?:his|her|their|its|su|sus|sua|suo|seu|sua|son|sa|ses|leur|sein|seine|ihr|ihre|zijn|haar|hun|la\s+sua|il\s+suo)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex SentenceJoin();

    /// <summary>The parts, each one <paramref name="goesWithBefore"/> picks joined to the one before it with a comma.</summary>
    public static List<string> Folded(IEnumerable<string> parts, Func<string, bool> goesWithBefore)
    {
        var folded = new List<string>();
        foreach (var part in parts)
        {
            if (folded.Count > 0 && goesWithBefore(part))
            {
                folded[^1] = $"{folded[^1]}, {part}";
            }
            else
            {
                folded.Add(part);
            }
        }

        return folded;
    }

    [GeneratedRegex(@"^(?:not|nor|but|except|without|unless|only\s+if|so|hence|therefore|which|because)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex LeansBack();

    [GeneratedRegex(@"^(?-i:\p{Lu})[\p{L}&'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}&'’.-]*)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex OnlyAName();

    // A name opening a part: "Zenith CX" of "Zenith CX ka 10%", "Harlow Foods" of "Harlow Foods pay 18%"; never one word alone that may only open a sentence.
    [GeneratedRegex(@"^(?-i:\p{Lu})[\p{L}&'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}&'’.-]*)+|^(?-i:\p{Lu}[\p{Ll}]*\p{Lu})[\p{L}&'’.-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex OpeningName();

    private static List<Match> Protected(string text) => [.. Bracketed().Matches(text).Cast<Match>()];

    // A comma or a semicolon, or the end of a sentence after a word of three small letters, a figure or a bracket ("… contact Sophie Lambert. La
    // Brasserie Delvaux …"; not "Mrs. Hofer" or "Dr. Meier").
    [GeneratedRegex(@"[,;]\s*(?:(?:and|plus|&)\s+)?|(?<=(?-i:\p{Ll}{3})|\d|%|\))[.!?]\s+(?=(?-i:\p{Lu}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Separator();

    // "(that's my sourcing day)", "'Un caro saluto, Marco'", "“Cheers, Ana”": a comma inside is no separator.
    [GeneratedRegex(@"\([^()]*\)|(?<!\p{L})'[^'\n]*'(?!\p{L})|‘[^’\n]*’|“[^”\n]*”|""[^""\n]*""|«[^»\n]*»", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    internal static partial Regex Bracketed();
}
