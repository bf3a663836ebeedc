using System.Diagnostics.Metrics;

namespace Hiring.Reasoning.Resilience;

/// <summary>Metrics of model calls under the meter "Hiring.Reasoning".</summary>
public sealed class ReasoningMetrics : IDisposable
{
    public const string MeterName = "Hiring.Reasoning";

    private readonly Meter _meter;
    private readonly Histogram<double> _retryDelay;
    private readonly Counter<long> _tokens;

    public ReasoningMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _retryDelay = _meter.CreateHistogram<double>("hiring.reasoning.retry.delay", "s", "Delay before retrying a model call (Retry-After when the server sent one).");
        _tokens = _meter.CreateCounter<long>("hiring.reasoning.tokens", "{token}", "Tokens used by model calls.");
    }

    public void RetryScheduled(TimeSpan delay, int? status) =>
        _retryDelay.Record(delay.TotalSeconds, new KeyValuePair<string, object?>("http.response.status_code", status));

    public void TokensUsed(string task, string model, int input, int output)
    {
        _tokens.Add(input, new("task", task), new("model", model), new("direction", "input"));
        _tokens.Add(output, new("task", task), new("model", model), new("direction", "output"));
    }

    public void Dispose() => _meter.Dispose();
}
