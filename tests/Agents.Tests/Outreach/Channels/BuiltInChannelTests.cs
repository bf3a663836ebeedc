using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Tests.Outreach.Contacts;
using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Tests.Outreach.Channels;

/// <summary>The built-in channel puts a message in the candidate's inbox, once, and only in its tenant's.</summary>
public sealed class BuiltInChannelTests : IDisposable
{
    private readonly ContactStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task AMessageIsDeliveredToTheThreadOnceHoweverOftenItIsSent()
    {
        var inbox = new LogCandidateInbox(_store.Open());
        var channel = new BuiltInChannel(inbox, _store.Time);
        var message = Message("acme", "m-1");

        var first = await channel.SendAsync(message, CancellationToken.None);
        var again = await channel.SendAsync(message, CancellationToken.None);

        Assert.Equal(ContactStatus.Delivered, first.Status);
        Assert.Equal(first, again);
        Assert.Single(await inbox.ReadThreadAsync("acme", "t-1"));
    }

    [Fact]
    public async Task OneTenantsCandidateInboxNeverShowsAnothersMessages()
    {
        var inbox = new LogCandidateInbox(_store.Open());
        var channel = new BuiltInChannel(inbox, _store.Time);

        await channel.SendAsync(Message("acme", "m-1"), CancellationToken.None);
        await channel.SendAsync(Message("globex", "m-2"), CancellationToken.None);

        Assert.Equal(["m-1"], (await inbox.ReadThreadAsync("acme", "t-1")).Select(m => m.MessageId));
        Assert.Equal(["m-2"], (await inbox.ReadThreadAsync("globex", "t-1")).Select(m => m.MessageId));
    }

    private ChannelMessage Message(string tenant, string id)
    {
        var links = TestLinks.Signer(_store.Time);
        var message = new ContactMessage(id, "t-1", "cand-1", "backend", ContactKind.FirstOutreach, OutreachChannelNames.BuiltIn, id, "Subject", "Text", "hash", _store.Time.GetUtcNow());
        return new ChannelMessage(tenant, message, new CandidateContact("cand-1", "Ada", null), links.ReadLink(tenant, "t-1", id), links.UnsubscribeLink(tenant, "t-1", id));
    }
}
