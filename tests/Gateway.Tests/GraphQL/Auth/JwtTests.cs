using System.Net;
using System.Security.Claims;
using System.Text;
using Hiring.Gateway.Tests.GraphQL.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hiring.Gateway.Tests.GraphQL.Auth;

public sealed class JwtTests : IAsyncLifetime
{
    private const string SigningKey = "a-test-signing-key-that-is-long-enough-for-hs256";
    private const string Issuer = "https://idp.example";
    private const string Audience = "hiring";

    private GraphQLHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLHost.StartAsync(new Dictionary<string, string?>
    {
        ["Hiring:Auth:Jwt:Issuer"] = Issuer,
        ["Hiring:Auth:Jwt:Audience"] = Audience,
        ["Hiring:Auth:Jwt:SigningKey"] = SigningKey,
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AValidBearerTokenMapsToItsTenantAndRecruiter()
    {
        var body = await MeAsync(Token(SigningKey, DateTime.UtcNow.AddMinutes(5)));

        Assert.Contains("\"tenant\":\"globex\"", body, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"jwt-user\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsUnauthorized()
    {
        using var response = await _host.PostAsync(Token("another-signing-key-that-is-long-enough-for-hs256", DateTime.UtcNow.AddMinutes(5)), "{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnExpiredTokenIsUnauthorized()
    {
        using var response = await _host.PostAsync(Token(SigningKey, DateTime.UtcNow.AddMinutes(-10)), "{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ABearerTokenAuthenticatesTheSocket()
    {
        await using var client = await TransportWsClient.ConnectAsync(_host.WebSocketUri);
        await client.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + Token(SigningKey, DateTime.UtcNow.AddMinutes(5)) } });

        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Type);
    }

    private async Task<string> MeAsync(string token)
    {
        using var response = await _host.PostAsync(token, "{ me { tenant id } }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Token(string key, DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        NotBefore = expires.AddMinutes(-30),
        IssuedAt = expires.AddMinutes(-30),
        Expires = expires,
        Subject = new ClaimsIdentity([new Claim("tenant", "globex"), new Claim("recruiter", "jwt-user")]),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    });
}
