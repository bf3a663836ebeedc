using Hiring.Agents.Screening.Transcripts;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Screening;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>
/// Holds a summary to the transcript before it is kept: every quote must be a verbatim part of the
/// candidate's turns (<see cref="TranscriptQuotes"/>); a quote that is not is dropped, and a note left
/// with none becomes "not covered". A note for a qualification the project does not have is dropped,
/// and one the summary left out is added as not covered, so nothing is invented either way.
/// </summary>
public sealed class SummaryCheck(ScreeningPhrases phrases)
{
    public SummaryReview Check(ScreeningSummary summary, string name, Transcript transcript, IReadOnlyList<Qualification> qualifications)
    {
        var rejected = new List<string>();
        var notes = new List<QualificationNote>();
        foreach (var qualification in qualifications)
        {
            var quotes = summary.Notes.FirstOrDefault(n => n.QualificationId == qualification.Id)?.Quotes ?? [];
            var kept = quotes.Where(q => TranscriptQuotes.IsVerbatim(transcript, summary.CandidateSpeaker, q)).ToList();
            rejected.AddRange(quotes.Except(kept));
            notes.Add(TranscriptSummarizer.Note(qualification, kept, name, phrases));
        }

        var checkedSummary = TranscriptSummarizer.Compose(summary.CandidateId, name, transcript, summary.CandidateSpeaker, notes, summary.At, phrases);
        return new SummaryReview(checkedSummary, rejected);
    }
}
