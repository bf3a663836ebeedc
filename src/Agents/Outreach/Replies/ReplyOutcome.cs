using Hiring.Contracts.Outreach;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Outreach.Replies;

/// <summary>
/// What handling a reply or an unsubscribe came to: the reply (none for an unsubscribe), who to tell, what
/// to tell them (nothing when it was recorded before), and the message that asks their assistant to act,
/// when the reply needs it (a candidate asked how they were found).
/// </summary>
public sealed record ReplyOutcome(CandidateReply? Reply, string? Recruiter, IReadOnlyList<CandidateNotice> Notices, MessageEnvelope? Call = null);
