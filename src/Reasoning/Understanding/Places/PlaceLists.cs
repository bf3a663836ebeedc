using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Which of a name's places is meant beside the other places of a text: listed with another city ("Leeds or Bradford"),
/// named in a conversation about a country, set beside the big city it is a district of ("Sydney, Surry Hills").
/// </summary>
internal static class PlaceLists
{
    // How far from a city's centre a district named after it lies ("Chicago Loop" is 4 km from Chicago's).
    internal const double DistrictKilometres = 15;

    // How much bigger a city is than a district of it named beside it ("Sydney, Surry Hills"); towns nearer in size are both meant ("Manchester, Salford").
    private const long DistrictTimesSmaller = 20;

    // A city of the conversation's countries is meant over a larger namesake elsewhere ("Valencia" after Zaragoza), unless it is
    // a town beside a city ("Paris" after Austin is not Paris, Texas): it must have this share of the namesake's people.
    private const double NearCityShare = 0.05;

    internal static IGazetteerPlace? Near(PlaceNames names, IReadOnlyCollection<string>? countries) =>
        names.Preferred is GazetteerCity preferred && countries is { Count: > 0 }
            ? countries.Select(code => names.Within(code, null)).FirstOrDefault(p => p is not null && (p is not GazetteerCity city || city.Population >= preferred.Population * NearCityShare))
            : null;

    /// <summary>
    /// "Leeds or Bradford": a city listed after another, in the other's country when its name can be. But of two namesakes listed
    /// together ("Cambridge or Boston"), the pair of one country with the more people is meant, so the name's usual city stands when
    /// the city before has a namesake in its country (which <see cref="ListedWithTheNext"/> then takes), unless the city before was
    /// qualified or is of the conversation's countries.
    /// </summary>
    internal static IGazetteerPlace PairedWith(ReadPlace previous, GazetteerCity partner, PlaceNames names, IReadOnlyCollection<string>? nearCountries)
    {
        var beside = names.Within(partner.CountryCode, null);
        if (names.Preferred is not GazetteerCity usual || usual.CountryCode == partner.CountryCode || previous.EndToken != previous.Mention.EndToken
            || nearCountries?.Contains(partner.CountryCode) == true || previous.Mention.Value.Within(usual.CountryCode, null) is not GazetteerCity namesake)
        {
            return beside ?? names.Preferred;
        }

        var here = partner.Population + ((beside as GazetteerCity)?.Population ?? 0);
        return namesake.Population + usual.Population > here && namesake.Population * 10 >= partner.Population ? usual : beside ?? usual;
    }

    /// <summary>
    /// "Valencia or Alicante": a city listed before another is, when its name can be, in the other's country,
    /// as one listed after is (see <see cref="PairedWith"/>); not when its country was said beside it or is the conversation's, nor
    /// for a namesake a tenth its size ("Toronto or New York" keeps Toronto in Canada).
    /// </summary>
    internal static void ListedWithTheNext(List<ReadPlace> read, IReadOnlyList<Token> tokens, IReadOnlyCollection<string>? nearCountries)
    {
        for (var k = read.Count - 2; k >= 0; k--)
        {
            if (read[k].Place is GazetteerCity first && read[k + 1].Place is GazetteerCity second && first.CountryCode != second.CountryCode
                && read[k].EndToken == read[k].Mention.EndToken && nearCountries?.Contains(first.CountryCode) != true
                && Listed(read[k], read[k + 1].FirstToken, tokens) && read[k].Mention.Value.Within(second.CountryCode, null) is GazetteerCity same
                && same.Population * 10 >= first.Population)
            {
                read[k] = read[k] with { Place = same };
            }
        }
    }

    // "Berlin or Munich", "London/Manchester", "US, UK and Canada", "Valencia o Alicante": only list words between two places.
    internal static bool Listed(ReadPlace previous, int first, IReadOnlyList<Token> tokens)
    {
        var between = first - previous.EndToken;
        return between is >= 1 and <= 2 && Enumerable.Range(previous.EndToken, between).All(k => PlaceEvidence.ListWords.Contains(tokens[k].Folded));
    }

    /// <summary>
    /// "in Sydney now, Surry Hills", "Shoreditch, London": a small town the gazetteer holds of its own, set beside a much bigger
    /// city of its country with no word of a list between them, and lying within that city, is the part of it the work is in.
    /// </summary>
    internal static bool IsDistrictOf(ReadPlace district, List<ReadPlace> read, IReadOnlyList<Token> tokens) =>
        district.Place is GazetteerCity part && read.Exists(other => other != district && other.Place is GazetteerCity city
            && city.CountryCode == part.CountryCode && city.Population >= part.Population * DistrictTimesSmaller && city.KilometresTo(part) <= DistrictKilometres
            && Beside(district.FirstToken < other.FirstToken ? (district.EndToken, other.FirstToken) : (other.EndToken, district.FirstToken), tokens));

    /// <summary>
    /// "Austin TX … roofs all day in Texas heat": a region named after a city qualified with a name or code is the city's surroundings
    /// again, no place of its own (a country may be a remote scope: "Austin, TX or remote (US)").
    /// </summary>
    internal static bool QualifiedAgain(ReadPlace wider, List<ReadPlace> read) =>
        wider.Place is GazetteerRegion region && read.Exists(other => other.Place is GazetteerCity city && other.End <= wider.Start
            && other.EndToken > other.Mention.EndToken && PlaceNames.IsIn(city, region));

    // A comma, a dash or a bracket between two names, and no word of a list or another sentence ("Sydney now, Surry Hills").
    private static bool Beside((int From, int To) between, IReadOnlyList<Token> tokens)
    {
        var words = Enumerable.Range(between.From, Math.Max(0, between.To - between.From)).Select(k => tokens[k].Folded).ToList();
        return words.Count is >= 1 and <= 3 && words.Exists(w => w is "," or "-" or "–" or "—" or "(")
            && !words.Exists(w => w is "or" or "and" or "&" or "/" or "+" or "plus" or "also" or "either" or "nor" or "." or ";" or "!" or "?");
    }
}
