using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Intake;

/// <summary>
/// What a change leaves: the ranges of the recruiter's words that negate, swap out or take off a requirement, a place or
/// a level ("not Munich", "swap Kafka for RabbitMQ", "take Jira off"), so what is named there is dropped, not added.
/// </summary>
public sealed partial class RequirementChangeReader
{
    /// <summary>
    /// What the recruiter leaves, as ranges of the text: what is negated ("not Munich", "instead of Vue",
    /// "rather than senior") up to the end of its clause, a "but"/"and" or what puts it right ("not ten, I meant eight",
    /// "not Leeds it's Manchester"), and what is swapped out ("swap
    /// Kafka for RabbitMQ", "replace Vue with React", "Jenkins -> GitHub Actions").
    /// </summary>
    private List<Left> LeftSpans(string text) =>
    [
        .. Negated().Matches(text).Concat(Refused().Matches(text)).Concat(Swaps(text)).Concat(Arrowed().Matches(text)).Concat(TakenOff().Matches(text))
            .Select(m => m.Groups["left"])
            .Select(g => new Left(g.Index, g.Length)),
    ];

    /// <summary>
    /// The message read without what it leaves, but with the places the whole message names outside those spans:
    /// in "Boulder, not Denver" the contrast is what makes "Boulder" a place, and the blanked text no longer has it.
    /// "fully on the ground, not remote obviously": a work arrangement taken back says the role is on site, which the
    /// blanked text no longer says either.
    /// </summary>
    private static RoleReading WithoutLeft(RoleReading whole, RoleReading blanked, List<Left> left)
    {
        if (whole.Places.Remote == RemotePolicy.OnSite && blanked.Places.Remote == RemotePolicy.Unspecified)
        {
            blanked = blanked with { Places = blanked.Places with { Remote = RemotePolicy.OnSite } };
        }

        var spans = whole.Places.Spans.Where(s => s.IsPlace).ToList();
        if (spans.Count != whole.Places.Places.Count)
        {
            return blanked;
        }

        var kept = whole.Places.Places.Where((_, i) => !left.Exists(l => l.Contains(spans[i].Start)));
        List<Place> places = [.. kept.Concat(blanked.Places.Places).DistinctBy(p => (p.Kind, p.Name, p.CountryCode))];
        return places.Count == blanked.Places.Places.Count ? blanked : blanked with { Places = blanked.Places with { Places = places } };
    }

    private static string Blank(string text, List<Left> spans)
    {
        var chars = text.ToCharArray();
        foreach (var span in spans)
        {
            Array.Fill(chars, ' ', span.Start, span.Length);
        }

        return new string(chars);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:not|no longer|instead of|rather than|in place of|except|statt|anstatt|anstelle von|au lieu de|en lugar de|en vez de|invece di|in plaats van|zamiast|em vez de)\s+(?:in\s+|from\s+|based in\s+)?(?<left>[^,.;:!?\n—–]+?)(?=\s+(?:but|and|-)\s|\s+(?:i|we)\s+(?:said|meant|mean)\b|\s+(?:it['’]?s|its|it\s+is)\s|\s*[,.;:!?\n—–]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Negated();

    // "scrap that, no SAP", "ok no Kafka then": "no" opening a clause before what it names leaves it (not "no need", "no rush", "no, …",
    // "no wait", nor "no remote", which says how the work is done).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=(?:^|[,;:.!?\n—–(])\s*(?:(?:and|but|so|ok|okay|then|also|actually|oh)\s+)?)no\s+(?!(?:need|longer|more|less|later|earlier|one|problem|problems|worries|worry|rush|way|wait|preference|thanks|pressure|idea|stress|minimum|min|max|level|location|years?|yrs?|experience|requirement|i|we|it|that|this|\d+|remote|hybrid|on-?site|office|wfh|work\s+from\s+home|home\s+working|travel|relocation|visa|sponsorship)\b)(?<left>[^,.;:!?\n—–]+?)(?=\s+(?:but|and|-|pls|please|then|needed|required|anymore|any\s+more|after\s+all|thanks)\b|\s*[,.;:!?\n—–)]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Refused();

    /// <summary>"swap Ray for Kubeflow": what comes in after a swap takes the kind of the requirement it replaces.</summary>
    private QualificationKind? ReplacedKind(string text, int start, IReadOnlyList<Qualification> current)
    {
        foreach (var swap in Swaps(text))
        {
            if (IncomingSpan(text, swap) is var (from, end) && (start < from || start > end))
            {
                continue;
            }

            var leaving = LeftSubjects(swap.Groups["left"].Value);
            var kinds = current.Where(q => q.Subject is { } s && leaving.Contains(s)).Select(q => q.Kind).Distinct().ToList();
            return kinds.Count == 1 ? kinds[0] : null;
        }

        return null;
    }

    /// <summary>
    /// The swaps of one requirement for another; not a language's level changed ("cambia inglés avanzado por intermedio",
    /// "swap fluent French for conversational"), which keeps the language as it is.
    /// </summary>
    private IEnumerable<System.Text.RegularExpressions.Match> Swaps(string text) =>
        Swapped().Matches(text).Where(swap => IncomingSpan(text, swap) is var (start, end) && !roles.IsLanguageLevel(text[start..end].Trim()));

    /// <summary>Where what comes in after a swap's "for" stands: up to the end of its clause.</summary>
    private static (int Start, int End) IncomingSpan(string text, System.Text.RegularExpressions.Match swap)
    {
        var start = swap.Index + swap.Length;
        return (start, text.IndexOfAny(ClauseEnds, start) is var stop and >= 0 ? stop : text.Length);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:swap|switch|replace|exchange|trade|substitute|cambia|cambiar|sustituye|sustituir|reemplaza|reemplazar|remplace|remplacez|remplacer|ersetze|ersetzen|tausche|tauschen|sostituisci|sostituire|troca|trocar|substitui|substituir|vervang|vervangen|zamień|wymień)\s+(?:out\s+)?(?<left>[^,.;:!?\n]+?)\s+(?:for|with|by|to|por|par|durch|gegen|con|door|na)\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Swapped();

    // "take Jira off", "knock the SQL bit off the list", "cross Kafka off": what a verb parts from "off" is left.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:take|taking|knock|knocking|cross|crossing|strike|striking|leave|leaving)\s+(?<left>(?!(?:it|that|this|them|him|her|one|time|a\s+(?:day|week|bit))\b)[^,.;:!?\n]{1,40}?)\s+off\b(?!\s+(?:work|sick|duty|shift|early))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TakenOff();

    // "Jenkins -> GitHub Actions", "Berlin → Munich": what stands before the arrow in its clause is left.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=(?:^|[,;:.!?\n])\s*)(?<left>[^,.;:!?\n]+?)\s*(?:-{1,2}>|→|=>|⇒)\s*(?=\S)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Arrowed();

    // "too pricey", "too far": "too" as "more than enough", not "as well".
    [System.Text.RegularExpressions.GeneratedRegex(@"\btoo\s+(?!(?:please|pls|thanks|thx)\b)\p{L}+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TooMuch();

    // "and add", "plus", "also": the word that adds the requirement after it.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:add|adding|plus|also|include|including)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AddedBefore();

    /// <summary>A range of the text the recruiter leaves.</summary>
    private readonly record struct Left(int Start, int Length)
    {
        public bool Contains(int at) => at >= Start && at < Start + Length;
    }
}
