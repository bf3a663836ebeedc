namespace Hiring.Agents.Outreach.Channels;

/// <summary>What a signed link names: the purpose, the tenant, the thread and message, and when it stops working.</summary>
public sealed record SignedLink(LinkPurpose Purpose, string Tenant, string ThreadId, string MessageId, DateTimeOffset ExpiresAt);
