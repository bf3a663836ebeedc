using Hiring.Agents.Identity;
using Hiring.Agents.Outreach;
using Hiring.Agents.Screening.Steps;
using Hiring.Agents.Screening.Summaries;
using Hiring.Agents.Screening.Transcripts;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Screening;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Screening;

/// <summary>
/// summarize-transcript ("summarize this transcript" with the transcript pasted after it): finds whose
/// screen it was (named in the message, or a speaker of the transcript who is in the pipeline), and
/// summarizes and keeps it like an import (<see cref="TranscriptImporter"/>). Without a transcript in
/// the message it shows the summary kept for the candidate, or says how to give one. An unreadable
/// transcript is answered with the reason, and nothing is kept.
/// </summary>
public sealed class SummarizeTranscriptStep(ScreeningCandidates candidates, TranscriptImporter importer, ScreeningRecords records, ScreeningPhrases phrases)
    : StepHandler<PlaceholderState, SummarizeTranscriptInput, ScreeningOutput>
{
    public override string Action => PlanActions.SummarizeTranscript;

    public override async Task<StepResult<ScreeningOutput>> RunAsync(StepContext<PlaceholderState> step, SummarizeTranscriptInput input, CancellationToken cancellationToken = default)
    {
        var projectId = step.ProjectId ?? input.Project ?? GrainKeys.IdOf(step.AgentKey);
        var none = new ScreeningOutput([]);
        Transcript? transcript;
        try
        {
            transcript = TranscriptReader.FindIn(input.Request ?? "");
        }
        catch (TranscriptException ex)
        {
            return new StepResult<ScreeningOutput>(phrases.Say("unreadable", ("reason", ex.Message)), none, ProjectId: projectId);
        }

        var snapshot = await step.Project.Snapshot();
        var choice = await ChooseAsync(step, snapshot, input, transcript, cancellationToken);
        if (choice.Question is { } question)
        {
            return new StepResult<ScreeningOutput>(question, none, ProjectId: projectId, Question: question);
        }

        if (choice.Recipients.Count != 1)
        {
            var ask = choice.Recipients.Count > 1
                ? phrases.Say("which", ("choices", string.Join(", ", choice.Recipients.Select(r => $"{r.Profile.Name} ({r.CandidateId})"))))
                : choice.Note ?? phrases.Say("who", ("project", snapshot.Spec?.Title ?? projectId));
            return new StepResult<ScreeningOutput>(ask, none, ProjectId: projectId, Question: ask);
        }

        var (candidateId, name) = (choice.Recipients[0].CandidateId, choice.Recipients[0].Profile.Name);
        if (transcript is null)
        {
            var kept = await records.ReadAsync(step.Tenant, projectId, [candidateId], cancellationToken) is [var screening, ..] ? screening.Summary : null;
            return kept is null
                ? new StepResult<ScreeningOutput>(phrases.Say("no_transcript", ("name", name)), none, ProjectId: projectId)
                : new StepResult<ScreeningOutput>(Describe(kept, [], name), new ScreeningOutput([candidateId]), EventJson.Serialize(kept), projectId);
        }

        try
        {
            var review = await importer.ImportAsync(step.Tenant, projectId, step.Project, candidateId, name, transcript, cancellationToken);
            return new StepResult<ScreeningOutput>(Describe(review.Summary, review.Rejected, name), new ScreeningOutput([candidateId]), EventJson.Serialize(review.Summary), projectId);
        }
        catch (AssistantRefusalException ex)
        {
            return new StepResult<ScreeningOutput>(ex.Message, none, ProjectId: projectId);
        }
    }

    /// <summary>The summary with one line per qualification, and what was left out as not the candidate's words.</summary>
    public string Describe(ScreeningSummary summary, IReadOnlyList<string> rejected, string name)
    {
        var lines = new List<string> { summary.Text };
        lines.AddRange(summary.Notes.Select(n => $"- {n.Qualification}: {n.Text}"));
        if (rejected.Count > 0)
        {
            lines.Add(phrases.Say("quotes_left_out", ("count", rejected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("name", name)));
        }

        return string.Join("\n", lines);
    }

    /// <summary>The candidate named; else a speaker of the transcript who is in the pipeline (the slot may have read a name out of the transcript).</summary>
    private async Task<RecipientChoice> ChooseAsync(StepContext<PlaceholderState> step, ProjectSnapshot snapshot, SummarizeTranscriptInput input, Transcript? transcript, CancellationToken cancellationToken)
    {
        var slots = step.Slots with { Count = null };
        var first = await candidates.ChooseAsync(step.Tenant, snapshot, new RecipientRequest(input.Request, input.Candidate, input.Candidates), slots, cancellationToken);
        if (first.Recipients.Count == 1 || transcript is null)
        {
            return first;
        }

        foreach (var speaker in transcript.Speakers.Where(s => !phrases.CandidateLabels.Concat(phrases.RecruiterLabels).Contains(s.ToLowerInvariant(), StringComparer.Ordinal)))
        {
            var bySpeaker = await candidates.ChooseAsync(step.Tenant, snapshot, new RecipientRequest(input.Request, speaker, null), slots with { Candidate = null }, cancellationToken);
            if (bySpeaker.Recipients.Count == 1)
            {
                return bySpeaker;
            }
        }

        return first;
    }
}
