using Hiring.Reasoning.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Hiring.Reasoning.Resilience;

/// <summary>
/// The HttpClient Semantic Kernel's connectors use: the standard resilience handler (retries with
/// exponential backoff and jitter on 429, 5xx and timeouts honouring Retry-After, a per-attempt
/// timeout, a total timeout and a circuit breaker), sized from <c>Hiring:Ai:Calls</c>.
/// </summary>
public static class ModelHttp
{
    public const string ClientName = "hiring-ai";

    /// <remarks>
    /// The call settings are read from configuration rather than the validated options, so a
    /// misconfigured provider is reported once, by <see cref="ReasoningOptionsValidator"/>, and not
    /// again by the resilience options that would otherwise read through it.
    /// </remarks>
    public static IServiceCollection AddModelHttpClient(this IServiceCollection services, IConfiguration configuration)
    {
        // The resilience handler owns timeouts; HttpClient's own 100 s default would cut across them.
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) =>
                Apply(resilience, CallsFrom(configuration), provider.GetRequiredService<ReasoningMetrics>()));
        return services;
    }

    private static ModelCallOptions CallsFrom(IConfiguration configuration) =>
        configuration.GetSection($"{ReasoningOptions.Section}:Calls").Get<ModelCallOptions>() ?? new ModelCallOptions();

    private static void Apply(HttpStandardResilienceOptions resilience, ModelCallOptions calls, ReasoningMetrics metrics)
    {
        resilience.AttemptTimeout.Timeout = calls.CallTimeout;
        resilience.TotalRequestTimeout.Timeout = calls.TotalTimeout;
        resilience.Retry.MaxRetryAttempts = calls.MaxRetries;
        resilience.Retry.Delay = calls.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.Retry.OnRetry = args =>
        {
            metrics.RetryScheduled(args.RetryDelay, (int?)args.Outcome.Result?.StatusCode);
            return ValueTask.CompletedTask;
        };
        resilience.CircuitBreaker.FailureRatio = calls.FailureRatio;
        resilience.CircuitBreaker.MinimumThroughput = calls.MinimumThroughput;
        resilience.CircuitBreaker.SamplingDuration = calls.SamplingDuration;
        resilience.CircuitBreaker.BreakDuration = calls.BreakDuration;
    }
}
