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
    public Dictionary<int, QualificationKind> Of(string text, IReadOnlyList<Token> tokens, int[] segment, HashSet<int> itemStarts, QualificationKind defaultKind)
    {
        var bySegment = new Dictionary<int, QualificationKind>();
        var headed = new Dictionary<int, QualificationKind>();
        var cues = words.Find(WordKind.NiceCue, text, tokens).Select(m => (m, Kind: QualificationKind.NiceToHave))
            .Concat(words.Find(WordKind.MustCue, text, tokens).Select(m => (m, Kind: QualificationKind.MustHave)))
            .OrderBy(c => c.m.FirstToken);
        foreach (var (match, kind) in cues)
        {
            var at = match.FirstToken;
            if (match.EndToken < tokens.Count && tokens[match.EndToken].Text == ":")
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
}
