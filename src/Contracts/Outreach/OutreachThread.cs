namespace Hiring.Contracts.Outreach;

/// <summary>A candidate's conversation about a project, read from the tenant's contact ledger for the recruiter's candidate card.</summary>
/// <param name="ProjectId">The project (role).</param>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="ThreadId">The conversation's thread id.</param>
/// <param name="Messages">Every message sent and every reply received, oldest first.</param>
/// <param name="Control">The recruiter's take-over while it lasts; null while the assistant answers there.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.thread")]
public sealed record OutreachThread(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string CandidateId,
    [property: Id(2)] string ThreadId,
    [property: Id(3)] IReadOnlyList<ThreadMessage> Messages,
    [property: Id(4)] ConversationControl? Control);
