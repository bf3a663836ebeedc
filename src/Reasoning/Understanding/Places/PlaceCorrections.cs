using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// A place taken back in the same breath: "in Stockport no sorry Salford", "Munich no wait Frankfurt", "not Bristol,
/// it's Bath" keep the second; "Salford, not Stockport" and "Venlo instead of Tilburg" keep the first. Said aloud or typed fast, the first words are
/// not meant any more; only the place meant is read.
/// </summary>
internal static partial class PlaceCorrections
{
    /// <summary>Removes the places taken back from <paramref name="read"/> (in text order) and returns them.</summary>
    public static List<ReadPlace> Apply(List<ReadPlace> read, string text)
    {
        var takenBack = new List<ReadPlace>();
        for (var k = read.Count - 1; k > 0; k--)
        {
            var first = read[k - 1];
            var second = read[k];
            if (string.Equals(first.Place.Name, second.Place.Name, StringComparison.Ordinal))
            {
                continue;
            }

            var between = text[first.End..second.Start];
            if (TakingBack().IsMatch(between) || (Negated().IsMatch(text[..first.Start]) && Restates().IsMatch(between)))
            {
                takenBack.Add(first);
                read.RemoveAt(k - 1);
            }
            else if (NotAfter().IsMatch(between))
            {
                takenBack.Add(second);
                read.RemoveAt(k);
            }
        }

        return takenBack;
    }

    /// <summary>Whether only words taking <paramref name="place"/> back stand between it and <paramref name="next"/>.</summary>
    public static bool TakesBack(string text, ReadPlace place, int next) => next > place.End && TakingBack().IsMatch(text[place.End..next]);

    // Only words of taking back between the two, one of them saying so: "no sorry", "— wait, I mean", "um no".
    [GeneratedRegex(@"^[\s,.;:!?…–—-]*(?:(?:um+|uh+|erm?|oh|so|no|nope|nah|sorry|wait|actually|i\s+mean|i\s+meant|my\s+bad|scratch\s+that|or\s+rather|rather|make\s+that|correction)[\s,.;:!?…–—-]*)*?(?:no|nope|nah|sorry|wait|actually|i\s+mean|i\s+meant|my\s+bad|scratch\s+that|or\s+rather|make\s+that|correction)[\s,.;:!?…–—-]*(?:(?:um+|uh+|erm?|it['’]?s|its|it\s+is|in|the)[\s,.;:!?…–—-]+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex TakingBack();

    // "not" right before the first place: "sorry not Bristol it's Bath".
    [GeneratedRegex(@"\bnot\s+(?:in\s+|the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Negated();

    // What restates the place meant after "not A": "it's", "but", a comma.
    [GeneratedRegex(@"^[\s,;:–—-]*(?:(?:it['’]?s|its|it\s+is|but|rather|instead)\s+)*(?:in\s+|the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Restates();

    // "Salford, not Stockport", "Bath not Bristol", "Venlo i.p.v. Tilburg", "Amersfoort in plaats van Utrecht": the place after "not"
    // or "instead of" is the one taken back.
    [GeneratedRegex(@"^[\s,;:–—-]*(?:and\s+|but\s+|en\s+|maar\s+|und\s+|aber\s+|et\s+|mais\s+|e\s+|ma\s+|y\s+|pero\s+)?(?:not|niet|nicht|non|nie|instead\s+of|rather\s+than|in\s+plaats\s+van|i\.?\s?p\.?\s?v\.?|statt|anstatt|anstelle\s+von|au\s+lieu\s+de|en\s+lugar\s+de|en\s+vez\s+de|invece\s+di|zamiast|em\s+vez\s+de|i\s+stället\s+för)\s+(?:in\s+|the\s+|de\s+|het\s+|der\s+|du\s+|de\s+la\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex NotAfter();
}
