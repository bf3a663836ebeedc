using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Reads where a request's work is: the places the role is based in, remote, hybrid or on site, and where a remote
/// worker must live. A name is read as a place only with evidence: a qualifier ("Portland, OR", "Cambridge UK"),
/// a cue ("in", "based in", "near", "relocation to", "-based", "office"), a segment of its own ("Senior SRE, Berlin"),
/// a list with a place ("Berlin or Munich"), or a capital letter and a big enough place ("Berlin backend engineer").
/// Names that are also words, people's names or skills (places/ambiguous.txt) need more, and names after "with",
/// "ask", "call"… are people.
/// </summary>
public sealed class PlaceReader(Gazetteer gazetteer)
{
    private const long BigCity = 100_000;
    private const long HugeCity = 1_000_000;
    private const long TownWithCue = 50_000;
    private const long TownAbroad = 250_000;

    // What a word that may be a misspelled city stands for while the evidence around it is weighed.
    private static readonly PlaceNames NoNames = new();

    public PlaceReading Read(string text) => Read(text, Tokenizer.Tokenize(text));

    // nearCountries: countries the conversation is already about; a name of several cities means the one in them ("also one in Valencia" after Barcelona).
    // vocabularyWord: whether a word is one of the job titles', skills' or requests' vocabularies ("head barman" is no misspelled Batman).
    // skillPhrases: the tokens of skills of several words the text names ("Manhattan WMS a plus"); a name inside one is no place.
    public PlaceReading Read(
        string text, IReadOnlyList<Token> tokens, IReadOnlyCollection<string>? nearCountries = null, Func<string, bool>? vocabularyWord = null,
        IReadOnlyList<(int FirstToken, int EndToken)>? skillPhrases = null)
    {
        if (tokens.Count == 0)
        {
            return PlaceReading.None;
        }

        var work = new WorkArrangement(text, tokens, gazetteer.Cues);
        var named = gazetteer.Names.FindAll(text, tokens).Where(m => !work.Overlaps(m)).ToList();
        var mentions = named.Where(m => !(skillPhrases ?? []).Any(s => s.FirstToken <= m.FirstToken && m.EndToken <= s.EndToken && s.EndToken - s.FirstToken > m.TokenCount)).ToList();
        var evidence = new PlaceEvidence(text, tokens, gazetteer.Cues);
        var read = new List<ReadPlace>();
        var qualifiers = new HashSet<int>();
        var covered = new List<PlaceSpan>();
        // "right to work in the UK" says where a candidate may work: the role's place only when the work is remote.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (qualifiers.Contains(i))
            {
                continue;
            }

            var mention = mentions[i];
            if (evidence.InSomeoneElsesMove(mention))
            {
                continue;
            }

            if (Qualified(mention, i, mentions, tokens, qualifiers) is { } qualified)
            {
                read.Add(qualified);
            }
            else if ((read.Count > 0 || nearCountries is { Count: > 0 }) && evidence.Covered(mention))
            {
                // "French a plus for the Quebec accounts" for a role in Toronto: beside the role's own place, what the work covers
                // is no second place, and no requirement either.
                covered.Add(new PlaceSpan(mention.Start, mention.Length, TakenBack: true));
            }
            else if (!(work.Policy != RemotePolicy.Remote && evidence.AfterWorkPermit(mention))
                && (Accept(PartOfCity(mention, tokens, text, nearCountries) ?? mention) ?? (CityOfDistrict(mention, tokens, text) is { } city ? Accept(city) : null)) is { } accepted)
            {
                read.Add(accepted);
            }
        }

        ReadPlace? Accept(PhraseMatch<PlaceNames> mention) =>
            Accepted(mention, mentions, evidence, read.Count > 0 ? read[^1] : null, tokens, work.Adjoins(mention), nearCountries, text);

        // A name inside a skill is no misspelled place either.
        read.AddRange(Misspelled(tokens, named, evidence, work, placeRead: read.Count > 0, vocabularyWord));
        read.AddRange(ShortCountryNames(tokens, named, evidence, work.Policy == RemotePolicy.Remote));
        read.Sort((a, b) => a.Start.CompareTo(b.Start));
        PlaceLists.ListedWithTheNext(read, tokens, nearCountries);
        var districts = read.Where(district => PlaceLists.IsDistrictOf(district, read, tokens) || PlaceLists.QualifiedAgain(district, read)).ToList();
        read.RemoveAll(districts.Contains);
        var takenBack = PlaceCorrections.Apply(read, text);
        for (var k = 0; k < read.Count; k++)
        {
            // "remote within the US or Canada": a place listed after a remote scope is one too. Without a word
            // saying the work is remote, "anywhere in Germany" is where the role is based, not a remote scope.
            read[k].RemoteScope = work.Policy == RemotePolicy.Remote
                && (work.Scopes(read[k]) || (k > 0 && read[k - 1].RemoteScope && PlaceLists.Listed(read[k - 1], read[k].FirstToken, tokens)));
        }

        var policy = work.Policy;
        if (policy == RemotePolicy.Remote && read.Count > 0 && read.All(p => !p.RemoteScope && p.Place is GazetteerCountry or GazetteerZone))
        {
            // "Senior ML Engineer (Remote, US)", "remote, Germany": a remote role whose only places are countries or zones is limited to them.
            foreach (var place in read)
            {
                place.RemoteScope = true;
            }
        }
        return new PlaceReading(
            Distinct(read.Where(p => !p.RemoteScope)),
            policy,
            Distinct(read.Where(p => p.RemoteScope)),
            [
                .. read.Select(p => new PlaceSpan(p.Start, p.End - p.Start))
                    .Concat(takenBack.Concat(districts).Select(p => new PlaceSpan(p.Start, p.End - p.Start, TakenBack: true)))
                    .Concat(work.Phrases.Select(p => new PlaceSpan(p.Start, p.Length, Arrangement: true)))
                    .Concat(covered)
                    .OrderBy(s => s.Start),
            ]);
    }

    /// <summary>
    /// "Portland, OR", "Cambridge UK", "Zürich, CH", "Birmingham (UK)", "Hamilton in the Waikato": a name and the country or region
    /// it is in.
    /// </summary>
    private ReadPlace? Qualified(PhraseMatch<PlaceNames> mention, int index, List<PhraseMatch<PlaceNames>> mentions, IReadOnlyList<Token> tokens, HashSet<int> qualifiers)
    {
        var names = mention.Value;
        var next = mention.EndToken;
        // "Birmingham, UK", "Birmingham (UK)"; "London in Ontario", "a farm outside Hamilton in the Waikato" only with a name of a
        // country or region that holds a city of the name.
        var within = false;
        if (next < tokens.Count && tokens[next].Text is "," or "(")
        {
            next++;
        }
        else if (next + 1 < tokens.Count && tokens[next].Folded == "in")
        {
            next += tokens[next + 1].Folded == "the" ? 2 : 1;
            within = true;
        }

        if (next >= tokens.Count || (names.Cities.Count == 0 && names.Regions.Count == 0))
        {
            return null;
        }

        var following = index + 1 < mentions.Count && mentions[index + 1].FirstToken == next ? mentions[index + 1] : null;
        if (following is not null)
        {
            var place = following.Value.Countries.Select(c => names.Within(c.Code, null)).FirstOrDefault(p => p is not null)
                ?? following.Value.Regions.Select(r => names.Within(r.CountryCode, r)).FirstOrDefault(p => p is not null);
            if (place is not null)
            {
                qualifiers.Add(index + 1);
                return new ReadPlace(place, mention, following.EndToken, following.End, Cued: true);
            }
        }

        if (within)
        {
            return null;
        }

        var code = tokens[next];
        // "Austin, TX", and as typed in chat "austin tx" right after a city name.
        if (code.Kind == TokenKind.Word && code.Text.Length is 2 or 3 && (code.Text.All(char.IsUpper) || (code.Text.All(char.IsLower) && names.Cities.Count > 0 && names.Ambiguity is Ambiguity.None or Ambiguity.Name)))
        {
            var place = (gazetteer.FindCountry(code.Text) is { } country ? names.Within(country.Code, null) : null)
                ?? names.Cities.FirstOrDefault(c => c.RegionCode.Equals(code.Text, StringComparison.OrdinalIgnoreCase));
            if (place is not null)
            {
                if (following is not null)
                {
                    qualifiers.Add(index + 1);
                }

                return new ReadPlace(place, mention, next + 1, code.End, Cued: true);
            }
        }

        return null;
    }

    /// <summary>
    /// "paralegal chicago loop office": a district that the gazetteer holds as a town of its own, named after the city it is
    /// in, and not taken as written (in lower case, with no cue): the city's name at its start, when it names that city.
    /// </summary>
    private PhraseMatch<PlaceNames>? CityOfDistrict(PhraseMatch<PlaceNames> mention, IReadOnlyList<Token> tokens, string text)
    {
        if (mention.TokenCount < 2 || mention.Value.Preferred is not GazetteerCity district)
        {
            return null;
        }

        for (var count = mention.TokenCount - 1; count >= 1; count--)
        {
            var end = tokens[mention.FirstToken + count - 1].End;
            if (gazetteer.Lookup(text[mention.Start..end]) is { Preferred: GazetteerCity city } names
                && city.CountryCode == district.CountryCode && city.Population > district.Population && city.KilometresTo(district) <= PlaceLists.DistrictKilometres)
            {
                return new PhraseMatch<PlaceNames>(names, mention.FirstToken, count, mention.Start, end - mention.Start, text[mention.Start..end]);
            }
        }

        return null;
    }

    /// <summary>
    /// "a venue in east london (shoreditch)", "north berlin": a compass word and a city name that the gazetteer holds whole as a
    /// smaller town abroad (East London, ZA): a part of the city, unless the conversation is about the town's country.
    /// </summary>
    private PhraseMatch<PlaceNames>? PartOfCity(PhraseMatch<PlaceNames> mention, IReadOnlyList<Token> tokens, string text, IReadOnlyCollection<string>? nearCountries)
    {
        var compass = gazetteer.Cues.Compass.StartingAt(tokens, mention.FirstToken);
        if (compass == 0 || compass >= mention.TokenCount || mention.Value.Preferred is not GazetteerCity whole || nearCountries?.Contains(whole.CountryCode) == true)
        {
            return null;
        }

        var rest = text[tokens[mention.FirstToken + compass].Start..mention.End];
        return gazetteer.Lookup(rest) is { Preferred: GazetteerCity city } names && city.CountryCode != whole.CountryCode && city.Population > whole.Population
            ? mention with { Value = names }
            : null;
    }

    private static ReadPlace? Accepted(
        PhraseMatch<PlaceNames> mention, List<PhraseMatch<PlaceNames>> mentions, PlaceEvidence evidence, ReadPlace? previous, IReadOnlyList<Token> tokens, bool besideRemote,
        IReadOnlyCollection<string>? nearCountries, string text)
    {
        var names = mention.Value;
        // "out of Perth, Komatsu and Cat gear", "Dubai, Marina area": a town abroad, after a city of the role, is no second place
        // without a cue before it of its own.
        // "4 days in the Marina Bay office" for a role in Singapore: a town abroad beside another capitalized word is part of a longer name.
        var abroad = previous?.Place is GazetteerCity home && names.Within(home.CountryCode, null) is null && names.Preferred is GazetteerCity { Population: < TownAbroad };
        if (previous?.Place.ToPlace().CountryCode is { Length: > 0 } homeCountry && names.Within(homeCountry, null) is null
            && names.Preferred is GazetteerCity { Population: < TownAbroad } && (evidence.BeforeCapitalizedWord(mention) || evidence.AfterCapitalizedWord(mention)))
        {
            return null;
        }

        // "in Stockport no sorry Salford": the place said instead of the one taken back stands where it stood.
        var listed = previous is not null && (PlaceLists.Listed(previous, mention.FirstToken, tokens) || PlaceCorrections.TakesBack(text, previous, mention.Start)) && !abroad;
        // "Boston or Cambridge": a city listed with another is, when it can be, in the same country; so is a city
        // named in a conversation about a country; else the most populous of the name.
        var place = listed && previous!.Place is GazetteerCity partner && names.Preferred is GazetteerCity
            ? PlaceLists.PairedWith(previous, partner, names, nearCountries)
            : PlaceLists.Near(names, nearCountries) ?? names.Preferred;
        // "in victoria not vancouver" for a role in Vancouver: a name put right against a place of the conversation's country is its town
        // there, when the name is no city first of all (Victoria is a state of Australia too).
        var putInstead = place is not GazetteerCity && nearCountries is { Count: > 0 } && evidence.PutInsteadOfPlace(mention, mentions)
            ? nearCountries.Select(code => names.Within(code, null)).FirstOrDefault(p => p is GazetteerCity)
            : null;
        place = putInstead ?? place;
        var capital = PlaceEvidence.IsCapitalized(mention);
        var before = evidence.CueBefore(mention, out var strongBefore, out var filler);
        var after = evidence.CueAfter(mention, out var strongAfter);
        var contrasted = evidence.ContrastedWithPlace(mention, mentions);
        var cued = before || after || besideRemote || (listed && previous!.Cued) || contrasted;
        if (PlaceEvidence.IsShouted(mention) || evidence.IsWorkplace(mention, mentions) || (evidence.AfterPersonWord(mention) && !before) || (!cued && evidence.InOrganizationName(mention)) || (abroad && !before))
        {
            return null;
        }

        var population = place is GazetteerCity city ? city.Population : long.MaxValue;
        var nearTown = capital && place is GazetteerCity town && nearCountries?.Contains(town.CountryCode) == true;
        var accepted = names.Ambiguity switch
        {
            // "Care aide in Phoenix, dementia care": a plain "in" will do when the name closes its clause; "the phoenix area",
            // in any case, is a place.
            Ambiguity.Skill => evidence.BeforeRegionWord(mention) || (capital && (strongBefore || strongAfter || (before && !filler && evidence.EndsPlaceClause(mention)))),
            Ambiguity.Date => capital && (strongBefore || strongAfter),
            // "broaden it to Limerick as well" for a role in Cork: a word that is also a town, capitalized inside the sentence, there.
            // "bath would work too" for a role in Bristol: in lower case only when it opens its clause, offered beside the role's place,
            // and the conversation is about its country.
            Ambiguity.Word => (capital && !evidence.RunsOn(mention) && ((cued && !evidence.BeforeAnotherName(mention, mentions)) || (nearTown && mention.FirstToken > 0)))
                || (!capital && place is GazetteerCity offered && nearCountries?.Contains(offered.CountryCode) == true && evidence.OfferedBeside(mention))
                // "the campus is in victoria not vancouver": after a cue, put right against a place of the conversation's country.
                || (!capital && before && !filler && putInstead is not null)
                // "meant bath not bristol", "not Bristol, it's Bath" for a role in Bristol: a town of the conversation's country said
                // in place of a place.
                || (place is GazetteerCity instead && nearCountries?.Contains(instead.CountryCode) == true
                    && ((!capital && before && !filler && evidence.PutInsteadOfPlace(mention, mentions)) || (capital && evidence.CorrectsPlace(mention, mentions)))),
            _ when names.Ambiguity == Ambiguity.Name && evidence.BeforeAnotherName(mention, mentions) => false,
            // "limerick or ennis, either", "galway": a message of nothing but names that are nothing but places names places.
            _ when names.Ambiguity == Ambiguity.None && evidence.OnlyPlaceNames(mentions) => true,
            // "it's vejle not aarhus" in a conversation about Denmark: a town put right against a place, in its country.
            _ when contrasted && place is GazetteerCity against && nearCountries?.Contains(against.CountryCode) == true => true,
            // "lausanne also possible" for a role in Geneva: a town offered beside the role's, in its country, in lower case too.
            _ when !capital && place is GazetteerCity besideTown && nearCountries?.Contains(besideTown.CountryCode) == true && evidence.OfferedBeside(mention) => true,
            // "in hamburg" as typed in chat, "for our london team"; but "in the canton of Zurich" names no Guangzhou.
            // "clerk in johannesburg sage experience": a city big enough to be taken with no cue at all is taken after one too.
            // "in the phoenix area epa 608 required": a metro's name, taken with no evidence at all, is taken after a cue whatever follows.
            // "based on the gold coast": a name of several words that are nothing but a place, after a filler too.
            _ when cued && filler && names.Ambiguity == Ambiguity.None && mention.TokenCount > 1 && population >= TownWithCue => true,
            _ when cued => capital || place is GazetteerMetro || (place is GazetteerCity && population >= HugeCity) || (population >= TownWithCue && evidence.BeforeSiteWord(mention))
                || ((!(filler && place is GazetteerCity) || contrasted) && population >= TownWithCue
                    // "the hotel in edinburgh front of house side": a big city that is nothing but a city runs on into no phrase.
                    && (!evidence.RunsOn(mention) || (names.Ambiguity == Ambiguity.None && !filler && population >= BigCity))),
            _ when listed || evidence.StandsAlone(mention) => capital || (population >= BigCity && !evidence.RunsOn(mention)),
            // "add Galway" with a role in Cork open: a town written with its capital, in a country the conversation is about.
            _ when nearTown && names.Ambiguity == Ambiguity.None => !evidence.RunsOn(mention),
            // "data engineer helsinki, python" as typed in chat: a city that is nothing but a city, closing the words before it.
            _ when names.Ambiguity == Ambiguity.None && place is GazetteerCity { Population: >= BigCity } && mention.FirstToken > 0
                && evidence.SeparatedAfter(mention.EndToken) => true,
            // "LA's confirmed hybrid is fine" for a role in Birmingham: letters that abbreviate a city abroad, with no evidence at all,
            // name something else of the conversation (there, the local authority).
            _ when place is GazetteerCity { } abbreviated && nearCountries is { Count: > 0 } && !nearCountries.Contains(abbreviated.CountryCode)
                && mention.Text.Length <= 3 && mention.Text.All(char.IsUpper) => false,
            // With no evidence at all only a big city or a metro ("Berlin backend engineer", "bay area engineers"), never
            // a country or region: "China experience" is about a market, not where the work is.
            _ => place switch
            {
                GazetteerCity bare => bare.Population >= (capital ? BigCity : HugeCity),
                GazetteerMetro => true,
                _ => false,
            },
        };
        return accepted ? new ReadPlace(place, mention, mention.EndToken, mention.End, cued) : null;
    }

    /// <summary>
    /// "assistant store manager, manchster", "based in Frankfrut", "hotel receptionist copenhagn, opera pms", "roterdam port area",
    /// "our cincinatti hospital": a big city's name with a slip, where a place is expected (after a cue, before one or a word for a
    /// workplace, as a segment of its own, or closing the first words of a request that names no other place) and no other place
    /// was read there; never a word of the titles', skills' or requests' vocabularies. A short name ("in Olso") needs its capital and a cue.
    /// </summary>
    private IEnumerable<ReadPlace> Misspelled(
        IReadOnlyList<Token> tokens, List<PhraseMatch<PlaceNames>> mentions, PlaceEvidence evidence, WorkArrangement work, bool placeRead, Func<string, bool>? vocabularyWord)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || token.Folded.Length < 4 || mentions.Any(m => i >= m.FirstToken && i < m.EndToken))
            {
                continue;
            }

            var probe = new PhraseMatch<PlaceNames>(NoNames, i, 1, token.Start, token.End - token.Start, token.Text);
            // As with a city typed in lower case, a filler after the cue needs a workplace after the name ("for the albequerque
            // plant"): "for the chandelier" is no misspelled Chandler.
            var cued = evidence.CueBefore(probe, out _, out var filler) && !filler;
            var expected = token.Folded.Length < 6
                ? cued && char.IsUpper(token.Text[0])
                : cued || evidence.CueAfter(probe, out _) || evidence.BeforeSiteWord(probe) || evidence.StandsAlone(probe)
                    || (!placeRead && !filler && i > 0 && evidence.SeparatedAfter(i + 1) && Enumerable.Range(1, i).All(k => !evidence.SeparatedBefore(k)));
            if (!expected || work.Overlaps(probe) || evidence.AfterPersonWord(probe) || vocabularyWord?.Invoke(token.Folded) == true
                || gazetteer.Spelling.Meant(token.Folded) is not { } meant || gazetteer.Lookup(meant) is not { Preferred: GazetteerCity } names
                || names.Ambiguity != Ambiguity.None)
            {
                continue;
            }

            yield return new ReadPlace(names.Preferred, probe with { Value = names }, i + 1, token.End, Cued: true);
        }
    }

    // Short names of countries and unions typed in lower case in chat ("uk only"); "us" is the pronoun too often.
    private static readonly HashSet<string> LowerCaseShortNames = new(StringComparer.Ordinal) { "uk", "eu", "usa", "uae" };

    /// <summary>
    /// "could be remote, uk only", "fully remote is fine, NL only", "remote, anywhere in NZ", "uk based only": a common short name in lower
    /// case before "only" or a word of living there, or in a remote role a country's two-letter code in capitals before "only" or after a cue ("HR only",
    /// "QA only" name departments elsewhere), and "remote us only".
    /// </summary>
    private IEnumerable<ReadPlace> ShortCountryNames(IReadOnlyList<Token> tokens, List<PhraseMatch<PlaceNames>> mentions, PlaceEvidence evidence, bool remote)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || mentions.Any(m => i >= m.FirstToken && i < m.EndToken))
            {
                continue;
            }

            var probe = new PhraseMatch<PlaceNames>(NoNames, i, 1, token.Start, token.End - token.Start, token.Text);
            var only = WorkArrangement.OnlyAfter(tokens, i + 1);
            var code = remote && token.Text.Length == 2 && token.Text.All(char.IsAsciiLetterUpper);
            var names = only || (remote && token.Text.Length == 2 && evidence.CueBefore(probe, out _, out _)) ? ShortCountryName(tokens, i, remote, code) : null;
            if (names?.Preferred is { } place and (GazetteerCountry or GazetteerZone))
            {
                yield return new ReadPlace(place, probe with { Value = names }, i + 1, token.End, Cued: true);
            }
        }
    }

    // The names a short form stands for: a code in capitals, "us" right after the remote arrangement or a comma ("for us
    // only" is the pronoun), or a common short name in lower case.
    private PlaceNames? ShortCountryName(IReadOnlyList<Token> tokens, int i, bool remote, bool code)
    {
        var text = tokens[i].Text;
        var country = code ? gazetteer.FindCountry(text)
            : remote && text == "us" && i > 0 && tokens[i - 1].Folded is "remote" or "," ? gazetteer.FindCountry("US")
            : null;
        return country is not null ? gazetteer.Lookup(country.Name)
            : LowerCaseShortNames.Contains(text) ? gazetteer.Lookup(text.ToUpperInvariant())
            : null;
    }

    private static List<Place> Distinct(IEnumerable<ReadPlace> places) => [.. places.Select(p => p.Place.ToPlace()).Distinct(PlaceComparer.Instance)];
}
