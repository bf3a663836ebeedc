using Hiring.Agents.Screening.Transcripts;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>What a screen's summary is made from.</summary>
/// <param name="CandidateId">The profile id.</param>
/// <param name="Name">The candidate's name, for the recruiter's sentences (never sent to a model).</param>
/// <param name="Transcript">The screen's transcript.</param>
/// <param name="CandidateSpeaker">The speaker label that is the candidate.</param>
/// <param name="Qualifications">The project's approved qualifications.</param>
/// <param name="At">When it is summarized.</param>
public sealed record SummaryRequest(string CandidateId, string Name, Transcript Transcript, string CandidateSpeaker, IReadOnlyList<Qualification> Qualifications, DateTimeOffset At);
