using System.Text;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.Tests.GraphQL.Auth;

public sealed class CredentialReaderTests
{
    [Theory]
    [InlineData("Bearer hk_123", "hk_123")]
    [InlineData("bearer   hk_123 ", "hk_123")]
    [InlineData("Basic " + "b3BzOmhrXzEyMw==", "hk_123")] // ops:hk_123
    [InlineData("Basic " + "OmhrXzEyMw==", "hk_123")] // :hk_123, no user name
    public void TheCredentialIsTheBearerTokenOrTheBasicPassword(string authorization, string expected) =>
        Assert.Equal(expected, CredentialReader.FromAuthorization(authorization));

    [Theory]
    [InlineData("Basic not-base64!")]
    [InlineData("Basic " + "b3Bz")] // "ops": no colon, no password
    [InlineData("Basic " + "b3BzOg==")] // "ops:": an empty password
    [InlineData("Digest username=ops")]
    [InlineData("hk_123")]
    [InlineData("Bearer")]
    [InlineData("")]
    public void AnythingElseIsNoCredential(string authorization) =>
        Assert.Null(CredentialReader.FromAuthorization(authorization));

    [Fact]
    public void APasswordMayItselfHoldColons() =>
        Assert.Equal("a:b:c", CredentialReader.FromAuthorization("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("u:a:b:c"))));
}
