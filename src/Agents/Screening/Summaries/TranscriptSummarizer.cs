using System.Text.RegularExpressions;
using Hiring.Agents.Screening.Transcripts;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>
/// The built-in summary of a screen: for each approved qualification, the candidate's sentences that
/// name it, or their answer to a recruiter's question that names it, quoted as said; a qualification
/// nothing in the transcript speaks to is listed as not covered. It composes nothing the candidate
/// did not say; <see cref="SummaryCheck"/> holds any summary to that.
/// </summary>
public sealed class TranscriptSummarizer(QualificationTerms terms, ScreeningPhrases phrases) : IBuiltInTask<SummaryRequest, SummaryDraft>
{
    public const string EngineName = "builtin:transcript-summary";
    public const string ResourceName = "builtin/screening";

    public string Name => TranscriptSummaryTask.Name;

    public ModelTier Tier => TranscriptSummaryTask.Tier;

    public Provenance Provenance => new(ReasoningEngine.BuiltIn, EngineName, ResourceName, phrases.Version, Tier);

    public Task<SummaryDraft> RunAsync(SummaryRequest input, ReasoningContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(new SummaryDraft(Summarize(input.CandidateId, input.Name, input.Transcript, input.CandidateSpeaker, input.Qualifications, input.At), Provenance));

    public ScreeningSummary Summarize(string candidateId, string name, Transcript transcript, string candidateSpeaker, IReadOnlyList<Qualification> qualifications, DateTimeOffset at)
    {
        var notes = qualifications.Select(q => Note(q, QuotesFor(terms.Of(q), transcript, candidateSpeaker), name)).ToList();
        return Compose(candidateId, name, transcript, candidateSpeaker, notes, at, phrases);
    }

    /// <summary>The summary's sentence and notes from notes already made (and checked).</summary>
    public static ScreeningSummary Compose(string candidateId, string name, Transcript transcript, string candidateSpeaker, IReadOnlyList<QualificationNote> notes, DateTimeOffset at, ScreeningPhrases phrases)
    {
        var missing = notes.Where(n => n.Coverage == NoteCoverage.NotCovered).Select(n => n.Qualification).ToList();
        var text = phrases.Say(
            "summary",
            ("name", name),
            ("turns", transcript.Turns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("covered", (notes.Count - missing.Count).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("total", notes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("missing", missing.Count == 0 ? phrases.Say("all_covered") : phrases.Say("missing", ("names", string.Join(", ", missing)))));
        return new ScreeningSummary(candidateId, text, notes, transcript.Turns.Count, candidateSpeaker, at);
    }

    /// <summary>A note on the qualification from the quotes kept: covered with them, or not covered.</summary>
    public static QualificationNote Note(Qualification qualification, IReadOnlyList<string> quotes, string name, ScreeningPhrases phrases) =>
        quotes.Count > 0
            ? new QualificationNote(qualification.Id, qualification.Text, NoteCoverage.Covered, quotes, phrases.Say("note_covered", ("name", name), ("quotes", string.Join(" ", quotes.Select(q => $"“{q}”")))))
            : new QualificationNote(qualification.Id, qualification.Text, NoteCoverage.NotCovered, [], phrases.Say("note_not_covered"));

    private QualificationNote Note(Qualification qualification, IReadOnlyList<string> quotes, string name) => Note(qualification, quotes, name, phrases);

    private List<string> QuotesFor(IReadOnlyList<Regex> patterns, Transcript transcript, string candidateSpeaker)
    {
        var quotes = new List<string>();
        if (patterns.Count == 0)
        {
            return quotes;
        }

        var turns = transcript.Turns;
        for (var i = 0; i < turns.Count && quotes.Count < phrases.MaxQuotes; i++)
        {
            var turn = turns[i];
            if (IsCandidate(turn, candidateSpeaker))
            {
                quotes.AddRange(TurnSentences.Of(turn.Text).Where(s => QualificationTerms.Mentions(patterns, s)).Where(s => !quotes.Contains(s)).Take(phrases.MaxQuotes - quotes.Count));
            }
            else if (QualificationTerms.Mentions(patterns, turn.Text) && i + 1 < turns.Count && IsCandidate(turns[i + 1], candidateSpeaker)
                && !QualificationTerms.Mentions(patterns, turns[i + 1].Text) && TurnSentences.Of(turns[i + 1].Text).FirstOrDefault() is { } answer && !quotes.Contains(answer))
            {
                // The recruiter asked about it and the candidate answered without naming it again ("About three years, mostly on EKS.").
                quotes.Add(answer);
            }
        }

        return quotes;
    }

    private static bool IsCandidate(TranscriptTurn turn, string candidateSpeaker) =>
        string.Equals(turn.Speaker, candidateSpeaker, StringComparison.OrdinalIgnoreCase);
}
