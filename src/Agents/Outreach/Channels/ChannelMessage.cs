using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// A message handed to a channel: the ledger's record, who it goes to, the signed links of the
/// candidate's page (to read and reply, and to unsubscribe), and the thread's first message when this
/// is a follow-up (so mail clients keep the thread together), the token of the message's reply
/// address (see <see cref="LinkSigner.ReplyToken"/>), by which an inbound reply finds its thread, and a
/// screen's iCalendar invitation when one goes with it.
/// </summary>
public sealed record ChannelMessage(
    string Tenant,
    ContactMessage Message,
    CandidateContact Recipient,
    Uri ReadLink,
    Uri UnsubscribeLink,
    ContactMessage? ThreadStart = null,
    string? ReplyToken = null,
    string? Calendar = null);
