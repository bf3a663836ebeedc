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
    public Dictionary<int, QualificationKind> Of(string text, IReadOnlyList<Token> tokens, int[] segment, HashSet<int> itemStarts, bool[] claimed, QualificationKind defaultKind)
    {
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

        foreach (var (match, kind) in cues)
        {
            var at = match.FirstToken;
            if (LabelsWhatFollows(tokens, match))
            {
                // The colon ends the label's sentence: what it labels is the sentence that follows.
                headed[ListSegments.SentenceOf(tokens, match.EndToken) + 1] = kind;
                continue;
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

        return itemStarts.ToDictionary(
            i => i,
            i => bySegment.TryGetValue(segment[i], out var kind) ? kind : headed.TryGetValue(ListSegments.SentenceOf(tokens, i), out var head) ? head : defaultKind);
    }

    private static bool LabelsWhatFollows(IReadOnlyList<Token> tokens, PhraseMatch<string> match) =>
        match.EndToken < tokens.Count && tokens[match.EndToken].Text == ":";
}
