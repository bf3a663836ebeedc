using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// A preference the policy found in a message: the rule, its term and the cues that made it one, or the
/// clauses it spans when an action elsewhere in the sentence turns a mention into one.
/// </summary>
internal sealed record MessagePreference(
    PolicyRule Rule,
    Match Match,
    TextSpan Term,
    bool Led,
    IReadOnlyList<PreferenceCue> Before,
    PreferenceCue? After,
    int Sentence,
    (int First, int Last)? Clauses,
    TextSpan Phrase)
{
    /// <summary>
    /// A preference read from its term and cues; the phrase runs from the first cue that limits who is
    /// considered to the last, and covers the whole match ("he should", of which "he" is the term).
    /// </summary>
    public static MessagePreference Cued(PolicyRule rule, Match match, TextSpan term, bool led, IReadOnlyList<PreferenceCue> before, PreferenceCue? after, int sentence)
    {
        var start = before.Where(c => !c.Kept).Select(c => c.Span.Start).Append(term.Start).Min();
        var end = Math.Max(after?.Span.End ?? term.End, Math.Max(term.End, match.Index + match.Length));
        return new MessagePreference(rule, match, term, led, before, after, sentence, null, new TextSpan(start, end));
    }

    public PolicyFinding ToFinding(string message) =>
        new(Rule.Attribute, Phrase.Of(message), Phrase.Start, Phrase.Length, Rule.Reason, Rule.RewordingFor(Match));
}
