using Hiring.Contracts.Learning;

namespace Hiring.Contracts.Supervisor;

/// <summary>A recruiter's message to their assistant.</summary>
/// <param name="ClientMessageId">The client's id for the message; posting the same id again is a no-op that returns the first ack.</param>
/// <param name="Text">What the recruiter wrote (or pasted: a job description, a transcript).</param>
/// <param name="ProjectId">The project the message is about, when the client knows it (the project part of its key, without the tenant).</param>
/// <param name="Rating">A structured rating of a candidate of <paramref name="ProjectId"/>: the message is that rating, planned without reading <paramref name="Text"/>.</param>
/// <param name="Qualifications">A structured decision on the qualifications of <paramref name="ProjectId"/>: the message is that decision, planned without reading <paramref name="Text"/>.</param>
/// <param name="FollowUps">The outreach agent's reminder that follow-ups are due in <paramref name="ProjectId"/>: planned without reading <paramref name="Text"/>, which is the assistant's, not the recruiter's.</param>
/// <param name="Learning">The learning agent's proposal for <paramref name="ProjectId"/>: planned as one change that waits for the recruiter's approval, without reading <paramref name="Text"/>.</param>
/// <param name="HowFound">The outreach agent's word that a candidate of <paramref name="ProjectId"/> asked how they were found: planned as the drafting of the answer, without reading <paramref name="Text"/>.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.envelope")]
public sealed record MessageEnvelope(
    [property: Id(0)] string ClientMessageId,
    [property: Id(1)] string Text,
    [property: Id(2)] string? ProjectId = null,
    [property: Id(3)] CandidateRating? Rating = null,
    [property: Id(4)] QualificationEdits? Qualifications = null,
    [property: Id(5)] FollowUpsDue? FollowUps = null,
    [property: Id(6)] LearningProposal? Learning = null,
    [property: Id(7)] AskedHowFound? HowFound = null)
{
    /// <summary>True when an agent wrote the message (follow-ups due, a learning proposal, a candidate's question): the conversation shows it as the assistant's.</summary>
    public bool FromAgent => FollowUps is not null || Learning is not null || HowFound is not null;
}
