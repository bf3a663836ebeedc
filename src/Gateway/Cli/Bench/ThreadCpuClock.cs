using System.Runtime.InteropServices;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime). A query runs on one thread, so its CPU
/// time is what its latency would be on an idle machine, even while other work shares the cores.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    /// <summary>Milliseconds of CPU used by this thread so far; null where the clock is not available.</summary>
    public static double? NowMilliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
        {
            return null;
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    // DllImport rather than LibraryImport: the source-generated stub would need unsafe code enabled for one call.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
