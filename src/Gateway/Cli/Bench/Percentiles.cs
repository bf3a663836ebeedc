using System.Globalization;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>Nearest-rank percentiles of a set of measurements (milliseconds), for every benchmark: <c>hiring bench</c> and tests/Gateway.Benchmarks.</summary>
public sealed class Percentiles(IEnumerable<double> samples)
{
    private readonly double[] _sorted = [.. samples.Order()];

    public int Count => _sorted.Length;

    /// <summary>The nearest-rank percentile; 0 when there are no samples.</summary>
    public double At(double percentile) =>
        _sorted.Length == 0 ? 0 : _sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public static double Of(IEnumerable<double> values, double percentile) => new Percentiles(values).At(percentile);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"n={Count:N0} p50={At(50):F2} ms p90={At(90):F2} ms p99={At(99):F2} ms max={At(100):F2} ms");
}
