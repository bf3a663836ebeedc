using Hiring.Gateway.GraphQL.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hiring.Gateway.Hosting;

/// <summary>
/// Prints where the server listens, and in demo mode the demo key, once Kestrel is listening: with
/// framework logs at Warning by default (<see cref="LoggingDefaults"/>) these are the last lines a
/// new user's console shows at start.
/// </summary>
public sealed class ReadyAnnouncer(IServer server, IHostApplicationLifetime lifetime, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine($"Hiring is listening on {string.Join(", ", addresses)} (Ctrl+C stops it).");
        if (services.GetService<DemoKey>() is { } demo)
        {
            Console.WriteLine($"Demo mode: tenant '{demo.Entry.Tenant}', recruiter '{demo.Entry.Recruiter}', API key {demo.Key}");
            Console.WriteLine("  use it as 'Authorization: Bearer <key>' on /graphql, or {\"apiKey\": \"<key>\"} in connection_init.");
        }
    }
}
