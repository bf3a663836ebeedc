using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// "must be willing to work weekends", "able to lift 50 lbs", "comfortable with travel", "happy to work nights": what a
/// candidate must be willing or able to do is a requirement, kept whole in the recruiter's words; a job's working pattern
/// named alone ("nights only") is kept the same way by <see cref="WorkConditions"/>, read after these so that the clause
/// stays whole. Read before the runs of unknown words, which would stop at the first small word and keep "willing" alone.
/// </summary>
public sealed class WillingnessClauses(RequestWords words)
{
    // What is said after the clause's link is at most this many words; a longer run is prose, not a requirement.
    private const int MaxWords = 6;

    private static readonly HashSet<string> Attitudes = new(StringComparer.Ordinal)
    {
        "willing", "able", "prepared", "happy", "comfortable", "open",
    };

    // Not "for" and not "ok": "Chennai also ok for this role" widens the role's places.
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "to", "with" };

    // "we're happy to sponsor visas", "the client is open to remote": the employer's own willingness is no requirement of the candidate.
    private static readonly HashSet<string> EmployerSide = new(StringComparer.Ordinal)
    {
        "we", "we're", "were", "we'd", "i", "i'm", "im", "i'd", "us", "you", "you're", "they", "they're", "client", "company", "team", "hm", "manager", "employer",
    };

    // Words that join a clause to what follows it ("… to client sites in Ohio"), never its last word.
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "in", "at", "to", "for", "of", "from", "near", "around", "within", "and", "or", "with", "by", "the", "a", "an", "our", "their",
    };

    // How far back the one who is willing may stand ("we'd also be happy to").
    private const int SubjectReach = 4;

    /// <summary>Each clause: its first token (the attitude word) and how many tokens it spans.</summary>
    public IEnumerable<(int First, int Count)> Find(IReadOnlyList<Token> tokens, bool[] taken, int[] segment)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            // "happy to help if you need more": a message that opens with it speaks of its writer.
            if (i == 0 || taken[i] || !Attitudes.Contains(tokens[i].Folded) || !Links.Contains(tokens[i + 1].Folded) || segment[i + 1] != segment[i] || EmployersOwn(tokens, segment, i))
            {
                continue;
            }

            var end = i + 2;
            while (end < tokens.Count && end - (i + 2) < MaxWords && segment[end] == segment[i] && !taken[end]
                && (tokens[end].Kind == TokenKind.Word ? !Cue(tokens[end].Folded) : JoinsWords(tokens, end)))
            {
                end++;
            }

            // Longer than a requirement: prose ("happy to walk you through how the team works day to day"), not a clause.
            var stopped = end == tokens.Count || segment[end] != segment[i] || tokens[end].Kind != TokenKind.Word || taken[end] || Cue(tokens[end].Folded);
            // "willing to travel to client sites in Ohio": the place is read elsewhere; the words joining it are no part of the clause.
            while (end > i + 2 && Joiners.Contains(tokens[end - 1].Folded))
            {
                end--;
            }

            // "happy to help", "open to all": a clause needs a word of substance after its link.
            if (stopped && end > i + 2)
            {
                yield return (i, end - i);
                i = end - 1;
            }
        }
    }

    // "on-call", "24/7": a hyphen or slash between two words joins them.
    private static bool JoinsWords(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Text is "-" or "/" && at > 0 && at + 1 < tokens.Count && tokens[at - 1].Kind == TokenKind.Word && tokens[at + 1].Kind == TokenKind.Word
        && tokens[at].Start == tokens[at - 1].Start + tokens[at - 1].Length && tokens[at + 1].Start == tokens[at].Start + 1;

    private static bool EmployersOwn(IReadOnlyList<Token> tokens, int[] segment, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - SubjectReach && segment[k] == segment[at]; k--)
        {
            if (EmployerSide.Contains(tokens[k].Folded.Replace('’', '\'')))
            {
                return true;
            }
        }

        return false;
    }

    // A job's conditions ("weekends", "travel", "night shifts") are words of the clause: being willing to work them is the candidate's.
    private bool Cue(string folded) => words.Is(WordKind.MustCue, folded) || words.Is(WordKind.NiceCue, folded);
}
