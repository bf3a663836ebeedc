namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>A thread's next follow-up and when it falls due, kept in the outreach agent's state.</summary>
/// <param name="CandidateId">The candidate of the thread (in the agent's project).</param>
/// <param name="DueAt">When the follow-up is due unless the candidate replies first.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.follow-up-due")]
public sealed record FollowUpDue([property: Id(0)] string CandidateId, [property: Id(1)] DateTimeOffset DueAt);
