using System.Globalization;

namespace Hiring.Gateway.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Gateway.Benchmarks -- [subscriptions|queries|project-queries|all]
///   [--subscribers 1000] [--recruiters 100] [--rounds 100] [--source orleans|memory] [--pace-ms 0] [--workers 16] [--seconds 10]
/// </summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
        int Option(string name, int fallback) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var viaOrleans = !(Array.IndexOf(args, "--source") is var s and >= 0 && s + 1 < args.Length && args[s + 1] == "memory");

        Console.WriteLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        if (what is "subscriptions" or "all")
        {
            var subscribers = Option("--subscribers", 1000);
            var recruiters = Option("--recruiters", 100);
            var rounds = Option("--rounds", 100);
            var pace = Option("--pace-ms", 0);
            var latency = await SubscriptionBench.RunAsync(subscribers, recruiters, rounds, viaOrleans, pace);
            Console.WriteLine($"subscriptions: {subscribers} subscribers over {recruiters} recruiters, {rounds} rounds, {(pace > 0 ? $"one event every {pace} ms" : "bursts of one event per recruiter")}, source {(viaOrleans ? "orleans stream" : "in-memory")}: publish-to-client {latency}");
        }

        if (what is "queries" or "all")
        {
            var workers = Option("--workers", 16);
            var (perSecond, latency) = await QueryBench.RunAsync(workers, TimeSpan.FromSeconds(Option("--seconds", 10)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queries: {workers} concurrent clients: {perSecond:F0} queries/s, {latency}"));
        }

        if (what is "project-queries" or "all")
        {
            var workers = Option("--workers", 16);
            var (perSecond, latency) = await ProjectQueryBench.RunAsync(workers, TimeSpan.FromSeconds(Option("--seconds", 10)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"project queries (spec, qualifications, best 10 with evidence): {workers} concurrent clients: {perSecond:F0} queries/s, {latency}"));
        }

        return 0;
    }
}
