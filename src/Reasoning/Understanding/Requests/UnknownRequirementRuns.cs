using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// Runs of words nothing else understood that stand where requirements stand, kept in the recruiter's
/// words rather than dropped: right after the title, a place, years or a known requirement with only
/// connectors and fillers between ("data scientist w/ causal inference", "5+ yrs, employment law"); in
/// a clause with a must or nice cue ("Epic EHR is a must"); alone in a list item next to items with
/// requirements; or a capitalized name alone in the list item after the title or place
/// ("customer success manager in Austin, Gainsight"), or any run alone between that item and one with years
/// ("barista in melbourne, latte art, 1yr exp"); or after wording that names a requirement ("who
/// knows Gainsight", "with mixology experience"). Labels ("City:") and the workplace ("for a hotel
/// restaurant") are not requirements.
/// </summary>
/// <param name="words">The request words.</param>
/// <param name="namesSkill">Whether a word names a skill of the vocabulary, in any case.</param>
public sealed class UnknownRequirementRuns(RequestWords words, Func<string, bool> namesSkill)
{
    private const int MaxUnknownWords = 4;

    // How many everyday words may describe the workplace between "for a" and its name ("for a small bistro").
    private const int MaxWorkplaceWords = 2;

    /// <summary>A sentence longer than this is prose: only what is known, or written right after it, is a requirement there.</summary>
    public const int ListSentenceWords = 16;

    // "for a hotel restaurant", "for our Edinburgh hotel": after "for" and one of these, a run names where the job is.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "our", "their", "my", "your", "this", "its" };

    public IEnumerable<(int First, int Count)> Find(string text, IReadOnlyList<Token> tokens, bool[] taken, bool[] noise, bool[] claimed, int[] segment, int[] sentenceWords)
    {
        var cued = new HashSet<int>(words.Find(WordKind.MustCue, text, tokens).Concat(words.Find(WordKind.NiceCue, text, tokens)).Where(m => !claimed[m.FirstToken]).Select(m => segment[m.FirstToken]));
        var leads = words.Find(WordKind.RequirementLead, text, tokens);
        var led = new HashSet<int>(leads.Select(m => m.EndToken));
        var leadEnds = leads.ToDictionary(m => m.FirstToken, m => m.EndToken);
        var tails = new HashSet<int>(words.Find(WordKind.RequirementTail, text, tokens).Select(m => m.FirstToken));
        var withItems = new HashSet<int>(Enumerable.Range(0, tokens.Count).Where(i => taken[i] && !claimed[i]).Select(i => segment[i]));
        var withRole = new HashSet<int>(Enumerable.Range(0, tokens.Count).Where(i => claimed[i]).Select(i => segment[i]));
        var i = 0;
        while (i < tokens.Count)
        {
            if (taken[i] || noise[i])
            {
                i++;
                continue;
            }

            if (leadEnds.TryGetValue(i, out var leadEnd) && leadEnd < tokens.Count && segment[leadEnd] == segment[i])
            {
                // "knowing Lightspeed would be a bonus": the lead names a requirement and is no part of it.
                i = leadEnd;
                continue;
            }

            var end = i;
            while (end < tokens.Count && !taken[end] && !noise[end] && segment[end] == segment[i])
            {
                end++;
            }

            var run = end;
            while (run > i && RequestWords.IsMannerAdverb(tokens[run - 1].Folded) && !IsProperName(tokens[run - 1]))
            {
                // "French obviously": how the recruiter feels about a requirement is no part of it.
                run--;
            }

            // "manual handling training would be a bonus": a word that makes the run a requirement closes it rather than joining its name.
            var tailed = run - 1 > i && tails.Contains(run - 1);
            if (tailed)
            {
                run--;
            }

            var listLike = sentenceWords[i] <= ListSentenceWords;
            var alone = listLike && AloneInSegment(tokens, taken, noise, segment, i, end);
            if (run > i && run - i <= MaxUnknownWords && LooksLikeAName(tokens, i, run) && !IsLabel(tokens, end)
                && ((led.Contains(i) && EndsItsItem(tokens, taken, segment, end)) || (!NamesTheWorkplace(tokens, claimed, i) && (tailed || tails.Contains(end)
                    || AfterUnderstood(tokens, taken, segment, i) || (listLike && BeforeUnderstood(tokens, taken, claimed, segment, end)) || ((listLike || Bracketed(tokens, segment, i)) && cued.Contains(segment[i]))
                    || (alone && (withItems.Contains(segment[i] - 1) || withItems.Contains(segment[i] + 1)))
                    || (alone && withRole.Contains(segment[i] - 1) && (IsProperName(tokens[i]) || withRole.Contains(segment[i] + 1)) && ListedAfterBreak(text, tokens, i))))))
            {
                if (!EverydayWord(tokens, i, run - i) || cued.Contains(segment[i]) || tailed || tails.Contains(end) || led.Contains(i))
                {
                    yield return (i, run - i);
                }
            }

            i = end;
        }
    }

    // "own the services", "track progress": one lower-case word of the language that names no skill or spoken language is a
    // requirement only with wording that makes it one ("gaelic a bonus", "agency background"); a name ("gainsight") or two
    // words ("latte art") are kept as they stand.
    // A word alone between list marks ("xero + sage", ", toast,") is a list item all the same.
    private bool EverydayWord(IReadOnlyList<Token> tokens, int first, int count) =>
        count == 1 && tokens[first].Text.All(char.IsLower) && KnownWords.Contains(tokens[first].Folded)
        && !namesSkill(tokens[first].Text) && !words.Is(WordKind.Language, tokens[first].Folded)
        && !(ListedAt(tokens, first - 1) && ListedAt(tokens, first + 1));

    // The text's edge, a list mark or a slash ("xero/sage") beside a word.
    private static bool ListedAt(IReadOnlyList<Token> tokens, int at) =>
        at < 0 || at >= tokens.Count || ListSegments.IsListMark(tokens[at]) || tokens[at].Text == "/";

    // "TMS experience (ideally Transporeon)": brackets hold an aside of their own, a list item even inside prose, so a name cued there is one.
    private static bool Bracketed(IReadOnlyList<Token> tokens, int[] segment, int at)
    {
        var first = at;
        while (first > 0 && segment[first - 1] == segment[at])
        {
            first--;
        }

        var last = at;
        while (last + 1 < tokens.Count && segment[last + 1] == segment[at])
        {
            last++;
        }

        return first > 0 && tokens[first - 1].Text == "(" && tokens[last].Text == ")";
    }

    // "City: Bilbao", "Tools: Figma": words right before a colon label what follows.
    private static bool IsLabel(IReadOnlyList<Token> tokens, int end) => end < tokens.Count && tokens[end].Text == ":";

    // "out of our Doncaster depot", "at our Leeds site": the employer's own place after another preposition.
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "our", "their", "my", "your" };
    private static readonly HashSet<string> WorkplacePrepositions = new(StringComparer.Ordinal) { "at", "in", "of", "from", "to", "into" };

    // "for a hotel restaurant in Bath", "for our Edinburgh hotel", "for a small bistro": the employer or the setting, not a skill.
    private bool NamesTheWorkplace(IReadOnlyList<Token> tokens, bool[] claimed, int first)
    {
        var k = first - 1;
        var described = 0;
        for (; k >= 0 && !Determiners.Contains(tokens[k].Folded); k--)
        {
            if (!claimed[k] && (!words.Is(WordKind.Function, tokens[k].Folded) || ++described > MaxWorkplaceWords))
            {
                return false;
            }
        }

        return k >= 1 && Determiners.Contains(tokens[k].Folded)
            && (tokens[k - 1].Folded == "for" || (Possessives.Contains(tokens[k].Folded) && WorkplacePrepositions.Contains(tokens[k - 1].Folded)));
    }

    // "someone who knows Gainsight", "who's worked with Toniq, ideally": the run after the lead ends its list item.
    private bool EndsItsItem(IReadOnlyList<Token> tokens, bool[] taken, int[] segment, int end)
    {
        for (var k = end; k < tokens.Count && segment[k] == segment[end - 1]; k++)
        {
            var word = tokens[k].Folded;
            if (taken[k])
            {
                return true;
            }

            if (tokens[k].Kind == TokenKind.Word && !ListSegments.Connectors.Contains(word) && !words.Is(WordKind.Filler, word) && !words.Is(WordKind.MustCue, word)
                && !words.Is(WordKind.NiceCue, word) && !words.Is(WordKind.Condition, word))
            {
                return false;
            }
        }

        return true;
    }

    private bool AfterUnderstood(IReadOnlyList<Token> tokens, bool[] taken, int[] segment, int start)
    {
        for (var k = start - 1; k >= 0 && segment[k] == segment[start]; k--)
        {
            if (taken[k])
            {
                return true;
            }

            var word = tokens[k].Folded;
            if (tokens[k].Kind == TokenKind.Word && !ListSegments.Connectors.Contains(word) && !words.Is(WordKind.Filler, word) && !words.Is(WordKind.MustCue, word) && !words.Is(WordKind.NiceCue, word))
            {
                return false;
            }
        }

        return false;
    }

    // "musculoskeletal and sports rehabilitation": a run joined by a connector to a known requirement after it.
    private static bool BeforeUnderstood(IReadOnlyList<Token> tokens, bool[] taken, bool[] claimed, int[] segment, int end)
    {
        for (var k = end; k < tokens.Count && segment[k] == segment[end - 1]; k++)
        {
            if (taken[k])
            {
                // Joined by a connector ("musculoskeletal and sports rehabilitation"), or a capitalized word naming a kind of it ("Swiss GAAP").
                return !claimed[k] && (k > end || char.IsUpper(tokens[end - 1].Text[0]));
            }

            if (!ListSegments.Connectors.Contains(tokens[k].Folded))
            {
                return false;
            }
        }

        return false;
    }

    private static bool AloneInSegment(IReadOnlyList<Token> tokens, bool[] taken, bool[] noise, int[] segment, int first, int end)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (segment[k] == segment[first] && (k < first || k >= end) && (taken[k] || !noise[k]))
            {
                return false;
            }
        }

        return true;
    }

    // ", Gainsight", " | Kronos", " - Xero": a list item after a comma, a bar or a spaced dash; "Mon–Fri" is a range.
    private static bool ListedAfterBreak(string text, IReadOnlyList<Token> tokens, int first)
    {
        if (first == 0)
        {
            return false;
        }

        var before = tokens[first - 1];
        // "Licensed electrician (Red Seal)": a credential in brackets after the title.
        if (before.Text is "," or "|" or ";" or "(")
        {
            return true;
        }

        var gap = text.AsSpan(before.End, tokens[first].Start - before.End);
        return gap.Contains('\n') || (gap.Length >= 3 && char.IsWhiteSpace(gap[0]) && char.IsWhiteSpace(gap[^1]));
    }

    // "Gainsight", "Kronos": a product's name is capitalized; a lower-case word alone after a place may be anything ("thx").
    private static bool IsProperName(Token token) => token.Text.Length > 1 && char.IsUpper(token.Text[0]);

    // Past participles and adverbs start clauses, not names ("managed big budgets", "really"); a lone letter is no name ("Gas Fitter B").
    // A capitalized "-ly" word inside a sentence is a product's name ("they must know Dentally", "Grammarly"), and so is one whose
    // "-ly" makes no adverb of a word ("tally", "anomaly").
    private static bool LooksLikeAName(IReadOnlyList<Token> tokens, int first, int end)
    {
        var head = tokens[first].Folded;
        var namedMidSentence = first > 0 && IsProperName(tokens[first]) && tokens[first - 1].Text is not ("." or "!" or "?" or ":");
        // "the sun finally came out": an adverb between a run's words makes a clause of it, not a name.
        return !(head.EndsWith("ed", StringComparison.Ordinal) && head.Length > 4) && (!IsAdverb(head) || namedMidSentence)
            && !Enumerable.Range(first + 1, Math.Max(0, end - first - 2)).Any(k => !IsProperName(tokens[k]) && IsAdverb(tokens[k].Folded))
            && Enumerable.Range(first, end - first).All(k => tokens[k].Folded.Any(char.IsLetter) && !MoneyAmount.Is(tokens[k].Text))
            && Enumerable.Range(first, end - first).Any(k => tokens[k].Folded.Length > 1);
    }

    // Shorter than this, what is left before "-ly" makes no adverb ("on" of "only"), but "day" of "daily" does.
    private const int MinAdverbStem = 3;

    /// <summary>
    /// Whether a "-ly" word is an adverb: "-ly" added to an English word ("really", "ideally", "strongly"), in place of a final
    /// "le" ("simply") or "y" ("happily", "daily"), or "-ally" added to an "-ic" word ("basically"). ("tally" is no "tale" + "ly".) A "-ly" word made
    /// from no word is a noun or a name ("tally", the accounting package; "anomaly", "family", "supply").
    /// </summary>
    internal static bool IsAdverb(string folded)
    {
        if (!folded.EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = folded[..^2];
        if (stem.Length < MinAdverbStem)
        {
            return false;
        }

        return IsStem(stem) || IsStem(folded[..^1] + "e")
            || (stem.EndsWith('i') && KnownWords.Contains(stem[..^1] + "y"))
            || (folded.EndsWith("ically", StringComparison.Ordinal) && IsStem(folded[..^4]));
    }

    // A word of four letters or more: shorter pieces of the vocabulary are often no words ("tal" of "tally").
    private static bool IsStem(string word) => word.Length > MinAdverbStem && KnownWords.Contains(word);
}
