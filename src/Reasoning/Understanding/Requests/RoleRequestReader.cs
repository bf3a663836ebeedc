using System.Text.RegularExpressions;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Reasoning.Understanding.Text;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// Reads a role request the way a recruiter writes it ("sr SRE for our München office, kubernets +
/// terraform, Prometheus a plus, 3-5 yrs"): places and work arrangement first, then the title, the
/// level, years, and the requirements with their must/nice wording. Nothing is guessed: what the
/// text does not say stays empty.
/// </summary>
public sealed partial class RoleRequestReader(PlaceReader places, TitleReader titles, RequirementListReader requirements, RequestWords words, RequestSpelling spelling, NearestTitle? nearest = null)
{
    /// <summary>
    /// As <see cref="Read"/>, and a title the vocabulary does not know, taken from the recruiter's own
    /// noun phrase, is replaced by the vocabulary title nearest in meaning when one is close enough and names
    /// the same kind of job (keeps its head noun).
    /// </summary>
    public async Task<RoleReading> ReadAsync(string text, QualificationKind defaultKind = QualificationKind.MustHave, IReadOnlyCollection<string>? nearCountries = null, bool titleAsked = false, CancellationToken cancellationToken = default)
    {
        var reading = Read(text, defaultKind, nearCountries, titleAsked);
        if (nearest is null || reading.Title is not { Origin: TitleOrigin.Phrase } own)
        {
            return reading;
        }

        return await nearest.FindAsync(own.Canonical, cancellationToken) is { } close && titles.SameKind(own.Canonical, close.Entry.Name)
            ? reading with { Title = own with { Canonical = close.Entry.Name, Origin = TitleOrigin.Nearest } }
            : reading;
    }

    /// <summary>The years <paramref name="current"/>, named back with what replaces them ("seven is too many, make it four"); else null.</summary>
    public int? RestatedYears(string text, int? current) => words.Years.Restated(text, current);

    /// <summary>The canonical title the words are written as ("Köchin": cook), or null when they are no title alone.</summary>
    public string? TitleOf(string written) => titles.WholeTitle(written);

    /// <summary>Whether a phrase says only how well a language is spoken ("intermedio", "C1", "fluent"): a level, no requirement of its own.</summary>
    public bool IsLanguageLevel(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts && parts.All(w => words.Is(WordKind.LanguageCue, w.Trim('(', ')')));

    // nearCountries: countries the conversation is already about, which decide among cities of one name. titleAsked: the text
    // answers a question for the title, so the work named alone is one ("senior backend, Go").
    public RoleReading Read(string text, QualificationKind defaultKind = QualificationKind.MustHave, IReadOnlyCollection<string>? nearCountries = null, bool titleAsked = false)
    {
        text = LevelHedges.Blank(ScheduleShorthand.Blank(Fillers.Blank(ShortVerbs.Blank(Shortcodes.Blank(ReportedSpeakers.Blank(Contractions.BlankIs(GenderEndings.Blank(text))))))), words.Seniority);
        var tokens = Tokenizer.Tokenize(text);
        var claimed = new bool[tokens.Count];
        var placeReading = places.Read(text, tokens, nearCountries, spelling.IsKnown, requirements.SkillPhrases(text, tokens));
        foreach (var span in placeReading.Spans)
        {
            Claim(claimed, tokens, span.Start, span.Length);
        }

        // Slips are read past once places are known (a city is no slip): "socail media manager".
        var spelled = spelling.Correct(tokens, claimed);
        var title = titles.Read(text, spelled, claimed) ?? (titleAsked ? titles.WorkTitle(text, spelled, claimed) : null);
        if (title is not null)
        {
            Claim(claimed, title.FirstToken, title.TokenCount);
        }

        // A word read as a title word counts as one only inside the title; elsewhere it may be a real word no vocabulary has.
        tokens = [.. tokens.Select((token, i) => spelled[i].Folded == token.Folded || words.Is(WordKind.Function, spelled[i].Folded)
            || words.Seniority.LevelOf(spelled[i].Folded) is not null
            || (title is not null && i >= title.FirstToken && i < title.EndToken) ? spelled[i] : token)];

        var level = words.Seniority.Read(text, tokens, title is null ? [] : [title.FirstToken]);
        if (level is null && title is { Origin: TitleOrigin.Vocabulary } && words.Seniority.LevelOf(tokens[title.FirstToken].Folded) is { } inTitle
            && !title.Canonical.StartsWith(tokens[title.FirstToken].Folded, StringComparison.Ordinal))
        {
            // "principal engineer" is a form of "software engineer" at a level.
            level = new SeniorityMention(inTitle, title.FirstToken, 1);
        }

        if (level is not null && title is not null && level.FirstToken == title.FirstToken && titles.NamesItsLevel(title))
        {
            // "staff nurse": a registered nurse at no particular level.
            level = null;
        }
        if (level is not null)
        {
            Claim(claimed, level.FirstToken, level.TokenCount);
        }

        var years = words.Years.Find(text);
        foreach (var mention in years)
        {
            Claim(claimed, tokens, mention.Start, mention.Length);
        }

        var read = requirements.Read(text, tokens, claimed, years, defaultKind);
        // "a head chef and a sous chef for our new bistro": a second job title joined to the first is another role, not a requirement of it.
        var others = title is null ? [] : read.Select(r => (Requirement: r, Title: AnotherRole(text, r))).Where(o => o.Title is not null).ToList();
        if (others.Count > 0)
        {
            read = [.. read.Except(others.Select(o => o.Requirement))];
        }

        // "it's an LPC not an LCSW. licensed professional counselor": the title said again in other words, or a title said not to be the
        // role, is no requirement.
        if (title is not null)
        {
            read = [.. read.Where(r => titles.WholeTitle(r.Written) is not { } named || (named != title.Canonical && !SaidNotToBe(text, r.Start)))];
        }

        // "from a logistics client in Rotterdam", "client (Primark)": who hires, described or named, asks for nothing.
        var hirer = ClientDescriptions.Spans(text);
        if (hirer.Count > 0)
        {
            read = [.. read.Where(r => !ClientDescriptions.Inside(hirer, r.Start, r.Written.Length))];
        }

        var notNeeded = NotNeeded(text, tokens, claimed, read);
        if (notNeeded.Count > 0)
        {
            read = [.. read.Except(notNeeded)];
        }

        var entities = new List<EntitySpan>();
        entities.AddRange(placeReading.Spans.Select(s => new EntitySpan(s.Start, s.Length, s.Arrangement ? EntitySpan.Arrangement : EntitySpan.City)));
        // A condition of the job ("no need for FIFO anymore") is no skill: the intent is heard with its words, not masked as one.
        entities.AddRange(read.Select(r => new EntitySpan(r.Start, r.Written.Length, EntitySpan.Skill, r.Known && !r.Condition)));
        if (title is not null)
        {
            entities.Add(Span(tokens, title.FirstToken, title.TokenCount, EntitySpan.Role) with { Known = title.Origin == TitleOrigin.Vocabulary });
        }

        if (level is not null)
        {
            entities.Add(Span(tokens, level.FirstToken, level.TokenCount, EntitySpan.Level));
        }

        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new RoleReading(title, level?.Level, placeReading, RequirementListReader.OverallYears(text, years, read), read, OtherWords(text, tokens, claimed, [.. read, .. notNeeded]), entities,
            others.Count > 0 ? [.. others.Select(o => o.Title!).Distinct(StringComparer.Ordinal)] : null, notNeeded.Count > 0 ? notNeeded : null);
    }

    /// <summary>
    /// "fp&amp;a analyst, power bi, dutch not needed", "NetSuite required, no SAP needed": the requirements of a list item that
    /// says they are not asked for, by a cue of its own or by a "no" that opens it beside a must cue ("needed", "required").
    /// </summary>
    private List<ReadRequirement> NotNeeded(string text, IReadOnlyList<Token> tokens, bool[] claimed, IReadOnlyList<ReadRequirement> read)
    {
        var segment = ListSegments.Segments(text, tokens);
        var opened = words.Find(WordKind.NotNeededOpener, text, tokens)
            .Where(o => !claimed[o.FirstToken] && (o.FirstToken == 0 || segment[o.FirstToken - 1] != segment[o.FirstToken]))
            .Where(o => words.Find(WordKind.MustCue, text, tokens).Any(m => m.FirstToken > o.FirstToken && segment[m.FirstToken] == segment[o.FirstToken]));
        var cues = words.Find(WordKind.NotNeededCue, text, tokens).Where(m => !claimed[m.FirstToken]).Concat(opened).ToList();
        if (cues.Count == 0)
        {
            return [];
        }

        var said = cues.Select(c => segment[c.FirstToken]).ToHashSet();
        return [.. read.Where(r => Enumerable.Range(0, tokens.Count).FirstOrDefault(i => tokens[i].Start == r.Start, -1) is var at and >= 0 && said.Contains(segment[at]))];
    }

    /// <summary>The title a requirement names when it is a whole job title right after "and a", "plus a" or "&amp; a": another role.</summary>
    private string? AnotherRole(string text, ReadRequirement requirement) =>
        JoinedRole().IsMatch(text[..requirement.Start]) ? titles.WholeTitle(requirement.Written) : null;

    private static bool SaidNotToBe(string text, int start) => NotBefore().IsMatch(text[..start]);

    [GeneratedRegex(@"\bnot\s+(?:an?\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex NotBefore();

    [GeneratedRegex(@"(?:\band|\bplus|&|\bas\s+well\s+as)\s+(?:also\s+)?(?:an?|one|two|three|\d+x?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex JoinedRole();

    private static EntitySpan Span(IReadOnlyList<Token> tokens, int first, int count, string kind) =>
        new(tokens[first].Start, tokens[first + count - 1].End - tokens[first].Start, kind);

    /// <summary>Words nobody understood: not claimed, not a requirement, not a function word, filler, cue or condition.</summary>
    private int OtherWords(string text, IReadOnlyList<Token> tokens, bool[] claimed, IReadOnlyList<ReadRequirement> read)
    {
        var known = (bool[])claimed.Clone();
        foreach (var requirement in read)
        {
            Claim(known, tokens, requirement.Start, requirement.Written.Length);
        }

        foreach (var kind in new[] { WordKind.Function, WordKind.Filler, WordKind.Condition, WordKind.MustCue, WordKind.NiceCue, WordKind.LanguageCue })
        {
            foreach (var match in words.Find(kind, text, tokens))
            {
                Claim(known, match.FirstToken, match.TokenCount);
            }
        }

        return Enumerable.Range(0, tokens.Count).Count(i => !known[i] && tokens[i].Kind == TokenKind.Word);
    }

    private static void Claim(bool[] claimed, int first, int count)
    {
        for (var i = first; i < first + count && i < claimed.Length; i++)
        {
            claimed[i] = true;
        }
    }

    private static void Claim(bool[] claimed, IReadOnlyList<Token> tokens, int start, int length)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start < start + length && start < tokens[i].End)
            {
                claimed[i] = true;
            }
        }
    }
}
