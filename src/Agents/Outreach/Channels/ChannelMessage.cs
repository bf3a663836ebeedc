using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// A message handed to a channel: the ledger's record, who it goes to, the signed links of the
/// candidate's page (to read and reply, and to unsubscribe), and the thread's first message when this
/// is a follow-up (so mail clients keep the thread together), and a screen's iCalendar invitation when one goes with it.
/// </summary>
public sealed record ChannelMessage(
    string Tenant,
    ContactMessage Message,
    CandidateContact Recipient,
    Uri ReadLink,
    Uri UnsubscribeLink,
    ContactMessage? ThreadStart = null,
    string? Calendar = null);
