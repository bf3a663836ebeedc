using System.CommandLine;
using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Cli.Bench;

namespace Hiring.Gateway.Cli;

/// <summary>
/// <c>hiring autopilot runs --tenant T --project P [--last N]</c>: a project's autopilot runs with their
/// counts, budget use and digest, newest first. It reads the grains, so it starts the product host on
/// the data folder (stop the server first) on loopback ports of its own.
/// </summary>
public static class AutopilotCommand
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "The project's tenant.", Required = true };
        var project = new Option<string>("--project") { Description = "The project's id.", Required = true };
        var last = new Option<int>("--last") { Description = "How many runs (1 to 30).", DefaultValueFactory = _ => 10 };
        var runs = new Command("runs", "List a project's autopilot runs: counts, budget use and digest.") { tenant, project, last };
        runs.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            await using var host = await BenchHost.StartAsync(CommonOptions.ResolveDataDir(result));
            try
            {
                using var scope = TenantScope.For(result.GetValue(tenant)!);
                var autopilot = host.Client.GetGrain<IProjectAutopilot>(GrainKeys.Project(result.GetValue(tenant)!, result.GetValue(project)!));
                var settings = await autopilot.Settings();
                output.WriteLine(settings.Enabled ? $"autopilot on ({settings.Schedule.Cadence}), next run {settings.NextRunAt:O}" : "autopilot off");
                foreach (var run in await autopilot.Runs(Math.Clamp(result.GetValue(last), 1, 30)))
                {
                    output.WriteLine(Line(run));
                    if (run.Digest is { Length: > 0 } digest)
                    {
                        output.WriteLine($"  {digest}");
                    }
                }

                return 0;
            }
            catch (AssistantRefusalException refusal)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(refusal.Code == RefusalCodes.NotFound ? $"No project '{result.GetValue(project)}' in tenant '{result.GetValue(tenant)}'." : refusal.Message);
                return 1;
            }
        });
        return new Command("autopilot", "A project's asynchronous work.") { runs };
    }

    private static string Line(AutopilotRun run) => string.Create(
        CultureInfo.InvariantCulture,
        $"{run.Id} {run.Status} {run.StartedAt:yyyy-MM-dd HH:mm}Z by {run.Trigger}: scanned {run.Counts.Scanned}, evaluated {run.Counts.Evaluated}, added {run.Counts.Added} ({run.Counts.Strong} strong), updated {run.Counts.Updated}; " +
        $"{run.Batches} batches, {run.Use.Candidates} profiles, {run.Use.Tokens} tokens, cost {run.Use.Cost:0.####}, {run.Use.WallTime.TotalSeconds:0.0} s{(run.StopReason is { } reason ? $"; stopped: {reason}" : "")}");
}
