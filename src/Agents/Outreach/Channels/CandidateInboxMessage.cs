namespace Hiring.Agents.Outreach.Channels;

/// <summary>A message in a candidate's in-app inbox, as the candidate page shows it.</summary>
public sealed record CandidateInboxMessage(string MessageId, string ThreadId, string CandidateId, string Subject, string Text, DateTimeOffset DeliveredAt);
