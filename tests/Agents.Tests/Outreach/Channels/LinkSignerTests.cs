using Hiring.Agents.Outreach.Channels;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Tests.Outreach.Channels;

/// <summary>The candidate's side is reached through links signed with the configured key; changed, forged and old links are refused.</summary>
public sealed class LinkSignerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AReadLinkVerifiesAndNamesTheTenantThreadAndMessage()
    {
        var signer = TestLinks.Signer(_time);

        var link = signer.ReadLink("acme", "t-1", "m-1");
        var check = signer.Verify(Token(link), LinkPurpose.Read);

        Assert.StartsWith("https://hiring.example/candidate/", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(new SignedLink(LinkPurpose.Read, "acme", "t-1", "m-1", _time.GetUtcNow().AddDays(30)), check.Link);
    }

    [Fact]
    public void ALinkWithAChangedTenantOrSignatureIsRefusedAsTampered()
    {
        var signer = TestLinks.Signer(_time);
        var token = Token(signer.ReadLink("acme", "t-1", "m-1"));
        var forged = signer.Sign(new SignedLink(LinkPurpose.Read, "globex", "t-1", "m-1", _time.GetUtcNow().AddDays(1)));
        var swapped = forged[..forged.IndexOf('.', StringComparison.Ordinal)] + token[token.IndexOf('.', StringComparison.Ordinal)..];
        var otherKey = TestLinks.Signer(_time, Convert.ToBase64String(new byte[32])).ReadLink("acme", "t-1", "m-1");

        Assert.Equal(LinkRefusal.Tampered, signer.Verify(swapped, LinkPurpose.Read).Refusal);
        Assert.Equal(LinkRefusal.Tampered, signer.Verify(Token(otherKey), LinkPurpose.Read).Refusal);
        Assert.Equal(LinkRefusal.Tampered, signer.Verify(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1], LinkPurpose.Read).Refusal);
    }

    [Fact]
    public void AnExpiredLinkIsRefused()
    {
        var signer = TestLinks.Signer(_time);
        var token = Token(signer.UnsubscribeLink("acme", "t-1", "m-1"));

        _time.Advance(TimeSpan.FromDays(30));

        Assert.Equal(LinkRefusal.Expired, signer.Verify(token, LinkPurpose.Unsubscribe).Refusal);
    }

    [Fact]
    public void AReadLinkDoesNotUnsubscribe()
    {
        var signer = TestLinks.Signer(_time);

        var check = signer.Verify(Token(signer.ReadLink("acme", "t-1", "m-1")), LinkPurpose.Unsubscribe);

        Assert.Equal(LinkRefusal.WrongPurpose, check.Refusal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData(".abc")]
    [InlineData("a b.c")]
    public void GarbageIsRefusedAsMalformed(string? token) =>
        Assert.Equal(LinkRefusal.Malformed, TestLinks.Signer(_time).Verify(token, LinkPurpose.Read).Refusal);

    [Theory]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64!")]
    public void AMissingOrShortKeyStopsTheHostFromStarting(string key) =>
        Assert.Throws<OptionsValidationException>(() => TestLinks.Signer(_time, key));

    private static string Token(Uri link) => link.Segments[^1];
}
