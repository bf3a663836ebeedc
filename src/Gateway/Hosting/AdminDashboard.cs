using Hiring.Gateway.GraphQL.Auth;
using Orleans.Dashboard;

namespace Hiring.Gateway.Hosting;

/// <summary>
/// The Orleans Dashboard (silos, grain activations, method profiles, reminders) for operators, off unless
/// <c>Hiring:Admin:Dashboard</c> is true. It lives at <c>/admin/orleans/</c> on every node, and only a principal
/// named in <c>Hiring:Operators</c> sees it: a browser asks for the operator's API key as the password of a
/// Basic sign-in (the user name is ignored), a script sends it as a bearer token.
/// </summary>
public static class AdminDashboard
{
    public const string Setting = "Hiring:Admin:Dashboard";
    public const string Path = "/admin/orleans";
    private const string OperatorPolicy = "HiringOperator";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(Setting, false);

    /// <summary>Adds the dashboard's grains and its call profiler to the silo; nothing when the setting is off.</summary>
    public static ISiloBuilder AddHiringDashboard(this ISiloBuilder silo, IConfiguration configuration) =>
        IsEnabled(configuration) ? silo.AddDashboard() : silo;

    /// <summary>The operator-only policy the dashboard's endpoints require; nothing when the setting is off.</summary>
    public static WebApplicationBuilder AddHiringDashboardAccess(this WebApplicationBuilder builder)
    {
        if (IsEnabled(builder.Configuration))
        {
            builder.Services.AddAuthorizationBuilder().AddPolicy(OperatorPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => RecruiterIdentity.FromPrincipal(context.User) is { } who
                    && (context.Resource as HttpContext ?? throw new InvalidOperationException("The operator policy guards HTTP endpoints only."))
                        .RequestServices.GetRequiredService<OperatorList>().Includes(who)));
        }

        return builder;
    }

    /// <summary>Maps the dashboard under <see cref="Path"/>, behind the operator policy; after authentication.</summary>
    public static WebApplication MapHiringDashboard(this WebApplication app)
    {
        if (IsEnabled(app.Configuration))
        {
            app.UseAuthorization();
            app.MapOrleansDashboard(Path).RequireAuthorization(OperatorPolicy);
        }

        return app;
    }
}
