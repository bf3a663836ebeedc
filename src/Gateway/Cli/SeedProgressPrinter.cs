using System.Diagnostics;
using Hiring.Talent.Synthetic;
using static System.FormattableString;

namespace Hiring.Gateway.Cli;

/// <summary>Prints seeding progress about every five percent, synchronously and in order.</summary>
public sealed class SeedProgressPrinter(TextWriter output) : IProgress<SeedProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastStep = -1;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Report(SeedProgress value)
    {
        var step = value.Total == 0 ? 20 : (int)(value.Done * 20L / value.Total);
        if (step == _lastStep)
        {
            return;
        }

        _lastStep = step;
        var rate = value.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        output.WriteLine(Invariant($"  {value.Done:N0} / {value.Total:N0} profiles ({step * 5}%, {rate:N0}/s)"));
    }
}
