using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// Email through the configured SMTP server (MailKit). A server that cannot be reached, refuses the
/// login or the message gives a failure receipt; only cancellation escapes. SMTP cannot tell whether
/// a message id was delivered before, so a resend carries the same Message-Id for the receiver to
/// drop.
/// </summary>
public sealed class SmtpChannel : IOutreachChannel
{
    private readonly SmtpOptions _options;
    private readonly MailboxAddress _from;

    public SmtpChannel(IOptions<SmtpOptions> options)
    {
        _options = options.Value;
        if (string.IsNullOrWhiteSpace(_options.Host) || !MailboxAddress.TryParse(_options.From, out var from) || from.Domain.Length == 0)
        {
            throw new OptionsValidationException(SmtpOptions.Section, typeof(SmtpOptions), [$"{SmtpOptions.Section} needs a Host and a From address."]);
        }

        _from = new MailboxAddress(_options.FromName, from.Address);
    }

    public string Name => OutreachChannelNames.Smtp;

    public bool CanReach(CandidateContact recipient) =>
        !string.IsNullOrWhiteSpace(recipient.Email) && MailboxAddress.TryParse(recipient.Email, out var address) && address.Domain.Length > 0;

    public async Task<DeliveryReceipt> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        if (!CanReach(message.Recipient))
        {
            return DeliveryReceipt.Failed($"No usable email address for candidate {message.Recipient.CandidateId}.");
        }

        var email = SmtpMessageBuilder.Build(message, _from);
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_options.Host, _options.Port, _options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken);
            }

            await client.SendAsync(email, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return DeliveryReceipt.Sent(email.MessageId ?? "");
        }
        catch (Exception ex) when (IsDeliveryFailure(ex, cancellationToken))
        {
            return DeliveryReceipt.Failed($"SMTP {_options.Host}:{_options.Port}: {ex.Message}");
        }
    }

    /// <summary>The network, the server or the login failed; a cancellation the caller asked for is not a failure.</summary>
    private static bool IsDeliveryFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is SocketException or IOException or TimeoutException or CommandException or ProtocolException
            or AuthenticationException or SslHandshakeException or ServiceNotConnectedException or ServiceNotAuthenticatedException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}
