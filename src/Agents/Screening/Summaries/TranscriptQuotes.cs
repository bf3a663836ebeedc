using Hiring.Agents.Evaluation;
using Hiring.Agents.Screening.Transcripts;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>
/// Whether a quote is the candidate's own words: a verbatim part of one of their turns, only
/// whitespace normalised (<see cref="QuoteCheck.CollapseWhitespace"/>), as evaluation checks its quotes
/// against the profile. The recruiter's words are never the candidate's.
/// </summary>
public static class TranscriptQuotes
{
    public static bool IsVerbatim(Transcript transcript, string candidateSpeaker, string quote)
    {
        var wanted = QuoteCheck.CollapseWhitespace(quote);
        return wanted.Length > 0 && transcript.TurnsOf(candidateSpeaker).Any(t => QuoteCheck.CollapseWhitespace(t.Text).Contains(wanted, StringComparison.Ordinal));
    }
}
