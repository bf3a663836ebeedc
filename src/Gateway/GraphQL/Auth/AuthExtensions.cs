using Hiring.Gateway.Hosting;
using Microsoft.AspNetCore.Authentication;

namespace Hiring.Gateway.GraphQL.Auth;

public static class AuthExtensions
{
    /// <summary>API keys, optional JWT, demo mode (on by default when no keys are configured) and the operators.</summary>
    public static WebApplicationBuilder AddHiringAuth(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<AuthSettings>(configuration.GetSection(AuthSettings.Section));
        var auth = configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        var demo = configuration.GetSection(AuthSettings.DemoSection).Get<DemoSettings>() ?? new DemoSettings();
        if (DemoKey.IsEnabled(demo, auth))
        {
            builder.Services.AddSingleton(DemoKey.Resolve(demo, HiringSettings.ResolveDataDir(configuration)));
        }

        builder.Services.AddSingleton(sp => new RecruiterAuthenticator(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthSettings>>(), sp.GetService<DemoKey>()));
        builder.Services.AddSingleton<OperatorList>();
        builder.Services.AddAuthentication(HiringClaims.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(HiringClaims.Scheme, null);
        return builder;
    }
}
