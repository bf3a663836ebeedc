using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Hosting;

/// <summary>
/// Reads one request with the built-in planner before the host serves anyone, so the vocabularies,
/// the gazetteer and the MiniLM model are loaded (and checked) at start rather than while the first
/// recruiter waits for a reply; a broken resource stops the start with its error.
/// </summary>
public sealed partial class UnderstandingWarmup(IBuiltInTask<PlanRequest, Plan> planner, TimeProvider time, ILogger<UnderstandingWarmup> logger) : IHostedService
{
    public const string Sample = "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await planner.RunAsync(new PlanRequest(Sample), ReasoningContext.None, cancellationToken);
        Loaded(logger, time.GetElapsedTime(started).TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Understanding loaded (vocabularies, gazetteer, MiniLM) in {Seconds:0.0} s.")]
    private static partial void Loaded(ILogger logger, double seconds);
}
