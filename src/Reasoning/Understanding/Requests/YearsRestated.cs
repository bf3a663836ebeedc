using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// "8 is too many, let's say 6", "3 yrs would do tbh, 5 is too many for the budget": the years a role asks for,
/// named back as too many, with the one other number (or range, read as its low end: "6 is too much, 3-5 is fine") that replaces them, before or after. Only the number the
/// role asks for now is read this way, and not in a message about candidates, so a count of candidates ("8 is too
/// many to review") changes nothing. Years said to be enough ("3 yrs is enough actually", "scratch that, 5 is fine") replace them
/// too, when the message names them as years or puts something right.
/// </summary>
public static partial class YearsRestated
{
    /// <summary>The years that replace <paramref name="current"/>, or null when the message does not name them back with another number.</summary>
    public static int? NewValue(string message, int? current)
    {
        if (current is not null && !AboutCandidates().IsMatch(message) && Enough().Match(message) is { Success: true } enough
            && int.Parse((enough.Groups["low"].Success ? enough.Groups["low"] : enough.Groups["n"]).Value, CultureInfo.InvariantCulture) is var said && said != current && said > 0
            && (enough.Groups["unit"].Success || PutsRight().IsMatch(message)))
        {
            return said;
        }

        if (current is not null && !AboutCandidates().IsMatch(message) && Replaced(message, current.Value) is { } replaced)
        {
            return replaced;
        }

        if (current is null || TooMany().Match(message) is not { Success: true } match || AboutCandidates().IsMatch(message)
            || int.Parse(match.Groups["old"].Value, CultureInfo.InvariantCulture) != current)
        {
            return null;
        }

        var others = Numbers().Matches(message)
            .Where(n => n.Index < match.Index || n.Index >= match.Index + match.Length)
            .Select(n => int.Parse(n.Groups["n"].Value, CultureInfo.InvariantCulture))
            .Where(n => n != current)
            .Distinct()
            .ToList();
        return others is [var replacement] ? replacement : null;
    }

    /// <summary>
    /// "5 Jahre statt 3", "mets 5 ans au lieu de 3", "instead of 3, 5": a number put in the place of the years the role asks for now;
    /// "bump it to 5", "maak er 2 jaar van", "metti 4 anni": the years set to a number of their own, the only number the message has.
    /// </summary>
    private static int? Replaced(string message, int current)
    {
        foreach (var match in Swapped().Matches(message).Cast<Match>())
        {
            if (int.Parse(match.Groups["old"].Value, CultureInfo.InvariantCulture) == current
                && int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) is var said && said != current && said > 0)
            {
                return said;
            }
        }

        if (SetTo().Match(message) is { Success: true } set && int.Parse(set.Groups["n"].Value, CultureInfo.InvariantCulture) is var value && value != current && value > 0
            && Numbers().Matches(message).Select(n => int.Parse(n.Groups["n"].Value, CultureInfo.InvariantCulture)).All(n => n == value || n == current))
        {
            return value;
        }

        return null;
    }

    private const string YearsUnit = @"(?:years?|yrs?|jahre?n?|jaar|jaren|ans|ann[ée]es|a[ñn]os?|anni|anos?|lata?|[åa]r|[åa]rs|saal|sal|y[ıi]l)";

    // "5 years instead of 3", "4 Jahre statt 3", "5 ans, pas 3"; and the old one first: "instead of 3, 5 years", "statt 3 lieber 5". Not a
    // range put right ("3 to 5 not 4 to 6"): the ranges are read elsewhere.
    [GeneratedRegex(@"(?<![\d.,:/#])(?<!\d\s*(?:-|–|—|to)\s*)\b(?<n>\d{1,2})\s*\+?\s*" + YearsUnit + @"?\s*,?\s*" + Contrast.Words + @"\s+(?:(?:the|die|den|les|los|las|i|gli|de|os|as)\s+)?(?<old>\d{1,2})\b(?![.,:/]\d)(?!\s*(?:-|–|—|to)\s*\d)"
        + @"|\b" + Contrast.Words + @"\s+(?:(?:the|die|den|les|los|las|i|gli|de|os|as)\s+)?(?<old>\d{1,2})\s*" + YearsUnit + @"?\s*[,:;]?\s*(?:(?:lieber|plut[ôo]t|mejor|meglio|liever|lepiej|hellre|hellere|make\s+it|let['’]s\s+say|go\s+with)\s+)?(?<n>\d{1,2})\b(?![.,:/]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Swapped();

    // "bump it to 5", "make it 4 yrs", "take it down to 2", "maak er 2 jaar van", "mach 5 Jahre draus", "mets 4 ans", "metti 4 anni", "ponle 3 años",
    // "zrób 5 lat", "gör det till 3 år", "gør det til 3 år": the verb of an edit, then the number and nothing else but the word of years.
    [GeneratedRegex(@"\b(?:(?:make|bump|raise|lower|drop|up|change|put|set|take|move|push|knock|bring)\s+(?:it|that|this|them|the\s+(?:years?|yrs|experience|minimum))(?:\s+(?:up|down|back))?(?:\s+to)?|(?:let['’]s\s+)?(?:say|go\s+with)|maak\s+(?:er|het)|zet\s+(?:er|het)\s+(?:op)?|mach(?:e|t)?(?:\s+(?:es|da|mal))?|setz(?:e|t)?\s+(?:es\s+)?auf|mets(?:-en|-y)?|mettez|metti(?:ne|amo)?|pon(?:le|ga|gan|emos)?|p[õo]e|coloca|coloque|zr[óo]b(?:\s+z\s+tego)?|daj|ustaw|g[öo]r\s+(?:det|den)(?:\s+till)?|s[äa]tt\s+(?:det|den)(?:\s+till)?|g[øo]r\s+(?:det|den)(?:\s+til)?|s[æe]t\s+(?:det|den)(?:\s+til)?)\s+(?<n>\d{1,2})\s*\+?\s*" + YearsUnit + @"?(?:\s+(?:van|draus|daraus|d['’]exp[ée]rience|de\s+experiencia|di\s+esperienza|de\s+experi[êe]ncia|do[śs]wiadczenia|erfarenhet|erfaring|(?:of\s+)?(?:experience|exp)))?(?=\s*(?:$|[.,;!?)]|\s(?:please|pls|instead|then|thanks|bitte|svp|por\s+favor|per\s+favore|alsjeblieft|graag|proszę|tack|tak|i\s+stedet|i\s*st[äa]llet|stattdessen|[àa]\s+la\s+place|en\s+su\s+lugar|invece|in\s+plaats\s+daarvan|zamiast\s+tego|em\s+vez\s+disso)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetTo();

    // Too many in other languages too ("7 zyada hai", "8 Jahre sind zu viel", "6 años es demasiado", "5 ans c'est trop", "8 to za dużo").
    [GeneratedRegex(@"(?<![\d.,])\b(?:the\s+)?(?<old>\d{1,2})\s*\+?\s*(?:years?|yrs?)?(?:\s+of\s+experience)?\s*(?:(?:is|are|['’]s|seems?|feels?|sounds?)\s+(?:(?:way|far|a\s+bit|a\s+little|slightly|just|probably|honestly)\s+)?(?:too\s+(?:many|much|high|steep|long)|a\s+lot|a\s+bit\s+much|excessive|overkill|a\s+stretch|unrealistic)\b"
        + @"|(?:(?:jahre?|años|anos|ans|anni|jaar|lat|saal|sal|år)\s+)?(?:(?:ist|sind|es|son|est|c['’]est|sont|è|sono|é|são|zijn|is|jest|to|hai|h)\s+)?(?:(?:bahut|kaafi|thoda|viel|un\s+poco|un\s+peu|un\s+po|um\s+pouco|wat|trochę|veel|echt|muy)\s+)?(?:zyada|jyada|zyaada|zu\s+viele?|zuviel|demasiad[oa]s?|trop|troppi|troppo|za\s+dużo|za\s+wiele|za\s+duzo|demais|te\s+veel|för\s+många|för\s+mycket)(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TooMany();

    // "3 yrs is enough", "5 is fine", "four years would do": a number of years, said to be enough; of a range ("3-5 yrs is fine"), its low end.
    [GeneratedRegex(@"(?<![\d.,:/#])\b(?:(?<low>\d{1,2})\s*(?:-|–|to)\s*)?(?<n>\d{1,2})\s*\+?\s*(?<unit>years?|yrs?)?(?:\s+(?:of\s+)?(?:experience|exp))?\s*(?:(?:is|are|['’]s|would\s+be|will\s+be|should\s+be|seems?|sounds?)\s+(?:(?:probably|honestly|totally|actually|more\s+than|just)\s+)?(?:enough|fine|ok|okay|plenty|sufficient|adequate)|(?:would|will|should)\s+do)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Enough();

    // "scratch that, 5 is fine", "actually 4 is ok": a bare number put right.
    [GeneratedRegex(@"\b(?:scratch\s+that|actually|on\s+second\s+thought|no\s+wait|sorry|my\s+bad|after\s+all|instead|change\s+of\s+plan)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PutsRight();

    // A range's top ("3-5") is no number of its own: the range stands for its low end.
    [GeneratedRegex(@"(?<![\d.,:/])(?<!\d\s*(?:-|–|to)\s*)\b(?<n>\d{1,2})\b(?![.,:/]\d)(?!\s*(?:candidates?|people|profiles|%|k\b|am\b|pm\b|min|mins|minutes|hours?|days?|weeks?|months?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\b(?:review|look\s+(?:at|through)|go\s+through|read|candidates?|profiles?|people|show|send|contact|message|interview|shortlist)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutCandidates();
}
