namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>Prints the demo key on the console when the server starts in demo mode.</summary>
public sealed class DemoKeyAnnouncer(DemoKey demo) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"Demo mode: tenant '{demo.Entry.Tenant}', recruiter '{demo.Entry.Recruiter}', API key {demo.Key}");
        Console.WriteLine("  use it as 'Authorization: Bearer <key>' on /graphql, or {\"apiKey\": \"<key>\"} in connection_init.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
