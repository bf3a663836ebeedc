using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Replies;

/// <summary>What handling a reply or an unsubscribe came to: the reply (none for an unsubscribe), who to tell, and what to tell them (nothing when it was recorded before).</summary>
public sealed record ReplyOutcome(CandidateReply? Reply, string? Recruiter, IReadOnlyList<CandidateNotice> Notices);
