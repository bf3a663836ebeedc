using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>What the words around a place name in one text say: a cue before or after it, a segment of its own, a person or an organization.</summary>
internal sealed class PlaceEvidence(string text, IReadOnlyList<Token> tokens, PlaceCues cues)
{
    private const string Separators = ",;()[]/|:·•";
    private static readonly HashSet<string> SiteWords = new(StringComparer.Ordinal)
    {
        "office", "offices", "team", "teams", "hub", "site", "branch", "store", "shop", "location", "studio", "campus", "hq", "headquarters", "clinic", "warehouse", "plant", "depot", "kitchen", "restaurant", "hotel", "lab", "factory",
        "hospital", "school", "surgery", "pharmacy", "port", "dc", "rdc",
    };

    // Words after a name that make it a stretch of land: no skill or product is followed by them ("the phoenix area", "spring-based").
    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal) { "area", "metro", "metropolitan", "region", "based" };

    // Words of agreeing before "with" and a place ("fine with Gatineau").
    private static readonly HashSet<string> AgreeingWords = new(StringComparer.Ordinal) { "fine", "ok", "okay", "happy", "good", "cool", "alright" };

    private static readonly HashSet<string> SkillContext = new(StringComparer.Ordinal)
    {
        "experience", "experienced", "skilled", "skills", "expert", "expertise", "proficient", "proficiency", "knowledge", "background", "fluent", "using", "with", "years", "yrs",
    };

    /// <summary>Words that list places ("Berlin or Munich", "London/Manchester", "US, UK and Canada", "Valencia o Alicante").</summary>
    public static readonly IReadOnlySet<string> ListWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "or", "and", "&", "/", ",", "+", "o", "y", "e", "u", "ou", "et", "oder", "und", "of", "lub", "och", "eller", "ve", "veya",
    };

    // Words beside a list of places that name nothing else ("limerick or ennis, either", "either galway or cork").
    private static readonly HashSet<string> ListCompanions = new(StringComparer.Ordinal) { "either", "both", ".", "!", "-", "–" };

    /// <summary>"limerick or ennis, either", "galway": every word of the text is a place name or lists them.</summary>
    public bool OnlyPlaceNames(IReadOnlyList<PhraseMatch<PlaceNames>> mentions) =>
        Enumerable.Range(0, tokens.Count).All(k => mentions.Any(m => k >= m.FirstToken && k < m.EndToken)
            || ListWords.Contains(tokens[k].Folded) || ListCompanions.Contains(tokens[k].Folded));

    /// <summary>"in Hamburg", "based in Munich", "within the US": a cue before the name, perhaps with a filler ("the", "our") between.</summary>
    public bool CueBefore(PhraseMatch<PlaceNames> mention, out bool strong, out bool filler)
    {
        var end = mention.FirstToken;
        // "à Luxembourg": a word written with an accent is no English article, though it folds to one; but as with the article, a
        // name running on after it is no place cued ("il fait un temps horrible à Lyon aujourd'hui").
        var folded = end > 0 && cues.Fillers.Contains(tokens[end - 1].Folded);
        filler = folded && string.Equals(tokens[end - 1].Text, tokens[end - 1].Folded, StringComparison.OrdinalIgnoreCase);
        if (filler)
        {
            end--;
        }
        else if (folded && RunsOn(mention))
        {
            strong = false;
            return false;
        }

        strong = cues.StrongBefore.EndingAt(tokens, end) > 0;
        // "at our Berlin office": a cue of its own with the filler in it.
        return cues.Before.EndingAt(tokens, end) > 0 || (filler && cues.Before.EndingAt(tokens, mention.FirstToken) > 1)
            || (mention.Value.Ambiguity == Ambiguity.None && cues.WeakBefore.EndingAt(tokens, end) > 0)
            // "as long as they live in the EU", "desde que more no Brasil": a condition on where people live ends with a cue of its own.
            || cues.ResidenceConditionBefore.EndingAt(tokens, end) > 0 || AtAfterA(mention);
    }

    /// <summary>
    /// "una banca privata a Lugano.", "un hotel a Bolzano, inglese…": Italian, Spanish and Portuguese "a" (at, to) before a
    /// capitalized name that closes its clause; the English article stands before a name that runs on ("a Berlin startup").
    /// </summary>
    private bool AtAfterA(PhraseMatch<PlaceNames> mention)
    {
        var first = mention.FirstToken;
        return first > 1 && tokens[first - 1].Text == "a" && tokens[first - 2].Kind == TokenKind.Word && char.IsLower(tokens[first - 2].Text[0])
            && IsCapitalized(mention) && mention.Value.Ambiguity == Ambiguity.None && SeparatedAfter(mention.EndToken);
    }

    /// <summary>"the right to work in the UK", "eligible to work in Canada": where a candidate may work, not where the role is.</summary>
    public bool AfterWorkPermit(PhraseMatch<PlaceNames> mention)
    {
        var end = mention.FirstToken;
        if (end > 0 && cues.Fillers.Contains(tokens[end - 1].Folded))
        {
            end--;
        }

        return cues.WorkPermitBefore.EndingAt(tokens, end) > 0;
    }

    /// <summary>"(she's off to Perth in Australia)", "he's moving back to Cork, so": where someone else goes, said earlier in the clause.</summary>
    public bool InSomeoneElsesMove(PhraseMatch<PlaceNames> mention)
    {
        for (var end = mention.FirstToken; end > 0 && !ClauseEnd(tokens[end - 1]); end--)
        {
            if (cues.ElsewhereBefore.EndingAt(tokens, end) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClauseEnd(Token token) => token.Kind != TokenKind.Word && token.Text.Length == 1 && ",;()[].!?:\n".Contains(token.Text[0], StringComparison.Ordinal);

    /// <summary>"Berlin-based", "Munich office", "US only".</summary>
    public bool CueAfter(PhraseMatch<PlaceNames> mention, out bool strong)
    {
        strong = cues.StrongAfter.StartingAt(tokens, mention.EndToken) > 0;
        return cues.After.StartingAt(tokens, mention.EndToken) > 0;
    }

    /// <summary>
    /// "bath would work too", "reading is fine as well": the name opens its clause and is offered beside the role's place;
    /// "also nampa", "plus meridian": the words of adding open the message right before the name, which closes its clause.
    /// </summary>
    public bool OfferedBeside(PhraseMatch<PlaceNames> mention) =>
        (SeparatedBefore(mention.FirstToken) && cues.OfferedAfter.StartingAt(tokens, mention.EndToken) > 0)
        || (cues.OfferedBefore.EndingAt(tokens, mention.FirstToken) is var before and > 0 && before == mention.FirstToken && SeparatedAfter(mention.EndToken));

    /// <summary>
    /// "our DC in Memphis", "the DC", "their fort worth DC": a name that is a word for a workplace too, after a determiner or another
    /// place's name, is the workplace.
    /// </summary>
    public bool IsWorkplace(PhraseMatch<PlaceNames> mention, IReadOnlyList<PhraseMatch<PlaceNames>> mentions) =>
        mention.FirstToken > 0 && (cues.Fillers.Contains(tokens[mention.FirstToken - 1].Folded) || mentions.Any(m => m.EndToken == mention.FirstToken))
        && cues.StrongAfter.StartingAt(tokens, mention.FirstToken) == mention.EndToken - mention.FirstToken;

    /// <summary>"not Bristol, it's Bath", "not Leeds but York": a name said after another place taken back.</summary>
    public bool CorrectsPlace(PhraseMatch<PlaceNames> mention, IReadOnlyList<PhraseMatch<PlaceNames>> mentions)
    {
        var first = mention.FirstToken;
        var words = 0;
        while (first - words > 0 && words < 3 && tokens[first - words - 1].Folded is "," or "it's" or "its" or "it" or "is" or "but" or "rather" or "'s")
        {
            words++;
        }

        return words > 0 && mentions.FirstOrDefault(m => m.EndToken == first - words) is { } taken && taken.FirstToken > 0
            && tokens[taken.FirstToken - 1].Folded is "not" or "nicht" or "pas" or "no" or "niet" or "non" or "nie";
    }

    /// <summary>"Boulder not Denver", "Lyon, not Paris", "Porto instead of Lisbon": a name set against another place name is a place too.</summary>
    public bool ContrastedWithPlace(PhraseMatch<PlaceNames> mention, IReadOnlyList<PhraseMatch<PlaceNames>> mentions) =>
        Contrasted(mention, mentions, m => (IsCapitalized(mention) && IsCapitalized(m)) || (m.Value.Ambiguity == Ambiguity.None && mention.Value.Ambiguity == Ambiguity.None));

    /// <summary>"the campus is in victoria not vancouver": a name put right against one that is nothing but a place.</summary>
    public bool PutInsteadOfPlace(PhraseMatch<PlaceNames> mention, IReadOnlyList<PhraseMatch<PlaceNames>> mentions) =>
        Contrasted(mention, mentions, m => m.Value.Ambiguity == Ambiguity.None);

    private bool Contrasted(PhraseMatch<PlaceNames> mention, IReadOnlyList<PhraseMatch<PlaceNames>> mentions, Func<PhraseMatch<PlaceNames>, bool> other)
    {
        var next = mention.EndToken;
        if (next < tokens.Count && tokens[next].Text == ",")
        {
            next++;
        }

        var words = 0;
        while (next + words < tokens.Count && words < 2 && tokens[next + words].Folded is "not" or "instead" or "of" or "rather" or "than")
        {
            words++;
        }

        // "sorry gothenburg not stockholm" as typed in chat: two names that are nothing but places need no capitals.
        var contrast = words > 0 && tokens[next].Folded is "not" or "instead" or "rather";
        return contrast && mentions.Any(m => m.FirstToken == next + words && other(m));
    }

    /// <summary>
    /// "a call with Chelsea", "ask Austin"; not "they're fine with Gatineau too", where a name that is nothing but a place is what
    /// someone agrees to.
    /// </summary>
    public bool AfterPersonWord(PhraseMatch<PlaceNames> mention) =>
        mention.FirstToken > 0 && cues.PersonBefore.Contains(tokens[mention.FirstToken - 1].Folded)
        && !(mention.Value.Ambiguity == Ambiguity.None && mention.FirstToken > 1 && tokens[mention.FirstToken - 1].Folded == "with"
            && AgreeingWords.Contains(tokens[mention.FirstToken - 2].Folded));

    /// <summary>"for the Quebec accounts", "travel across Maharashtra": the name of what the work covers rather than where it is.</summary>
    public bool Covered(PhraseMatch<PlaceNames> mention)
    {
        var end = mention.FirstToken;
        if (end > 0 && cues.Fillers.Contains(tokens[end - 1].Folded))
        {
            end--;
        }

        return cues.CoveredAfter.StartingAt(tokens, mention.EndToken) > 0 || cues.CoveredBefore.EndingAt(tokens, end) > 0;
    }

    /// <summary>"Bank of America", "Boston University", "Manchester City".</summary>
    public bool InOrganizationName(PhraseMatch<PlaceNames> mention)
    {
        var first = mention.FirstToken;
        if (first >= 2 && tokens[first - 1].Folded == "of" && IsCapitalized(tokens[first - 2]))
        {
            return true;
        }

        return mention.EndToken < tokens.Count && IsCapitalized(tokens[mention.EndToken])
            && cues.OrganizationAfter.Contains(tokens[mention.EndToken].Folded);
    }

    /// <summary>The name is a segment of its own: "Senior SRE, Berlin", "London / Manchester", "Remote (EU)".</summary>
    public bool StandsAlone(PhraseMatch<PlaceNames> mention) => SeparatedBefore(mention.FirstToken) && SeparatedAfter(mention.EndToken);

    public bool SeparatedBefore(int first) =>
        first == 0 || (tokens[first - 1].Kind == TokenKind.Symbol && Separators.Contains(tokens[first - 1].Text[0]))
        || BreaksLine(tokens[first - 1].End, tokens[first].Start);

    public bool SeparatedAfter(int end) =>
        end >= tokens.Count || (tokens[end].Kind == TokenKind.Symbol && (Separators + ".!?").Contains(tokens[end].Text[0]))
        || BreaksLine(tokens[end - 1].End, tokens[end].Start);

    /// <summary>
    /// "in Phoenix," closing its clause, not after words about know-how ("experience in Phoenix"): where a name that
    /// is also a skill is the place the work is.
    /// </summary>
    public bool EndsPlaceClause(PhraseMatch<PlaceNames> mention) =>
        SeparatedAfter(mention.EndToken)
        && !Enumerable.Range(Math.Max(0, mention.FirstToken - 3), Math.Min(3, mention.FirstToken)).Any(k => SkillContext.Contains(tokens[k].Folded));

    /// <summary>A word for where a team works follows: "our london office", "the berlin team".</summary>
    public bool BeforeSiteWord(PhraseMatch<PlaceNames> mention) =>
        mention.EndToken < tokens.Count && SiteWords.Contains(tokens[mention.EndToken].Folded);

    /// <summary>A word for a stretch of land follows: "the phoenix area", "Phoenix metro", "spring-based".</summary>
    public bool BeforeRegionWord(PhraseMatch<PlaceNames> mention) =>
        mention.EndToken < tokens.Count && RegionWords.Contains(tokens[mention.EndToken].Folded);

    /// <summary>A lower-case word follows that makes the name part of a longer phrase ("Mobile development", "in reading code").</summary>
    public bool RunsOn(PhraseMatch<PlaceNames> mention)
    {
        var next = mention.EndToken;
        // "Ludwigsburg wäre auch okay", "Bergamo va bene": words offering the place beside the role's end no phrase.
        return next < tokens.Count && tokens[next].Kind == TokenKind.Word && char.IsLower(tokens[next].Text[0])
            && !cues.Continuers.Contains(tokens[next].Folded) && cues.After.StartingAt(tokens, next) == 0 && cues.OfferedAfter.StartingAt(tokens, next) == 0;
    }

    /// <summary>Another capitalized name follows that is no place: "Austin Smith", "Paris Hilton"; not across a dash or line break ("Sydney - Salesforce").</summary>
    public bool BeforeAnotherName(PhraseMatch<PlaceNames> mention, IReadOnlyList<PhraseMatch<PlaceNames>> mentions) =>
        BeforeCapitalizedWord(mention) && !mentions.Any(m => m.FirstToken == mention.EndToken);

    /// <summary>A capitalized word that opens no sentence stands right before ("the Marina Bay office").</summary>
    public bool AfterCapitalizedWord(PhraseMatch<PlaceNames> mention)
    {
        var before = mention.FirstToken - 1;
        return before > 0 && tokens[before].Kind == TokenKind.Word && IsCapitalized(tokens[before]) && !tokens[before].Text.All(c => !char.IsLetter(c) || char.IsUpper(c))
            && tokens[before - 1].Kind == TokenKind.Word && !BreaksLine(tokens[before].End, tokens[mention.FirstToken].Start);
    }

    /// <summary>A capitalized word follows, in the same line, that is no cue ("Marina Bay", "Austin Smith").</summary>
    public bool BeforeCapitalizedWord(PhraseMatch<PlaceNames> mention)
    {
        var next = mention.EndToken;
        return next < tokens.Count && tokens[next].Kind == TokenKind.Word && IsCapitalized(tokens[next]) && !BreaksLine(tokens[next - 1].End, tokens[next].Start)
            && !tokens[next].Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && cues.After.StartingAt(tokens, next) == 0;
    }

    // "the States", "the Netherlands": a name that opens with its article is capitalized by the word after it.
    public static bool IsCapitalized(PhraseMatch<PlaceNames> mention) =>
        char.IsUpper(mention.Text[0]) || (mention.Text.StartsWith("the ", StringComparison.Ordinal) && mention.Text.Length > 4 && char.IsUpper(mention.Text[4]));

    /// <summary>"IMO", "ACE": written in capitals though no name of the place is.</summary>
    public static bool IsShouted(PhraseMatch<PlaceNames> mention)
    {
        var letters = mention.Text.Where(char.IsLetter).ToList();
        return letters.Count is > 0 and <= 5 && letters.All(char.IsUpper) && !mention.Value.HasAcronym;
    }

    private static bool IsCapitalized(Token token) => token.Kind == TokenKind.Word && char.IsUpper(token.Text[0]);

    // Dashes between spaces and line breaks separate like commas; the tokenizer drops dashes, so look at the gap.
    private bool BreaksLine(int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        return gap.Contains('\n') || gap.Contains('–') || gap.Contains('—') || gap.Contains(" - ", StringComparison.Ordinal);
    }
}
