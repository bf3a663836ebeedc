using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Conversations;

/// <summary>What a take-over or hand-back came to: who has the conversation now, the sentence for the recruiter, and what to tell their stream (nothing when nothing changed).</summary>
public sealed record ConversationOutcome(ConversationControl Control, string Text, IReadOnlyList<CandidateNotice> Notices);
