namespace Hiring.Contracts.Outreach;

/// <summary>Who answers a candidate's conversation about a project: the recruiter, once they take it over, or the assistant again once they hand it back.</summary>
/// <param name="ThreadId">The conversation's thread (one per project and candidate).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="CandidateId">The candidate's profile id.</param>
/// <param name="TakenOver">True while the recruiter has it: the assistant answers nothing there and every question goes to the recruiter.</param>
/// <param name="By">The recruiter who took it over or handed it back (tenant/recruiter).</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.conversation-control")]
public sealed record ConversationControl(
    [property: Id(0)] string ThreadId,
    [property: Id(1)] string ProjectId,
    [property: Id(2)] string CandidateId,
    [property: Id(3)] bool TakenOver,
    [property: Id(4)] string By,
    [property: Id(5)] DateTimeOffset At);
