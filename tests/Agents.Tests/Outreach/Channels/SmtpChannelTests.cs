using Hiring.Agents.Outreach.Channels;
using Hiring.Contracts.Outreach;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Tests.Outreach.Channels;

/// <summary>The SMTP channel sends the message as email through the configured server: here a loopback server started by the test.</summary>
public sealed class SmtpChannelTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TheSmtpChannelDeliversToTheLoopbackServerWithTheRightHeaders()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var message = Message(Contact("k1", ContactKind.FirstOutreach));

        var receipt = await Channel(server.Port).SendAsync(message, CancellationToken.None);

        var mail = Assert.Single(server.Store.Received);
        var expectedId = SmtpMessageBuilder.MessageId("acme", "k1", "acme.example");
        Assert.Equal((ContactStatus.Sent, expectedId), (receipt.Status, receipt.Reference));
        Assert.Equal(["ada@example.com"], mail.Recipients);
        Assert.Equal("\"Ada Example\" <ada@example.com>", mail.Message.To.ToString());
        Assert.Equal("\"Acme Recruiting\" <jobs@acme.example>", mail.Message.From.ToString());
        Assert.Equal("A backend role at Acme", mail.Message.Subject);
        Assert.Equal(expectedId, mail.Message.MessageId);
        Assert.Equal($"<{message.UnsubscribeLink.AbsoluteUri}>", mail.Message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Message.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("Hi Ada, your Go work at Acme caught my eye.", mail.Message.TextBody?.TrimEnd());
        Assert.True(TestLinks.Signer(_time).Verify(message.UnsubscribeLink.Segments[^1], LinkPurpose.Unsubscribe).IsValid);
    }

    [Fact]
    public async Task AFollowUpNamesTheFirstMessageSoMailClientsKeepTheThread()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var first = Contact("k1", ContactKind.FirstOutreach);

        await Channel(server.Port).SendAsync(Message(Contact("f1", ContactKind.FollowUp)) with { ThreadStart = first }, CancellationToken.None);

        var mail = Assert.Single(server.Store.Received);
        Assert.Equal(SmtpMessageBuilder.MessageId("acme", "k1", "acme.example"), mail.Message.InReplyTo);
        Assert.Equal([mail.Message.InReplyTo!], mail.Message.References);
    }

    [Fact]
    public async Task TheReplyToAddressCarriesATokenThatNamesTheTenantAndMessageAndNoOtherOne()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var links = TestLinks.Signer(_time);
        var message = Message(Contact("k1", ContactKind.FirstOutreach)) with { ReplyToken = links.ReplyToken("acme", "m-k1") };

        await Channel(server.Port).SendAsync(message, CancellationToken.None);

        var replyTo = Assert.Single(Assert.Single(server.Store.Received).Message.ReplyTo.Mailboxes).Address;
        Assert.StartsWith("jobs+m-k1.acme.", replyTo, StringComparison.Ordinal);
        Assert.EndsWith("@acme.example", replyTo, StringComparison.Ordinal);
        var token = replyTo["jobs+".Length..replyTo.IndexOf('@', StringComparison.Ordinal)];
        Assert.Equal(("acme", "m-k1"), links.ReadReplyToken(token));
        Assert.Equal(("acme", "m-k1"), links.ReadReplyToken(token.ToUpperInvariant().Replace("M-K1.ACME", "m-k1.acme", StringComparison.Ordinal)));
        Assert.Null(links.ReadReplyToken(token.Replace(".acme.", ".globex.", StringComparison.Ordinal)));
        Assert.Null(links.ReadReplyToken(token[..^1] + (token[^1] == '0' ? '1' : '0')));
        Assert.Null(TestLinks.Signer(_time, Convert.ToBase64String(new byte[32])).ReadReplyToken(token));
    }

    [Fact]
    public async Task AnUnreachableServerGivesAFailureReceipt()
    {
        var receipt = await Channel(LoopbackSmtpServer.FreePort()).SendAsync(Message(Contact("k1", ContactKind.FirstOutreach)), CancellationToken.None);

        Assert.Equal(ContactStatus.Failed, receipt.Status);
        Assert.StartsWith("SMTP 127.0.0.1:", receipt.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageTheServerRefusesGivesAFailureReceipt()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();

        var receipt = await Channel(server.Port).SendAsync(
            Message(Contact("k1", ContactKind.FirstOutreach), new CandidateContact("cand-1", "Ada", "reject@example.com")), CancellationToken.None);

        Assert.Equal(ContactStatus.Failed, receipt.Status);
        Assert.Empty(server.Store.Received);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an address")]
    public void AnEmptyOrUnusableAddressCannotBeReached(string? email) =>
        Assert.False(Channel(25).CanReach(new CandidateContact("cand-1", "Ada", email)));

    [Fact]
    public void AChannelWithoutHostOrSenderStopsTheHostFromStarting() =>
        Assert.Throws<OptionsValidationException>(() => new SmtpChannel(Options.Create(new SmtpOptions { Host = "", From = "jobs@acme.example" })));

    private static SmtpChannel Channel(int port) => new(Options.Create(new SmtpOptions
    {
        Host = "127.0.0.1",
        Port = port,
        From = "jobs@acme.example",
        FromName = "Acme Recruiting",
        Security = MailKit.Security.SecureSocketOptions.None,
        Timeout = TimeSpan.FromSeconds(10),
    }));

    private ContactMessage Contact(string key, ContactKind kind) =>
        new($"m-{key}", "t-1", "cand-1", "backend", kind, OutreachChannelNames.Smtp, key, "A backend role at Acme", "Hi Ada, your Go work at Acme caught my eye.", "hash", _time.GetUtcNow());

    private ChannelMessage Message(ContactMessage message, CandidateContact? recipient = null)
    {
        var links = TestLinks.Signer(_time);
        return new ChannelMessage(
            "acme",
            message,
            recipient ?? new CandidateContact("cand-1", "Ada Example", "ada@example.com"),
            links.ReadLink("acme", message.ThreadId, message.Id),
            links.UnsubscribeLink("acme", message.ThreadId, message.Id));
    }
}
