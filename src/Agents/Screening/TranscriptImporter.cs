using Hiring.Agents.Screening.Summaries;
using Hiring.Agents.Screening.Transcripts;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Screening;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Screening;

/// <summary>
/// Turns a transcript of a candidate's screen into the summary kept for their card: reads it, finds
/// which speaker is the candidate, summarizes it against the approved qualifications (the transcript-summary task: built-in, or a
/// model whose quotes must all be verbatim), holds every
/// quote to the candidate's own words, and keeps it. A transcript that cannot be read, or whose
/// candidate cannot be told, is refused with the reason and nothing is kept.
/// </summary>
public sealed class TranscriptImporter(CandidateSpeaker speakers, IReasoningTask<SummaryRequest, SummaryDraft> summarizer, SummaryCheck check, ScreeningRecords records, ScreeningPhrases phrases, TimeProvider time)
{
    public async Task<SummaryReview> ImportAsync(string tenant, string projectId, IHiringProject project, string candidateId, string name, Transcript transcript, CancellationToken cancellationToken = default)
    {
        var qualifications = await project.ApprovedQualifications();
        if (qualifications.Count == 0)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, phrases.Say("no_qualifications", ("project", projectId)));
        }

        string speaker;
        try
        {
            speaker = speakers.Find(transcript, name);
        }
        catch (TranscriptException ex)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, ex.Message);
        }

        var context = new ReasoningContext(tenant, null, Identity.GrainKeys.Project(tenant, projectId));
        var draft = await summarizer.RunAsync(new SummaryRequest(candidateId, name, transcript, speaker, qualifications, time.GetUtcNow()), context, cancellationToken);
        var review = check.Check(draft.Summary, name, transcript, qualifications);
        await records.KeepSummaryAsync(tenant, projectId, review.Summary, cancellationToken);
        return review;
    }

    /// <summary>Reads the text as a transcript, refusing (Invalid, or TooLarge) with the reader's reason.</summary>
    public Transcript Read(string text, TranscriptFormat format)
    {
        if ((text ?? "").Length > TranscriptReader.MaxLength)
        {
            throw new AssistantRefusalException(RefusalCodes.TooLarge, $"The transcript has {text!.Length} characters; at most {TranscriptReader.MaxLength} are taken.");
        }

        try
        {
            return TranscriptReader.Read(text ?? "", format);
        }
        catch (TranscriptException ex)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, phrases.Say("unreadable", ("reason", ex.Message)));
        }
    }
}
