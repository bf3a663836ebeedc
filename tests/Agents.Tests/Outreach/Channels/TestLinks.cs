using Hiring.Agents.Outreach.Channels;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Tests.Outreach.Channels;

/// <summary>A link signer with a fixed test key, below https://hiring.example/.</summary>
internal static class TestLinks
{
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static LinkSigner Signer(TimeProvider time, string? key = null) =>
        new(Options.Create(new OutreachLinkOptions { SigningKey = key ?? Key, BaseUrl = new Uri("https://hiring.example"), Lifetime = TimeSpan.FromDays(30) }), time);
}
