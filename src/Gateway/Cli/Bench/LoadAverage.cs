namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// The machine's 1, 5 and 15 minute load averages: other work shares the cores, so every benchmark and
/// <c>hiring load</c> reports them beside its figures.
/// </summary>
public static class LoadAverage
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
