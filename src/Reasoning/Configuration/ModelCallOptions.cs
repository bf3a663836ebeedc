namespace Hiring.Reasoning.Configuration;

/// <summary><c>Hiring:Ai:Calls</c>: timeouts, retries and the circuit breaker of model calls.</summary>
public sealed class ModelCallOptions
{
    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one call including its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubles per attempt, with jitter. A Retry-After header wins.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the breaker stays open before it lets a trial call through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failed share of calls within <see cref="SamplingDuration"/> that opens the breaker.</summary>
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 4;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromMinutes(2);
}
