using System.CommandLine;

namespace Hiring.Gateway.Cli.Bench;

/// <summary><c>hiring bench evaluation</c>: built-in evaluations per second per core with 10 qualifications.</summary>
public static class EvaluationBenchCommand
{
    public static Command Create()
    {
        var profiles = new Option<int>("--profiles") { Description = "Synthetic profiles to evaluate (generated in memory, masked beforehand).", DefaultValueFactory = _ => 20_000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the profiles.", DefaultValueFactory = _ => 3 };
        var evaluation = new Command("evaluation", "Built-in evaluations per second per core with 10 qualifications.") { profiles, rounds };
        evaluation.SetAction((result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            output.WriteLine($"hiring bench evaluation --profiles {result.GetValue(profiles)} --rounds {result.GetValue(rounds)} ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
            new EvaluationBenchmark(output).Run(result.GetValue(profiles), result.GetValue(rounds), cancellationToken);
            return Task.FromResult(0);
        });
        return evaluation;
    }
}
