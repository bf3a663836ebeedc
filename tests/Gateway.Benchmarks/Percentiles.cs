using System.Globalization;

namespace Hiring.Gateway.Benchmarks;

/// <summary>Nearest-rank percentiles of a sample, in milliseconds.</summary>
public sealed class Percentiles(IEnumerable<double> samples)
{
    private readonly double[] _sorted = [.. samples.Order()];

    public int Count => _sorted.Length;

    public double At(double percentile) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"n={Count:N0} p50={At(50):F2} ms p90={At(90):F2} ms p99={At(99):F2} ms max={At(100):F2} ms");
}
