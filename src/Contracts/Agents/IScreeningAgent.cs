using Hiring.Contracts.Screening;

namespace Hiring.Contracts.Agents;

/// <summary>Writes screening questions and summarizes transcripts (key: tenant/project).</summary>
[Alias("hiring.agents.screening")]
public interface IScreeningAgent : ISubAgent
{
    /// <summary>
    /// Reads a transcript of a screen with a candidate of this project, summarizes it per approved
    /// qualification (quoting the candidate verbatim; a qualification not spoken to is listed as not
    /// covered) and keeps the summary for the candidate's card. Refuses
    /// (<see cref="Supervisor.AssistantRefusalException"/>) a candidate not in the pipeline, an empty,
    /// oversized or unreadable transcript, storing nothing.
    /// </summary>
    Task<ScreeningSummary> ImportTranscript(TranscriptImport transcript);

    /// <summary>The questions and summary kept for each candidate named that has any.</summary>
    Task<IReadOnlyList<CandidateScreening>> Screenings(IReadOnlyList<string> candidateIds);
}
