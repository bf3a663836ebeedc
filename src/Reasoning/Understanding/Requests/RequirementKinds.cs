using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// Must or nice for each requirement of a request, by the cue words of its segment ("Go, Rust - a plus",
/// "Terraform required"); a cue followed by ':' ("Nice to have: GraphQL") is a label that governs the
/// sentence after it.
/// </summary>
public sealed class RequirementKinds(RequestWords words)
{
    // claimed: the tokens of places, the title and the level, which are no cues even when they are cue words ("a chef in Nice").
    // yearsAt: the tokens where years of experience are written ("3+ years").
    public Dictionary<int, QualificationKind> Of(string text, IReadOnlyList<Token> tokens, int[] segment, HashSet<int> itemStarts, bool[] claimed, QualificationKind defaultKind, IReadOnlyCollection<int>? yearsAt = null)
    {
        var niceAt = new Dictionary<int, int>();
        var bySegment = new Dictionary<int, QualificationKind>();
        var headed = new Dictionary<int, QualificationKind>();
        var cues = words.Find(WordKind.NiceCue, text, tokens).Select(m => (m, Kind: QualificationKind.NiceToHave))
            .Concat(words.Find(WordKind.MustCue, text, tokens).Select(m => (m, Kind: QualificationKind.MustHave)))
            .Where(c => !claimed[c.m.FirstToken])
            .OrderBy(c => c.m.FirstToken);
        var labels = words.Find(WordKind.NiceLabel, text, tokens).Select(m => (m, Kind: QualificationKind.NiceToHave))
            .Concat(words.Find(WordKind.MustLabel, text, tokens).Select(m => (m, Kind: QualificationKind.MustHave)));
        foreach (var (match, kind) in labels.Where(l => LabelsWhatFollows(tokens, l.m)))
        {
            // "Plus: Basque", "Reqs: AutoCAD": words that are labels only before a colon ("Go plus Rust" is a list).
            headed[ListSegments.SentenceOf(tokens, match.EndToken) + 1] = kind;
        }

        var inline = new List<(PhraseMatch<string> m, QualificationKind Kind)>();
        foreach (var (match, kind) in cues)
        {
            var at = match.FirstToken;
            if (LabelsWhatFollows(tokens, match))
            {
                // The colon ends the label's sentence: what it labels is the sentence that follows.
                headed[ListSegments.SentenceOf(tokens, match.EndToken) + 1] = kind;
                continue;
            }

            inline.Add((match, kind));
            if (kind == QualificationKind.NiceToHave)
            {
                niceAt.TryAdd(segment[at], at);
            }

            // The nice cue wins a segment that has both ("not a must, nice to have").
            if (!bySegment.TryGetValue(segment[at], out var current) || kind == QualificationKind.NiceToHave)
            {
                bySegment[segment[at]] = kind;
            }

            // A cue alone in its segment ("Go, Rust - a plus") speaks for the segment before it.
            if (!Enumerable.Range(0, tokens.Count).Any(i => segment[i] == segment[at] && itemStarts.Contains(i)) && segment[at] > 0)
            {
                bySegment.TryAdd(segment[at] - 1, kind);
            }
        }

        var split = Splits(tokens, segment, itemStarts, inline);
        return itemStarts.ToDictionary(
            i => i,
            i => split.TryGetValue(segment[i], out var halves) ? (i < halves.At ? halves.Before : halves.After)
                : bySegment.TryGetValue(segment[i], out var kind) ? (kind == QualificationKind.NiceToHave && BeforeYears(i, segment, itemStarts, niceAt, yearsAt) ? defaultKind : kind)
                : headed.TryGetValue(ListSegments.SentenceOf(tokens, i), out var head) ? head : defaultKind);
    }

    /// <summary>
    /// "Spanish is required and English is a plus", "Go required and ideally Rust": a segment with a must cue and a nice
    /// cue, joined by "and" (or "but", "while", a comma, or nothing at all) with requirements on both sides, is two halves,
    /// each with its own cue's kind. Without requirements on both sides ("not a must, nice to have") the segment stays one.
    /// </summary>
    private static Dictionary<int, (int At, QualificationKind Before, QualificationKind After)> Splits(
        IReadOnlyList<Token> tokens, int[] segment, HashSet<int> itemStarts, List<(PhraseMatch<string> m, QualificationKind Kind)> cues)
    {
        var splits = new Dictionary<int, (int At, QualificationKind Before, QualificationKind After)>();
        foreach (var group in cues.GroupBy(c => segment[c.m.FirstToken]))
        {
            var first = group.First();
            var second = group.FirstOrDefault(c => c.Kind != first.Kind);
            if (second.m is null)
            {
                continue;
            }

            var at = Enumerable.Range(first.m.EndToken, Math.Max(0, second.m.FirstToken - first.m.EndToken)).LastOrDefault(i => Joins(tokens[i]), -1);
            if (at < 0)
            {
                // Typed with no joiner ("mcleod experience required spanish a plus"): a first cue after requirements closes them,
                // one before requirements ("must have python nice to have go") opens those up to the second cue.
                at = itemStarts.Any(i => segment[i] == group.Key && i < first.m.FirstToken) ? first.m.EndToken : second.m.FirstToken;
            }

            if (at >= 0 && itemStarts.Any(i => segment[i] == group.Key && i < at) && itemStarts.Any(i => segment[i] == group.Key && i >= at))
            {
                splits[group.Key] = (at, first.Kind, second.Kind);
            }
        }

        return splits;
    }

    /// <summary>
    /// "swift swiftui 3+ years german nice to have", typed with no commas: years written between a requirement and a nice cue
    /// after it close the list before them, so the cue speaks only for the requirements after the years.
    /// </summary>
    private static bool BeforeYears(int item, int[] segment, HashSet<int> itemStarts, Dictionary<int, int> niceAt, IReadOnlyCollection<int>? yearsAt) =>
        yearsAt is { Count: > 0 } && niceAt.TryGetValue(segment[item], out var cue)
        && yearsAt.Any(y => y > item && y < cue && segment[y] == segment[item] && itemStarts.Any(i => i > y && i < cue && segment[i] == segment[item]));

    private static bool Joins(Token token) => token.Text is "," or ";" || token.Folded is "and" or "but" or "while" or "whereas";

    private static bool LabelsWhatFollows(IReadOnlyList<Token> tokens, PhraseMatch<string> match) =>
        match.EndToken < tokens.Count && tokens[match.EndToken].Text == ":";
}
