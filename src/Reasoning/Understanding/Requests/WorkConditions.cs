using System.Globalization;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// "nights only", "rotating shifts incl sundays", "6 month contract", "12-hour shifts", "on call some weekends": the working
/// pattern and terms a job comes with are kept on the project as a requirement in the recruiter's words (a condition the
/// candidate takes on), as <see cref="WillingnessClauses"/> keeps "willing to work weekends". Never a skill: a word of the list
/// followed by a word it names a kind of ("contract law", "temp agency") is not a condition. Read before the runs of unknown words.
/// </summary>
public sealed class WorkConditions(RequestWords words)
{
    // A condition is short; beyond this many tokens its clause is about something else.
    private const int MaxTokens = 8;

    // Before a condition: its length and rhythm ("6 month", "12-hour", "every other", "mostly").
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos", "year", "years", "yr", "yrs",
    };

    private static readonly HashSet<string> Leads = new(StringComparer.Ordinal)
    {
        "mostly", "mainly", "occasional", "regular", "some", "every", "other", "alternate", "alternating", "rotating", "fixed", "early", "late", "long",
    };

    // After a condition: words that go on describing it ("only", "incl sundays", "a week").
    private static readonly HashSet<string> Tails = new(StringComparer.Ordinal)
    {
        "only", "incl", "including", "some", "every", "other", "alternate", "a", "per", "availability",
    };

    // Words that join two conditions ("evenings n weekends").
    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "and", "n", "&", "or", "/", "+", "plus" };

    // Never the last word of a condition.
    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal) { "incl", "including", "some", "every", "other", "alternate", "a", "per", "and", "n", "&", "or", "/", "+", "plus", "-" };

    // After a condition, words that close it rather than name a kind of it ("part-time ok", "contract until June").
    private static readonly HashSet<string> Closers = new(StringComparer.Ordinal)
    {
        "ok", "okay", "fine", "possible", "considered", "until", "till", "til", "through", "ending", "starting", "from", "for", "to", "in", "at", "with", "add", "pls", "please", "too", "btw", "thanks",
    };

    private static readonly HashSet<string> Weekdays = new(
        CultureInfo.InvariantCulture.DateTimeFormat.DayNames.SelectMany(d => new[] { d.ToLowerInvariant(), d.ToLowerInvariant() + "s" }),
        StringComparer.Ordinal);

    /// <summary>Each condition: its first token and how many tokens it spans.</summary>
    public IEnumerable<(int First, int Count)> Find(string text, IReadOnlyList<Token> tokens, bool[] taken, int[] segment)
    {
        var matches = words.Find(WordKind.WorkCondition, text, tokens).Where(m => !taken.AsSpan(m.FirstToken, m.TokenCount).Contains(true)).ToList();
        var starts = matches.ToDictionary(m => m.FirstToken, m => m.EndToken);
        var used = -1;
        foreach (var match in matches)
        {
            if (match.FirstToken <= used || NamesAKindOf(tokens, taken, segment, match.EndToken, match.FirstToken))
            {
                continue;
            }

            var first = match.FirstToken;
            while (first > 0 && first > used + 1 && segment[first - 1] == segment[match.FirstToken] && !taken[first - 1] && Leading(tokens, first - 1))
            {
                first--;
            }

            var end = match.EndToken;
            while (end < tokens.Count && end - first < MaxTokens && segment[end] == segment[match.FirstToken] && !taken[end])
            {
                if (starts.TryGetValue(end, out var next) || Weekdays.Contains(tokens[end].Folded))
                {
                    end = Math.Max(end + 1, next);
                }
                else if (Joins.Contains(tokens[end].Folded) && end + 1 < tokens.Count && (starts.ContainsKey(end + 1) || Weekdays.Contains(tokens[end + 1].Folded)))
                {
                    end++;
                }
                else if (Tails.Contains(tokens[end].Folded) || tokens[end].Kind == TokenKind.Number || Units.Contains(tokens[end].Folded))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            while (end > match.EndToken && Dangling.Contains(tokens[end - 1].Folded))
            {
                end--;
            }

            used = end - 1;
            yield return (first, end - first);
        }
    }

    /// <summary>Whether the word after a condition's word makes it a name of something else ("contract law", "casual dining").</summary>
    private bool NamesAKindOf(IReadOnlyList<Token> tokens, bool[] taken, int[] segment, int next, int first)
    {
        if (next >= tokens.Count || segment[next] != segment[first] || taken[next] || tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = tokens[next].Folded;
        return !(Tails.Contains(word) || Joins.Contains(word) || Closers.Contains(word) || Weekdays.Contains(word) || Units.Contains(word)
            || words.Is(WordKind.Function, word) || words.Is(WordKind.Filler, word) || words.Is(WordKind.Condition, word) || words.Is(WordKind.WorkCondition, word)
            || words.Is(WordKind.MustCue, word) || words.Is(WordKind.NiceCue, word));
    }

    // "6 month", "12-hour", "every other", "mostly": the hyphen only between a number and its unit.
    private static bool Leading(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Kind == TokenKind.Number || Units.Contains(tokens[at].Folded) || Leads.Contains(tokens[at].Folded)
        || (tokens[at].Text == "-" && at > 0 && tokens[at - 1].Kind == TokenKind.Number);
}
