using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Tests.Outreach.Contacts;
using Hiring.Contracts.Outreach;
using Hiring.Talent;
using Hiring.Talent.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Outreach.Channels;

/// <summary>The channels come from configuration: SMTP only when a host is configured, with every Hiring:Outreach:Smtp setting applied.</summary>
public sealed class OutreachChannelsConfigurationTests : IDisposable
{
    private readonly ContactStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void WithoutAnSmtpHostOnlyTheBuiltInChannelIsRegistered()
    {
        using var services = Services([]);

        Assert.Equal([OutreachChannelNames.BuiltIn], services.GetServices<IOutreachChannel>().Select(c => c.Name));
    }

    [Fact]
    public async Task TheConfiguredSmtpChannelDeliversToTheLoopbackServer()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        using var services = Services(new()
        {
            ["Hiring:Outreach:Smtp:Host"] = "127.0.0.1",
            ["Hiring:Outreach:Smtp:Port"] = $"{server.Port}",
            ["Hiring:Outreach:Smtp:From"] = "jobs@acme.example",
            ["Hiring:Outreach:Smtp:FromName"] = "Acme Recruiting",
            ["Hiring:Outreach:Smtp:Security"] = "None",
            ["Hiring:Outreach:Smtp:Timeout"] = "00:00:10",
        });
        var smtp = services.GetServices<IOutreachChannel>().Single(c => c.Name == OutreachChannelNames.Smtp);
        var links = services.GetRequiredService<LinkSigner>();
        var message = new ContactMessage("m-1", "t-1", "cand-1", "backend", ContactKind.FirstOutreach, OutreachChannelNames.Smtp, "k1", "Hello", "Hi Ada.", "hash", _store.Time.GetUtcNow());

        var receipt = await smtp.SendAsync(
            new ChannelMessage("acme", message, new CandidateContact("cand-1", "Ada", "ada@example.com"), links.ReadLink("acme", "t-1", "m-1"), links.UnsubscribeLink("acme", "t-1", "m-1")),
            CancellationToken.None);

        Assert.Equal(ContactStatus.Sent, receipt.Status);
        Assert.Equal("\"Acme Recruiting\" <jobs@acme.example>", Assert.Single(server.Store.Received).Message.From.ToString());
        Assert.StartsWith("<https://hiring.example/app/candidate/unsubscribe/", Assert.Single(server.Store.Received).Message.Headers["List-Unsubscribe"], StringComparison.Ordinal);
    }

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Hiring:Outreach:Links:SigningKey"] = TestLinks.Key;
        settings["Hiring:Outreach:Links:BaseUrl"] = "https://hiring.example/app";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_store.Time);
        services.AddSingleton(_store.Open());
        services.AddSingleton<IProfileStore>(new SqliteProfileStore(new ProfileStoreInitializer(_store.Database())));
        return services.AddOutreachChannels(configuration).BuildServiceProvider();
    }
}
