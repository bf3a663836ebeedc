using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>A follow-up a thread may have next: its number (1 or 2) and the first message it refers to.</summary>
public sealed record FollowUpTurn(int Number, ContactMessage First);
