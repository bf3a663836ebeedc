using Hiring.Contracts.Supervisor;

namespace Hiring.Contracts.Outreach;

/// <summary>Something a candidate did that the recruiter hears of: a reply read, a question answered or handed over, an unsubscribe.</summary>
/// <param name="Kind">One of the candidate event kinds (CandidateReplied, CandidateQuestionAnswered, CandidateQuestionForRecruiter, CandidateUnsubscribed, ApplicantEvaluated…) or an autopilot one (AutopilotRunFinished, AutopilotChanged).</param>
/// <param name="ProjectId">The project of the thread.</param>
/// <param name="CandidateId">The candidate's profile id ("" for an autopilot notice about the whole project).</param>
/// <param name="Text">A sentence for the recruiter.</param>
/// <param name="Payload">Structured detail as JSON (the reply), when any.</param>
[GenerateSerializer, Immutable, Alias("hiring.outreach.candidate-notice")]
public sealed record CandidateNotice(
    [property: Id(0)] AssistantEventKind Kind,
    [property: Id(1)] string ProjectId,
    [property: Id(2)] string CandidateId,
    [property: Id(3)] string Text,
    [property: Id(4)] string? Payload = null);
