namespace Hiring.Agents.Outreach.Drafting;

/// <summary>One message of a draft: the first one or a follow-up.</summary>
public sealed record OutreachMessage(OutreachMessageKind Kind, string Subject, string Body);
