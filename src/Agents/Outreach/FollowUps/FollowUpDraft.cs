using Hiring.Agents.Outreach.Drafting;

namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>A follow-up as written, the profile facts it may cite, and what its checks found.</summary>
public sealed record FollowUpDraft(OutreachMessage Message, IReadOnlyList<CitedFact> Facts, DraftReview Review);
