using System.CommandLine;

namespace Hiring.Gateway.Cli.Bench;

/// <summary><c>hiring bench …</c>: measurements written to docs/PERFORMANCE.md. Never run by the tests.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var recruiters = new Option<int>("--recruiters") { Description = "Recruiters posting concurrently (each inbox holds Hiring:Supervisor:MaxInbox messages).", DefaultValueFactory = _ => 1000 };
        var window = new Option<int>("--window") { Description = "Posts each recruiter keeps in flight.", DefaultValueFactory = _ => 4 };
        var seconds = new Option<int>("--seconds") { Description = "How long the recruiters post.", DefaultValueFactory = _ => 10 };
        var calls = new Option<int>("--calls") { Description = "Routed calls to make.", DefaultValueFactory = _ => 200_000 };
        var samples = new Option<int>("--samples") { Description = "Posts timed one by one for latency.", DefaultValueFactory = _ => 200 };
        var supervisor = new Command("supervisor", "Durable posts/s, routed calls/s and post-to-first-event latency on one silo.") { recruiters, window, seconds, calls, samples };
        supervisor.SetAction(async (result, cancellationToken) =>
        {
            await new SupervisorBench(Console.Out).RunAsync(
                result.GetValue(recruiters), result.GetValue(window), TimeSpan.FromSeconds(result.GetValue(seconds)), result.GetValue(calls), result.GetValue(samples), cancellationToken);
            return 0;
        });

        var pool = new Option<int>("--profiles") { Description = "Pool size (seeded into --data when smaller).", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Synthetic pool seed.", DefaultValueFactory = _ => 7 };
        var recruiting = new Command("recruiting", "Time from the first message to a shortlist on a seeded pool, built-in engine.") { pool, seed };
        recruiting.SetAction(async (result, cancellationToken) =>
        {
            await new RecruitingBench(Console.Out).RunAsync(CommonOptions.ResolveDataDir(result), result.GetValue(pool), result.GetValue(seed), cancellationToken);
            return 0;
        });

        var projects = new Option<int>("--projects") { Description = "Projects with autopilot set.", DefaultValueFactory = _ => 20 };
        var arrivals = new Option<int>("--new") { Description = "New profiles stored since the last run.", DefaultValueFactory = _ => 2000 };
        var autopilot = new Command("autopilot", "A night's autopilot runs over new profiles, with interactive latency measured during it.") { pool, seed, projects, arrivals, samples };
        autopilot.SetAction(async (result, cancellationToken) =>
        {
            await new AutopilotBench(Console.Out).RunAsync(
                CommonOptions.ResolveDataDir(result), result.GetValue(pool), result.GetValue(projects), result.GetValue(arrivals), result.GetValue(seed), result.GetValue(samples), cancellationToken);
            return 0;
        });

        return new Command("bench", "Benchmarks (see docs/PERFORMANCE.md); never run by the tests.") { SearchBenchCommand.Create(), EvaluationBenchCommand.Create(), supervisor, recruiting, autopilot };
    }
}
