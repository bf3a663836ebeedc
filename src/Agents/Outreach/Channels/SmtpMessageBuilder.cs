using Hiring.Agents.Outreach.Contacts;
using MimeKit;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// Builds the email of an outgoing message: to the candidate, from the configured sender, the text
/// as a plain body (with a screen's invitation as text/calendar), a Message-Id derived from the tenant and idempotency key (a resend carries the
/// same one, so receivers can drop the copy), the thread's first Message-Id on follow-ups, and a
/// one-click List-Unsubscribe (RFC 8058) with the signed unsubscribe link, and a Reply-To of the
/// sender's address tagged with the message's reply token (<c>local+token@domain</c>), so the reply
/// an inbound webhook posts names its thread.
/// </summary>
public static class SmtpMessageBuilder
{
    private const int IdHexLength = 32;

    public static MimeMessage Build(ChannelMessage message, MailboxAddress from)
    {
        var email = new MimeMessage
        {
            Subject = message.Message.Subject,
            MessageId = MessageId(message.Tenant, message.Message.IdempotencyKey, from.Domain),
            Body = Body(message),
        };
        email.From.Add(from);
        email.To.Add(new MailboxAddress(message.Recipient.Name, message.Recipient.Email ?? ""));
        if (message.ThreadStart is { } start && start.Id != message.Message.Id)
        {
            var first = MessageId(message.Tenant, start.IdempotencyKey, from.Domain);
            email.InReplyTo = first;
            email.References.Add(first);
        }

        if (message.ReplyToken is { } token)
        {
            var at = from.Address.LastIndexOf('@');
            email.ReplyTo.Add(new MailboxAddress(from.Name, $"{from.Address[..at]}+{token}{from.Address[at..]}"));
        }

        email.Headers.Add("List-Unsubscribe", $"<{message.UnsubscribeLink.AbsoluteUri}>");
        email.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return email;
    }

    /// <summary>The text, and a screen's invitation as text/calendar beside it (what calendar clients offer to accept).</summary>
    private static MimeEntity Body(ChannelMessage message)
    {
        var text = new TextPart("plain") { Text = message.Message.Text };
        if (message.Calendar is not { } calendar)
        {
            return text;
        }

        var invitation = new TextPart("calendar") { Text = calendar };
        invitation.ContentType.Parameters.Add("method", calendar.Contains("METHOD:CANCEL", StringComparison.Ordinal) ? "CANCEL" : "REQUEST");
        return new Multipart("alternative") { text, invitation };
    }

    /// <summary>The Message-Id (without angle brackets) of the send with this key.</summary>
    public static string MessageId(string tenant, string idempotencyKey, string domain) =>
        $"{ContactIds.Hash($"{tenant}\n{idempotencyKey}")[..IdHexLength]}@{domain}";
}
