using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>The message that tells a project's owner that follow-ups are due (see <see cref="FollowUpReminder"/>).</summary>
public sealed record FollowUpCall(string Recruiter, MessageEnvelope Envelope);
