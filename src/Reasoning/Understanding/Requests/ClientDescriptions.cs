using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// "from a logistics client in Rotterdam", "a fashion retail client (Primark)", "para un cliente del sector retail", "voor een klant in
/// de logistiek", "per un'azienda metalmeccanica", "für unseren Mandanten, ein Familienunternehmen im Maschinenbau": what the client or
/// employer is (its trade, its name in brackets) describes who hires, never what the candidate must know. The spans are found on the
/// text as written, so a requirement read there is let go while places and titles read there stay.
/// </summary>
public static partial class ClientDescriptions
{
    public static IReadOnlyList<(int Start, int End)> Spans(string text)
    {
        if (!Cue().IsMatch(text))
        {
            return [];
        }

        var spans = new List<(int, int)>();
        foreach (var pattern in new[] { Before(), After(), Bracket() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                spans.Add((match.Index, match.Index + match.Length));
            }
        }

        return spans;
    }

    /// <summary>Whether a requirement written at <paramref name="at"/> shares words with a description of the hirer.</summary>
    public static bool Inside(IReadOnlyList<(int Start, int End)> spans, int at, int length) => spans.Any(s => at < s.End && s.Start < at + length);

    // A word for whoever hires, in English, Dutch, Spanish, Portuguese, Italian, French and German.
    private const string Hirer = @"(?:clients?|customers?|company|firm|business|employer|brand|chain|klant|opdrachtgever|clientes?|empresa|azienda|impresa|ditta|entreprise|soci[ée]t[ée]|mandant(?:en)?|kunden?|firma|\p{L}*unternehmen)";

    [GeneratedRegex(Hirer, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Cue();

    // "a(n)/our/their … <hirer>": up to three words of trade between the article and the word for the hirer, which ends there
    // (not "client-facing", not "a client services manager").
    // Not the candidate's own background ("experience at a SaaS company", "someone who has worked in an agency firm").
    [GeneratedRegex(@"(?<![\p{L}'])(?<!\b(?:experience|exp|background|worked|working|work|comes?|coming)\s+(?:\p{L}+\s+)?(?:at|in|from|with|for)\s+)(?:an?|our|their|one|this|new|big|un|une|uno|una|un'|een|ein|eine|einen|einem|einer|unse?ren?|unserem|um|uma)\s+(?<what>[\p{L}&'.-]+(?:\s+[\p{L}&'.-]+){0,2}?)\s+"
        + Hirer + @"(?![\p{L}-])(?=\s*(?:$|[,.;:()\-–—!?/]|(?:in|at|from|based|who|that|they|is|are|and|we|out|of|on|near|up|down|over|with|en|em|no|na|a|in|im|à|au|de|del|do|da|di|op|uit)\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Before();

    // "<hirer> in the logistics sector", "cliente del sector retail", "klant in de logistiek", "Familienunternehmen im Maschinenbau",
    // "un'azienda metalmeccanica", "empresa logística": the trade said after the word for the hirer.
    [GeneratedRegex(@"(?<![\p{L}])" + Hirer + @"(?:\s+(?:in|from|of|del|de|do|da|della|dello|du|des|dans|in\s+de|in\s+het|uit\s+de|im|aus\s+der|aus\s+dem|in\s+der)(?:\s+(?:the|le|la|el|o|a|il|lo))?)?\s+(?:(?:sector|setor|settore|secteur|sektor|branche|bereich)\s+(?:de\s+|del\s+|della\s+|du\s+|de\s+la\s+|der\s+|des\s+)?)?(?<what>[\p{L}-]+(?:\s+[\p{L}-]+)?)(?=\s+(?:sector|industry|space|market)\b)"
        + @"|(?<![\p{L}])" + Hirer + @"\s+(?:del|do|da|della|du|de\s+la|des|der)\s+(?:sector|setor|settore|secteur|sektors?|branche)\s+(?:de\s+|del\s+|della\s+|du\s+|de\s+la\s+|der\s+|des\s+)?(?<what>[\p{L}-]+)"
        + @"|(?<![\p{L}])(?:klant|opdrachtgever|bedrijf)\s+(?:in|uit)\s+de\s+(?<what>[\p{L}-]+)"
        + @"|(?<![\p{L}])(?:\p{L}*unternehmen|mandant(?:en)?|kunden?|firma)\s+(?:im|in\s+der|aus\s+dem|aus\s+der)\s+(?<what>[\p{L}-]+)"
        + @"|(?<![\p{L}])(?:azienda|empresa|impresa|ditta|entreprise|soci[ée]t[ée])\s+(?<what>[\p{L}-]+(?:ic[ao]s?|ic[ao]|ier[ao]s?|ale|ari[ao]|ique|i[eè]re|aire|eira|ística|istica|ística|ina|ino|ana|ano))(?![\p{L}-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex After();

    // "a client (a housing association)", "a fashion retail client (Primark)": the client named or described in brackets.
    [GeneratedRegex(@"(?<![\p{L}])" + Hirer + @"\s*\((?<what>[^()]{1,60})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Bracket();
}
