using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Cli.Bench;

namespace Hiring.Gateway.Benchmarks;

/// <summary>Closed-loop queries per second for a typical recruiter query (identity, pending approvals, policy).</summary>
public static class QueryBench
{
    public const string Query = "{ me { id tenant } approvals { id summary action status createdAt } approvalPolicy { entries { action mode } } }";

    public static async Task<(double PerSecond, Percentiles Latency)> RunAsync(int workers, TimeSpan duration)
    {
        await using var host = await BenchHost.StartAsync(1, viaOrleans: false);
        var recruiter = host.World.Recruiter(BenchHost.Tenant, BenchHost.Recruiter(0));
        for (var i = 0; i < 5; i++)
        {
            recruiter.Approvals.Add(new ApprovalRequest($"approval-{i}", "plan", i, ApprovalAction.Send, AgentKind.Outreach, "send", $"Email candidate {i}", new Dictionary<string, string>(), DateTimeOffset.UtcNow, ApprovalStatus.Pending));
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = host.Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BenchHost.KeyOf(0));
        var body = "{\"query\":\"" + Query.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}";
        await SendAsync(http, body);

        var latencies = new ConcurrentQueue<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await SendAsync(http, body);
                latencies.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));

        return (latencies.Count / clock.Elapsed.TotalSeconds, new Percentiles(latencies));
    }

    private static async Task SendAsync(HttpClient http, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        if (text.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(text);
        }
    }
}
