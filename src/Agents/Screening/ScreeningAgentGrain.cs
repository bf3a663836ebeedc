using Hiring.Agents.Identity;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Screening;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Screening;

/// <summary>
/// The screening agent of a project (key: tenant/project): the one sub-agent shape over its two
/// actions (prepare-questions, summarize-transcript) and the import of a transcript from the app.
/// It keeps only the record of its steps; questions and summaries go to the project's screening log
/// (<see cref="ScreeningRecords"/>), so an import never races a step over the grain's state.
/// </summary>
public sealed class ScreeningAgentGrain(
    [PersistentState(ScreeningAgentGrain.StateName, StorageNames.Hiring)] IPersistentState<PlaceholderState> state,
    PrepareQuestionsStep prepare,
    SummarizeTranscriptStep summarize,
    TranscriptImporter importer,
    ScreeningRecords records,
    IProfileStore profiles) : SubAgentGrain<PlaceholderState>(state, "screening", [prepare, summarize]), IScreeningAgent
{
    public const string StateName = "screening";

    public async Task<ScreeningSummary> ImportTranscript(TranscriptImport transcript)
    {
        var snapshot = await Project.Snapshot();
        if (!snapshot.Pipeline.Any(e => string.Equals(e.CandidateId, transcript.CandidateId, StringComparison.Ordinal)))
        {
            // Another tenant's candidate, or one never in this project, reads like an unknown one.
            throw new AssistantRefusalException(RefusalCodes.NotFound, "No such candidate in this project.");
        }

        var read = importer.Read(transcript.Text, transcript.Format);
        var found = await profiles.GetManyAsync([TalentPoolScope.Private(Tenant), TalentPoolScope.Public], [transcript.CandidateId]);
        var name = found.TryGetValue(transcript.CandidateId, out var profile) && profile.Name is { Length: > 0 } known ? known : transcript.CandidateId;
        var review = await importer.ImportAsync(Tenant, ProjectId, Project, transcript.CandidateId, name, read);
        return review.Summary;
    }

    public Task<IReadOnlyList<CandidateScreening>> Screenings(IReadOnlyList<string> candidateIds) =>
        records.ReadAsync(Tenant, ProjectId, candidateIds);

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private string ProjectId => GrainKeys.IdOf(this.GetPrimaryKeyString());
}
