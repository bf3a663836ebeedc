using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Hiring.Agents.Tests.Outreach.Channels;

/// <summary>Keeps what the loopback server receives; a message to a mailbox named "reject" is refused as a real server would.</summary>
internal sealed class CollectingMessageStore : MessageStore
{
    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var recipients = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
        if (recipients.Any(r => r.StartsWith("reject@", StringComparison.Ordinal)))
        {
            return SmtpResponse.MailboxUnavailable;
        }

        await using var stream = new MemoryStream(buffer.ToArray());
        Received.Enqueue(new ReceivedMail(recipients, await MimeMessage.LoadAsync(stream, cancellationToken)));
        return SmtpResponse.Ok;
    }
}
