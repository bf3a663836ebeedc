using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hiring.Reasoning.Resilience;

namespace Hiring.Agents.Tests.Reasoning.Support;

/// <summary>Listens to one service provider's "hiring.reasoning.retry.delay" measurements.</summary>
internal sealed class RetryDelayRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(double Seconds, object? Status)> _delays = new();

    public RetryDelayRecorder(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ReasoningMetrics.MeterName && instrument.Meter.Scope == scope && instrument.Name == "hiring.reasoning.retry.delay")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            _delays.Enqueue((value, tags.ToArray().FirstOrDefault(t => t.Key == "http.response.status_code").Value)));
        _listener.Start();
    }

    public IReadOnlyList<(double Seconds, object? Status)> Delays => [.. _delays];

    public void Dispose() => _listener.Dispose();
}
