using System.Globalization;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// Reads the requirements of a request or a requirement line: skills the vocabulary knows, spoken
/// languages, terms that look technical, and short unknown noun phrases that stand in a list of
/// requirements ("causal inference", "commercial contracts") — kept in the recruiter's words rather
/// than dropped. Each is must-have or nice-to-have by the cue words of its clause ("a plus",
/// "required"); years right before a requirement with a link word belong to it ("4 years of Spring Boot").
/// </summary>
public sealed class RequirementListReader(SkillVocabulary skills, SkillSpelling spelling, TechnicalTerms terms, RequestWords words)
{
    // "opening in March", "starts Monday": the calendar's words are never requirements (nor places, without a strong cue).
    private static readonly HashSet<string> CalendarWords = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.DayNames).Where(w => w.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    private readonly WillingnessClauses _willingness = new(words);
    private readonly WorkConditions _conditions = new(words);
    private readonly UnknownRequirementRuns _unknown = new(words, word => skills.Entry(word) is not null || skills.Entry(char.ToUpperInvariant(word[0]) + word[1..]) is not null);
    private readonly RequirementKinds _kinds = new(words);
    private readonly LanguageCodes _codes = new(words);
    private readonly RequirementCompounds _compounds = new(TechnicalCategories);

    // "prototyping in Framer", "testing with Cypress": a general skill, then the tool it is done with.
    private static readonly HashSet<string> ToolLinks = new(StringComparer.Ordinal) { "in", "with", "using", "via", "through" };

    // How far after "of"/"with" a requirement may start to own the years before it ("5 years of hands-on Go").
    private const int LinkReach = 12;
    private static readonly HashSet<string> Separators = ListSegments.Separators;
    private static readonly HashSet<string> Connectors = ListSegments.Connectors;

    // Categories of tools and technologies, whose capitalized-only names ("Spark", "Kafka", "Rust") a chat writes in lower case.
    private static readonly HashSet<string> TechnicalCategories = new(StringComparer.Ordinal) { "data", "database", "cloud", "devops", "framework", "language", "ml", "security", "design" };

    // Words that join the items of a list.
    private static readonly HashSet<string> ListJoiners = new(StringComparer.Ordinal) { "and", "or", "&", "+", "/", "plus", "with", "w/", "w", "also" };

    // Words of chat that stand before a list item without being part of it ("oh and kafka").
    private static readonly HashSet<string> Interjections = new(StringComparer.Ordinal) { "oh", "ah", "um", "uh", "hmm", "right", "wait", "yeah", "yep", "sure", "ok", "okay" };

    /// <summary>
    /// Where the text names a skill of several words the vocabulary knows, by tokens ("Manhattan WMS", "Phoenix LiveView"): a
    /// place name inside one is the product's.
    /// </summary>
    public IReadOnlyList<(int FirstToken, int EndToken)> SkillPhrases(string text, IReadOnlyList<Token> tokens) =>
        [.. skills.Find(text, tokens).Where(m => m.TokenCount > 1).Select(m => (m.FirstToken, m.EndToken))];

    public IReadOnlyList<ReadRequirement> Read(string text, IReadOnlyList<Token> tokens, bool[] claimed, IReadOnlyList<YearsMention> years, QualificationKind defaultKind)
    {
        var segment = ListSegments.Segments(text, tokens);
        var taken = (bool[])claimed.Clone();
        var items = new List<(int First, int Count, string Subject, QualificationCategory Category, bool Known)>();
        var fields = new Dictionary<int, string>();

        var known = skills.Find(text, tokens);
        var knownTokens = known.SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount)).ToHashSet();
        foreach (var match in known.Where(m => Free(taken, m.FirstToken, m.TokenCount) && !InAcronymCompound(text, tokens, m.FirstToken, m.FirstToken + m.TokenCount - 1, knownTokens)
            && !GivesAReason(tokens, m.FirstToken + m.TokenCount)))
        {
            items.Add((match.FirstToken, match.TokenCount, match.Value.Name, QualificationCategory.Skill, true));
            fields[match.FirstToken] = match.Value.Category;
            Take(taken, match.FirstToken, match.TokenCount);
        }

        // "Englisch von Vorteil", "inglés y alemán": a name in another language is the language wherever it stands.
        foreach (var match in words.Find(WordKind.Language, text, tokens).Where(m => Free(taken, m.FirstToken, m.TokenCount)
            && (words.Languages.StandsAlone(TokenFold.Key(m.Text)) || IsLanguageRequirement(tokens, m.EndToken))))
        {
            items.Add((match.FirstToken, match.TokenCount, match.Value, QualificationCategory.Language, true));
            Take(taken, match.FirstToken, match.TokenCount);
        }

        foreach (var (at, language) in _codes.Find(text, tokens, taken, items.Where(i => i.Category == QualificationCategory.Language).Select(i => i.First).ToList()))
        {
            items.Add((at, 1, language, QualificationCategory.Language, true));
            taken[at] = true;
        }

        var noise = Noise(text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!taken[i] && !noise[i] && tokens[i].Kind == TokenKind.Word && spelling.Correct(tokens[i].Text) is { } meant)
            {
                items.Add((i, 1, meant.Name, QualificationCategory.Skill, true));
                fields[i] = meant.Category;
                taken[i] = true;
            }
        }

        // "data engineer in berlin, spark", "hrbp in Dublin, workday": recruiters chat in lower case. A word the vocabulary reads only
        // capitalized, because in lower case it is an everyday word, names the skill where a list item stands: with only
        // separators, connectors and function words between it and the clause's edges or another requirement, and right
        // after a separator, a requirement or a word that joins list items ("less is more" is no language). So does a name of two
        // such words ("premiere pro + after effects").
        for (var i = 0; i < tokens.Count; i++)
        {
            var pair = i + 1 < tokens.Count && !taken[i] && !taken[i + 1] && tokens[i + 1].Kind == TokenKind.Word
                ? LowerCaseListedSkill(text[tokens[i].Start..tokens[i + 1].End], everyday: true) : null;
            var count = pair is null ? 1 : 2;
            if (!taken[i] && tokens[i].Kind == TokenKind.Word
                && (pair ?? (noise[i] ? null : LowerCaseListedSkill(tokens[i].Text)) ?? (BetweenListedRequirements(tokens, taken, i) ? LowerCaseListedSkill(tokens[i].Text, everyday: true) : null)) is { } entry
                && i > 0 && (Separators.Contains(tokens[i - 1].Text) || taken[i - 1] || ListJoiners.Contains(tokens[i - 1].Folded))
                && StandsAsListItem(tokens, taken, i, -1) && StandsAsListItem(tokens, taken, i + count - 1, 1))
            {
                items.Add((i, count, entry.Name, QualificationCategory.Skill, true));
                fields[i] = entry.Category;
                Take(taken, i, count);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            // "need sombody in London": a word of chat mistyped is still no requirement, nor is "opening in March" one.
            noise[i] |= !taken[i] && tokens[i].Kind == TokenKind.Word && (words.IsChatTypo(tokens[i].Text) || CalendarWords.Contains(tokens[i].Text));
        }

        foreach (var (first, count) in _willingness.Find(tokens, taken, segment).ToList())
        {
            // As written between its first and last word: "willing to do on-call", not "on - call".
            var last = tokens[first + count - 1];
            var written = text[tokens[first].Start..(last.Start + last.Length)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            items.Add((first, count, string.Join(' ', written).ToLowerInvariant(), QualificationCategory.Other, false));
            Take(taken, first, count);
        }

        var conditions = new HashSet<int>();
        foreach (var (first, count) in _conditions.Find(text, tokens, taken, segment).ToList())
        {
            // "nights only", "6 month contract": the job's terms, in the recruiter's words; known to the rules, so never merged into a name.
            items.Add((first, count, TokenFold.Key(Written(text, tokens, first, count)), QualificationCategory.Other, true));
            conditions.Add(first);
            Take(taken, first, count);
        }

        var sentenceWords = ListSegments.SentenceWords(tokens);
        var skip = new HashSet<int>(Enumerable.Range(0, tokens.Count).Where(i => taken[i] || noise[i]));
        foreach (var term in terms.Find(text, tokens, skip).Where(t => t.Kind != TechnicalTermKind.ListItem || sentenceWords[t.FirstToken] <= UnknownRequirementRuns.ListSentenceWords))
        {
            items.Add((term.FirstToken, term.TokenCount, TokenFold.Key(term.Text), QualificationCategory.Skill, false));
            Take(taken, term.FirstToken, term.TokenCount);
        }

        // "manual handling training", "cash handling": a word of work right between two words nothing read is part of their name.
        bool Unread(int k) => !taken[k] && !noise[k] && tokens[k].Kind == TokenKind.Word;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            noise[i] &= !(tokens[i].Folded.EndsWith("ing", StringComparison.Ordinal) && words.Is(WordKind.Function, tokens[i].Folded)
                && Unread(i - 1) && Unread(i + 1) && segment[i - 1] == segment[i] && segment[i + 1] == segment[i]);
        }

        foreach (var (first, count) in _unknown.Find(text, tokens, taken, noise, claimed, segment, sentenceWords))
        {
            // "Paragon software", "Kronos system": a product's name, then the kind of thing it is ("Pro Tools" is a name all through).
            var last = tokens[first + count - 1];
            var named = count > 1 && KindsOfThing.Contains(last.Folded) && last.Text.All(char.IsLower) && char.IsUpper(tokens[first + count - 2].Text[0]) ? count - 1 : count;
            items.Add((first, named, string.Join(' ', tokens.Skip(first).Take(named).Select(t => t.Folded)), QualificationCategory.Skill, false));
            Take(taken, first, count);
        }

        items.RemoveAll(item => IsGeneralBeforeTool(item, items, tokens) || IsKindOfThingAfterRequirement(item, items));
        MergeProperModifiers(items, tokens);
        _compounds.MergeDomainModifiers(items, fields, tokens, taken, noise, segment);
        _compounds.MergeAcronymNames(text, items, fields, tokens, segment, known);
        RequirementCompounds.MergeNameParts(text, items, tokens);

        var yearsAt = years.Select(y => Enumerable.Range(0, tokens.Count).FirstOrDefault(i => tokens[i].End > y.Start, -1)).Where(i => i >= 0).ToList();
        var kinds = _kinds.Of(text, tokens, segment, items.Select(i => i.First).ToHashSet(), claimed, defaultKind, yearsAt);
        var linked = LinkedYears(text, tokens, years, items.Select(i => i.First).ToList());
        // Named twice ("we work mostly with FMCG brands … FMCG experience would be nice to have"): the mention whose own words
        // say must or nice decides, over one that only took the default.
        return [.. items
            .OrderBy(i => i.First)
            .GroupBy(i => i.Subject, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(i => kinds[i.First] != defaultKind, g.First()))
            .Select(i => new ReadRequirement(i.Subject, Written(text, tokens, i.First, i.Count), kinds[i.First], i.Category, linked.TryGetValue(i.First, out var y) ? y : null, i.Known, tokens[i.First].Start, fields.GetValueOrDefault(i.First), conditions.Contains(i.First)))];
    }

    /// <summary>
    /// "ICH-GCP" is one term, not ICH and Google Cloud Platform: a known skill hyphenated to an
    /// acronym the vocabulary does not know is part of that compound, which is read whole as a term.
    /// </summary>
    private static bool InAcronymCompound(string text, IReadOnlyList<Token> tokens, int first, int last, HashSet<int> knownTokens)
    {
        bool UnknownAcronym(int i) => !knownTokens.Contains(i) && tokens[i].Kind == TokenKind.Word
            && tokens[i].Text.Count(char.IsLetter) >= 2 && !tokens[i].Text.Any(char.IsLower);
        return (first > 0 && TechnicalTerms.JoinedByHyphen(text, tokens[first - 1], tokens[first]) && UnknownAcronym(first - 1))
            || (last + 1 < tokens.Count && TechnicalTerms.JoinedByHyphen(text, tokens[last], tokens[last + 1]) && UnknownAcronym(last + 1));
    }

    /// <summary>A skill written in lower case that the vocabulary matches only as written ("spark" for Spark, "workday" for Workday).</summary>
    private SkillEntry? LowerCaseListedSkill(string written, bool everyday = false) =>
        !written.Any(char.IsUpper) && skills.Entry(written) is { } entry
            && entry.CaseSensitiveAliases.Any(form => string.Equals(form, written, StringComparison.OrdinalIgnoreCase))
            && (everyday || !words.Is(WordKind.Function, TokenFold.Key(written))) ? entry : null;

    /// <summary>
    /// "k8s, go, prometheus", "münchen, go + kubernetes": a word alone between list separators (or a "+" or "&amp;"), with a
    /// requirement already read right beyond one of them, is a list item even when it is also an everyday word ("go").
    /// </summary>
    private static bool BetweenListedRequirements(IReadOnlyList<Token> tokens, bool[] taken, int at) =>
        at > 0 && ListSegments.IsListMark(tokens[at - 1])
        && (at + 1 == tokens.Count || ListSegments.IsListMark(tokens[at + 1]))
        && ((at > 1 && taken[at - 2]) || (at + 2 < tokens.Count && taken[at + 2]));

    /// <summary>Whether, looking one way from a word, only connectors, function words, fillers and cues stand before a clause's edge or another requirement.</summary>
    private bool StandsAsListItem(IReadOnlyList<Token> tokens, bool[] taken, int at, int step)
    {
        for (var k = at + step; k >= 0 && k < tokens.Count; k += step)
        {
            var word = tokens[k].Folded;
            // "workday + sage", "greenhouse and lever": a "+" or "&" (not the "/" of "m/f/d"), or another such product, is the list going on.
            if (Separators.Contains(tokens[k].Text) || taken[k] || tokens[k].Text is "+" or "&"
                || (tokens[k].Kind == TokenKind.Word && LowerCaseListedSkill(tokens[k].Text) is not null))
            {
                return true;
            }

            if (!Connectors.Contains(word) && !words.Is(WordKind.Function, word) && !words.Is(WordKind.Filler, word)
                && !words.Is(WordKind.MustCue, word) && !words.Is(WordKind.NiceCue, word) && !Interjections.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Overall years: the first mention not tied to a requirement.</summary>
    public static int? OverallYears(string text, IReadOnlyList<YearsMention> years, IReadOnlyList<ReadRequirement> requirements) =>
        years.FirstOrDefault(m => m.LinkEnd < 0 || !requirements.Any(r => r.Years == m.Years && r.Start >= m.LinkEnd && r.Start - m.LinkEnd <= LinkReach && text.AsSpan(m.LinkEnd, r.Start - m.LinkEnd).IndexOfAny(",;.()") < 0))?.Years;

    // A language named alone or with a cue ("German", "fluent German", "German B2", "German speaking", "French obviously"), not one naming a thing ("Dutch law", "German company").
    private bool IsLanguageRequirement(IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count || tokens[next].Kind != TokenKind.Word)
        {
            return true;
        }

        var word = tokens[next].Folded;
        return RequestWords.IsMannerAdverb(word) || words.Is(WordKind.LanguageCue, word) || words.Is(WordKind.Language, word) || words.Is(WordKind.NiceCue, word) || words.Is(WordKind.MustCue, word)
            || Connectors.Contains(word) || words.Is(WordKind.Filler, word) || words.Is(WordKind.Function, word) || words.Is(WordKind.Condition, word);
    }

    // "remote within Germany for payroll reasons", "for tax purposes": a skill's name that says why, not what the job asks.
    private static readonly HashSet<string> Reasons = new(StringComparer.Ordinal) { "reason", "reasons", "purpose", "purposes" };

    private static bool GivesAReason(IReadOnlyList<Token> tokens, int end) => end < tokens.Count && Reasons.Contains(tokens[end].Folded);

    /// <summary>Tokens that are never part of a requirement's name: cues, fillers, conditions, function words, numbers.</summary>
    private bool[] Noise(string text, IReadOnlyList<Token> tokens)
    {
        var noise = new bool[tokens.Count];
        foreach (var kind in new[] { WordKind.Condition, WordKind.NiceCue, WordKind.MustCue, WordKind.Filler, WordKind.Function, WordKind.LanguageCue })
        {
            foreach (var match in words.Find(kind, text, tokens))
            {
                Take(noise, match.FirstToken, match.TokenCount);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            noise[i] |= tokens[i].Kind != TokenKind.Word;
        }

        return noise;
    }

    /// <summary>"Swiss GAAP", "Dutch law": a capitalized unknown word right before a known requirement names a kind of it; any unknown word before a language qualifies it ("native English").</summary>
    private static void MergeProperModifiers(List<(int First, int Count, string Subject, QualificationCategory Category, bool Known)> items, IReadOnlyList<Token> tokens)
    {
        foreach (var modifier in items.Where(i => !i.Known && i.Count == 1).ToList())
        {
            var capitalized = char.IsUpper(tokens[modifier.First].Text[0]) && tokens[modifier.First].Text.Skip(1).Any(char.IsLower);
            var next = items.FindIndex(i => i.First == modifier.First + 1 && i.Known
                && (i.Category == QualificationCategory.Language || (capitalized && i.Category == QualificationCategory.Skill)));
            if (next < 0)
            {
                continue;
            }

            // "Native English", "Business German": one requirement of that language, written as the recruiter wrote it.
            var known = items[next];
            items[next] = known.Category == QualificationCategory.Language
                ? (modifier.First, known.Count + 1, known.Subject, known.Category, true)
                : (modifier.First, known.Count + 1, $"{tokens[modifier.First].Folded} {string.Join(' ', tokens.Skip(known.First).Take(known.Count).Select(t => t.Folded))}", QualificationCategory.Skill, false);
            items.Remove(modifier);
        }
    }

    // "stock control software experience", "SAP systems knowledge": the kind of thing a requirement is, no requirement of its own.
    private static readonly HashSet<string> KindsOfThing = new(StringComparer.Ordinal)
    {
        "software", "system", "systems", "tool", "tools", "tooling", "platform", "platforms", "package", "packages", "program", "programs",
        "programme", "programmes", "application", "applications", "apps", "solution", "solutions", "skills", "experience", "knowledge",
    };

    private static bool IsKindOfThingAfterRequirement((int First, int Count, string Subject, QualificationCategory Category, bool Known) item, List<(int First, int Count, string Subject, QualificationCategory Category, bool Known)> items) =>
        !item.Known && KindsOfThing.Contains(item.Subject) && items.Exists(other => other.First + other.Count == item.First && other.Category == QualificationCategory.Skill);

    private static bool IsGeneralBeforeTool((int First, int Count, string Subject, QualificationCategory Category, bool Known) item, List<(int First, int Count, string Subject, QualificationCategory Category, bool Known)> items, IReadOnlyList<Token> tokens)
    {
        var link = item.First + item.Count;
        return item.Category == QualificationCategory.Skill && link + 1 < tokens.Count && ToolLinks.Contains(tokens[link].Folded)
            && items.Exists(other => other.First == link + 1 && other.Category == QualificationCategory.Skill);
    }

    /// <summary>Years written just before a requirement with a link word ("4 years of Spring Boot"), by the requirement's first token; never across a comma.</summary>
    private static Dictionary<int, int> LinkedYears(string text, IReadOnlyList<Token> tokens, IReadOnlyList<YearsMention> years, List<int> itemStarts)
    {
        var linked = new Dictionary<int, int>();
        foreach (var mention in years.Where(m => m.LinkEnd >= 0))
        {
            var first = itemStarts
                .Where(i => tokens[i].Start >= mention.LinkEnd && tokens[i].Start - mention.LinkEnd <= LinkReach && text.AsSpan(mention.LinkEnd, tokens[i].Start - mention.LinkEnd).IndexOfAny(",;.()") < 0)
                .DefaultIfEmpty(-1)
                .Min();
            if (first >= 0)
            {
                linked.TryAdd(first, mention.Years);
            }
        }

        return linked;
    }

    private static bool Free(bool[] taken, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            if (taken[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Take(bool[] taken, int first, int count)
    {
        for (var i = first; i < first + count && i < taken.Length; i++)
        {
            taken[i] = true;
        }
    }

    private static string Written(string text, IReadOnlyList<Token> tokens, int first, int count) => text[tokens[first].Start..tokens[first + count - 1].End];
}
