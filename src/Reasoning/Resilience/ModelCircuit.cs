using Hiring.Reasoning.Configuration;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace Hiring.Reasoning.Resilience;

/// <summary>
/// A task-level circuit breaker over whole LLM task runs. The HTTP handler's breaker sees transport
/// failures only; this one also counts answers that stayed unusable after a repair, so a model that
/// keeps talking nonsense is left alone for a while and the built-in engine answers at once.
/// </summary>
public sealed class ModelCircuit
{
    private readonly ResiliencePipeline _pipeline;

    public ModelCircuit(IOptions<ReasoningOptions> options, TimeProvider time)
    {
        var calls = options.Value.Calls;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // A caller's own cancellation says nothing about the model's health.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
                FailureRatio = calls.FailureRatio,
                MinimumThroughput = calls.MinimumThroughput,
                SamplingDuration = calls.SamplingDuration,
                BreakDuration = calls.BreakDuration,
            })
            .Build();
    }

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(async token => await call(token), cancellationToken);
}
