using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>
/// ASP.NET Core authentication over <see cref="RecruiterAuthenticator"/>; no credential means anonymous, not failure.
/// Its challenge (only endpoints that require a principal, the operators' pages, ever issue one) asks a browser for a
/// Basic sign-in whose password is the API key.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    RecruiterAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var credential = CredentialReader.FromHeaders(Request.Headers);
        if (credential is null)
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await authenticator.AuthenticateAsync(credential);
        return identity is null
            ? AuthenticateResult.Fail("Unknown credential.")
            : AuthenticateResult.Success(new AuthenticationTicket(identity.ToPrincipal(Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"Hiring operators (password: your API key)\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }
}
