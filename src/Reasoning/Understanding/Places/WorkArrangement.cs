using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>The work-arrangement phrases of one text ("fully remote", "3 days in office", "on-site"), the policy they add up to, and which places they scope.</summary>
internal sealed class WorkArrangement
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly PlaceCues _cues;

    public WorkArrangement(string text, IReadOnlyList<Token> tokens, PlaceCues cues)
    {
        _tokens = tokens;
        _cues = cues;
        Phrases = [.. cues.Work.FindAll(text, tokens).Where(p => !NotWork(p))];
        var said = Phrases.Where(p => p.FirstToken >= TakenBack(Phrases, tokens, cues)).Select(p => p.Value.Cue).ToHashSet();
        var days = WeekDays(tokens);
        Policy = said.Contains(WorkCue.NotRemote) ? (said.Contains(WorkCue.Hybrid) && !said.Contains(WorkCue.OfficeOnly) ? RemotePolicy.Hybrid : RemotePolicy.OnSite)
            // "remote is ok 2 days a week", "in the office 2 days a week": part of the week at the office is hybrid.
            : days == RemotePolicy.Hybrid && !said.Contains(WorkCue.OfficeOnly) ? RemotePolicy.Hybrid
            // "anywhere in Germany" alone says where the role may be based; only with "remote" is it a remote scope.
            : said.Contains(WorkCue.Remote) ? RemotePolicy.Remote
            : said.Contains(WorkCue.OfficeOnly) || days == RemotePolicy.OnSite ? RemotePolicy.OnSite
            : said.Contains(WorkCue.Hybrid) ? RemotePolicy.Hybrid
            : said.Contains(WorkCue.OnSite) ? RemotePolicy.OnSite
            : RemotePolicy.Unspecified;
    }

    public IReadOnlyList<PhraseMatch<WorkPhrase>> Phrases { get; }

    /// <summary>"make it hybrid? no wait, it's clinical - on-site": the token after the last correction that follows an arrangement, or 0.</summary>
    private static int TakenBack(IReadOnlyList<PhraseMatch<WorkPhrase>> phrases, IReadOnlyList<Token> tokens, PlaceCues cues)
    {
        if (phrases.Count < 2)
        {
            return 0;
        }

        for (var end = phrases[^1].FirstToken; end > phrases[0].EndToken; end--)
        {
            var length = cues.Corrections.EndingAt(tokens, end);
            if (length > 0 && end - length >= phrases[0].EndToken)
            {
                return end;
            }
        }

        return 0;
    }

    public RemotePolicy Policy { get; }

    public bool Overlaps(PhraseMatch<PlaceNames> mention) =>
        Phrases.Any(p => p.FirstToken < mention.EndToken && mention.FirstToken < p.EndToken);

    /// <summary>
    /// Whether a place says where a remote worker must live: right after "anywhere in", or after a remote phrase and
    /// a connector ("remote within the US", "remote (EU only)", "remote, US only"), or right before one ("US-remote",
    /// "EMEA remote"), or with "only" or a word of living there after it when the work is remote ("US only", "UK-based only").
    /// </summary>
    public bool Scopes(ReadPlace place)
    {
        foreach (var phrase in Phrases)
        {
            var cue = phrase.Value.Cue;
            if (cue == WorkCue.Anywhere && Connects(phrase.EndToken, place.FirstToken, connector: false))
            {
                return true;
            }

            if (Policy == RemotePolicy.Remote && cue == WorkCue.Remote
                && (Connects(phrase.EndToken, place.FirstToken, connector: true) || Precedes(place, phrase)))
            {
                return true;
            }
        }

        return Policy == RemotePolicy.Remote && (OnlyAfter(_tokens, place.EndToken) || LivesThereIf(place.FirstToken));
    }

    /// <summary>"fully remote ok as long as they're in Canada": a condition on where the people hired live, said before the place.</summary>
    private bool LivesThereIf(int place)
    {
        var end = place > 0 && _cues.Fillers.Contains(_tokens[place - 1].Folded) ? place - 1 : place;
        return _cues.ResidenceConditionBefore.EndingAt(_tokens, end) > 0;
    }

    // Words that say who lives in a place, between its name and "only" ("UK-based only", "US residents only").
    private static readonly HashSet<string> Residence = new(StringComparer.Ordinal) { "based", "resident", "residents", "residing", "located" };

    /// <summary>
    /// Whether the words from <paramref name="at"/> limit people to the place named just before: "only" ("US only"), or a word
    /// of living there with or without it ("UK-based only", "uk based", "EU residents only").
    /// </summary>
    internal static bool OnlyAfter(IReadOnlyList<Token> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].Text == "-")
        {
            at++;
        }

        return at < tokens.Count && (tokens[at].Folded == "only" || Residence.Contains(tokens[at].Folded));
    }

    /// <summary>"remote from Spain", "US-remote": a name right beside a remote phrase is cued by it.</summary>
    public bool Adjoins(PhraseMatch<PlaceNames> mention) =>
        Phrases.Any(p => p.Value.Cue is WorkCue.Remote or WorkCue.Anywhere
            && (Connects(p.EndToken, mention.FirstToken, connector: true) || p.FirstToken == mention.EndToken));

    public bool SaysAnywhere(ReadPlace place) =>
        Phrases.Any(p => p.Value.Cue == WorkCue.Anywhere && Connects(p.EndToken, place.FirstToken, connector: false));

    // "US-remote", "EMEA remote"; a country or zone also through a comma ("APAC, remote"), where a city would be the office.
    private bool Precedes(ReadPlace place, PhraseMatch<WorkPhrase> phrase) =>
        phrase.FirstToken == place.EndToken
        || (phrase.FirstToken == place.EndToken + 1 && _tokens[place.EndToken].Text == ","
            && place.Place.Kind is PlaceKind.Country or PlaceKind.Zone or PlaceKind.Region);

    // Between a remote phrase and its place: punctuation, then a connector ("within", "in", "from"), then a filler ("the").
    private bool Connects(int from, int to, bool connector)
    {
        var k = from;
        while (connector && k < to && _tokens[k].Kind == TokenKind.Symbol && _tokens[k].Text is "(" or "," or ":" or "[")
        {
            k++;
        }

        if (connector && k < to)
        {
            k += _cues.ScopeBefore.StartingAt(_tokens, k);
        }

        if (k < to && _cues.Fillers.Contains(_tokens[k].Folded))
        {
            k++;
        }

        return k == to;
    }

    /// <summary>
    /// "2 days a week in the office", "remote is ok 3 days a week": a number of days beside a word of the office or of
    /// remote work. One to four days is hybrid, five or more at the office is on site; days with no such word near
    /// are a schedule ("part-time, 3 days a week"), not an arrangement.
    /// </summary>
    private static RemotePolicy? WeekDays(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i + 1].Folded is not ("day" or "days") || Count(tokens[i]) is not { } count)
            {
                continue;
            }

            var near = Enumerable.Range(Math.Max(0, i - 5), Math.Min(tokens.Count, i + 8) - Math.Max(0, i - 5)).Select(k => tokens[k].Folded).ToList();
            var office = near.Exists(w => w is "office" or "onsite" or "site" or "person" or "hq");
            var remote = near.Exists(w => w is "remote" or "remotely" or "home" or "wfh" or "hybrid");
            if (count is >= 1 and <= 4 && (office || remote))
            {
                return RemotePolicy.Hybrid;
            }

            if (count >= 5 && office && !remote)
            {
                return RemotePolicy.OnSite;
            }
        }

        return null;
    }

    private static int? Count(Token token) => token.Folded switch
    {
        "one" or "1" => 1,
        "two" or "2" => 2,
        "three" or "3" => 3,
        "four" or "4" => 4,
        "five" or "5" => 5,
        "six" or "6" => 6,
        "seven" or "7" => 7,
        _ => null,
    };

    // "remote sensing", "git remote": the word, not the arrangement.
    private bool NotWork(PhraseMatch<WorkPhrase> phrase) =>
        phrase.Value.Cue == WorkCue.Remote && phrase.TokenCount == 1 && phrase.EndToken < _tokens.Count
        && (_cues.RemoteNotBefore.Contains(_tokens[phrase.EndToken].Folded) || (phrase.FirstToken > 0 && _tokens[phrase.FirstToken - 1].Folded == "git"));
}
