using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Talent;

namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>
/// Which candidates of a batch a clause names: numbers ("1 and 3", "#4", "no. 2", "2-4"), ordinals
/// ("the second one", "first two", "the last"), number words after a marker ("number four"), ids,
/// names; or the whole batch ("all", "these", "none of these"), the rest ("the others"), or a pronoun
/// that points back ("more like her"). Numbers that count something else ("5+ years") are not candidates.
/// </summary>
public static partial class CandidateReferences
{
    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly string[] Cardinals =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    // First names that are also common words are only read as names when written in full.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "will", "mark", "may", "rose", "june", "april", "grace", "hope", "faith", "joy", "bill", "pat", "sue", "art", "don", "max",
        "rich", "frank", "earl", "guy", "ray", "dawn", "summer", "autumn", "sky", "page", "miles", "chase", "hunter", "lane",
    };

    /// <summary>What one clause refers to.</summary>
    /// <param name="Positions">Candidates named, by number (from 1).</param>
    /// <param name="All">"all", "these", "everyone".</param>
    /// <param name="Rest">"the rest", "the others".</param>
    /// <param name="None">"none of these", "no one": the whole batch, said negatively.</param>
    /// <param name="Pronoun">"her", "him", "them", "this one", "they're all": points back to the last candidates named.</param>
    public sealed record Refs(IReadOnlyList<int> Positions, bool All, bool Rest, bool None, bool Pronoun)
    {
        public bool Any => Positions.Count > 0 || All || Rest || None;
    }

    public static Refs Read(string clause, IReadOnlyList<ShownCandidate> shown)
    {
        var count = shown.Count;
        var positions = new List<int>();
        var text = clause;
        void Take(int position)
        {
            if (position >= 1 && position <= count && !positions.Contains(position))
            {
                positions.Add(position);
            }
        }

        // Ids and names first, so digits inside an id are not read as numbers.
        foreach (var candidate in shown)
        {
            if (text.Contains(candidate.Id, StringComparison.OrdinalIgnoreCase))
            {
                Take(candidate.Position);
                text = text.Replace(candidate.Id, " ", StringComparison.OrdinalIgnoreCase);
            }
            else if (NameIn(text, candidate.Name, shown))
            {
                Take(candidate.Position);
            }
        }

        text = Consume(text, Range(), m =>
        {
            var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            for (var p = Math.Min(from, to); p <= Math.Max(from, to); p++)
            {
                Take(p);
            }
        });
        text = Consume(text, FirstOrLastFew(), m =>
        {
            var k = NumberOf(m.Groups["k"].Value);
            for (var i = 1; i <= k; i++)
            {
                Take(m.Groups["end"].Value == "last" ? count - k + i : i);
            }
        });
        text = Consume(text, SecondToLast(), _ => Take(count - 1));
        text = Consume(text, Ordinal(), m => Take(m.Groups["word"].Success ? Array.IndexOf(Ordinals, m.Groups["word"].Value) + 1 : int.Parse(m.Groups["digits"].Value, CultureInfo.InvariantCulture)));
        text = Consume(text, Last(), _ => Take(count));
        text = Consume(text, MarkedNumber(), m => Take(NumberOf(m.Groups["n"].Value)));
        text = Consume(text, Digits(), m => Take(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        text = Consume(text, BareNumberWord(), m => Take(Array.IndexOf(Cardinals, m.Groups[1].Value) + 1));

        var none = NoneOf().IsMatch(text);
        var theyAll = TheyAll().IsMatch(text);
        var all = !none && !theyAll && AllOf().IsMatch(text);
        var rest = RestOf().IsMatch(text);
        var pronoun = theyAll || PronounOf().IsMatch(text);
        return new Refs(positions, all && !rest, rest, none, pronoun);
    }

    // Each reference is read once: what a pattern took is blanked before the next pattern looks.
    private static string Consume(string text, Regex pattern, Action<Match> take)
    {
        return pattern.Replace(text, m =>
        {
            take(m);
            return new string(' ', m.Length);
        });
    }

    private static int NumberOf(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var at = Array.IndexOf(Cardinals, text);
        return at >= 0 ? at + 1 : 0;
    }

    private static bool NameIn(string text, string? name, IReadOnlyList<ShownCandidate> shown)
    {
        var folded = TextFolding.Fold(name);
        if (folded.Length == 0)
        {
            return false;
        }

        var words = $" {TextFolding.Fold(text)} ";
        if (words.Contains($" {folded} ", StringComparison.Ordinal))
        {
            return true;
        }

        // A first name alone, when no other candidate shown shares it and it is not a common word.
        var first = folded.Split(' ')[0];
        return first.Length >= 3
            && !CommonWords.Contains(first)
            && shown.Count(s => TextFolding.Fold(s.Name).Split(' ')[0] == first) == 1
            && words.Contains($" {first} ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"#?\b(\d{1,2})\s*(?:-|–|to|through|thru)\s*#?(\d{1,2})\b(?!\s*(?:\+|years?|yrs?|months?|%))")]
    private static partial Regex Range();

    [GeneratedRegex(@"\b(?:the )?(?<end>first|top|last) (?<k>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b(?! ?(?:years?|yrs?|months?))")]
    private static partial Regex FirstOrLastFew();

    [GeneratedRegex(@"\b(?:second[- ]to[- ]last|next[- ]to[- ]last|penultimate)\b")]
    private static partial Regex SecondToLast();

    [GeneratedRegex(@"\b(?:(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)|(?<digits>\d{1,2})(?:st|nd|rd|th))\b(?: (?:one|candidate|person|profile|guy|lady))?")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:the )?last(?: one| candidate| person| profile)?\b(?! (?:year|month|time|role|job))")]
    private static partial Regex Last();

    [GeneratedRegex(@"(?:#\s*|\b(?:number|nr\.?|candidate|profile|option)\s*#?\s*|\bno\.\s*|\bno\s+(?=\d))(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b")]
    private static partial Regex MarkedNumber();

    [GeneratedRegex(@"(?<![\w.+#-])(\d{1,2})(?![\w.+#%])(?!\s*(?:\+|years?|yrs?|y/o|months?|mos?|weeks?|days?|k\b|%|x\b))")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<!\b(?:the|a|an|no|any|every|each|this|that|which|only|just|at|of|first|second|third|last|top|other|another)\s+)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?=\s*(?:,|&|$|\b(?:is|are|was|were|looks?|seems?|and|or|fits?|'s)\b))")]
    private static partial Regex BareNumberWord();

    [GeneratedRegex(@"\b(?:none|no one|nobody|neither)\b")]
    private static partial Regex NoneOf();

    [GeneratedRegex(@"\bthey(?:'re| are| were|'ve| have)? all\b")]
    private static partial Regex TheyAll();

    [GeneratedRegex(@"\b(?:all|everyone|everybody|every one|each of them|these|those|the batch|the list|the lot|the whole (?:batch|list|lot))\b")]
    private static partial Regex AllOf();

    [GeneratedRegex(@"\b(?:the rest|rest of them|the others|other ones|others|everyone else|everybody else|the remaining(?: ones)?|remainder)\b")]
    private static partial Regex RestOf();

    [GeneratedRegex(@"\b(?:she|he|her|him|his|hers|they|them|their|this one|that one|both)\b")]
    private static partial Regex PronounOf();
}
