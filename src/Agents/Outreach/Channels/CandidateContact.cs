namespace Hiring.Agents.Outreach.Channels;

/// <summary>Who a message goes to: the candidate's id, name and email address (null when unknown).</summary>
public sealed record CandidateContact(string CandidateId, string Name, string? Email);
